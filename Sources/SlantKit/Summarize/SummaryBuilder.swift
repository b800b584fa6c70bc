/// Builds a `CorpusSummary` from records fed one at a time, in input order.
public struct SummaryBuilder {
    /// What to summarize and how: grouping, axes, bootstrap, thresholds and comparisons.
    public let options: SummaryOptions
    private var axes: [ReportAxis] = []
    private var records = 0
    private var errors: [ErrorRecord] = []
    private var badDates = 0
    private var groups: [GroupKey: Members] = [:]

    /// One group's scored articles, per axis id.
    private struct Members {
        var articles = 0
        var byAxis: [AxisID: [Member]] = [:]
    }

    /// What the statistics need of one article on one axis.
    private struct Member {
        let id: String
        let source: String
        let score: Double
        let label: String
        let confidence: Double
        let evidence: [ReportEvidence]
    }

    /// A builder with no records yet.
    public init(options: SummaryOptions) { self.options = options }

    /// Counts `record`: an error record is kept for the errors list; a scored one joins its
    /// group (by `options.grouping`) with its score on every axis it has.
    public mutating func add(_ record: ReportRecord) {
        records += 1
        switch record.outcome {
        case .failed(let message):
            errors.append(ErrorRecord(id: record.id, source: record.source, message: message))
        case .scored(let scores):
            let (key, badDate) = options.grouping.key(for: record)
            if badDate { badDates += 1 }
            // Through the subscript, in place: a copy taken out and put back would copy every array it grows.
            groups[key, default: Members()].articles += 1
            for s in scores {
                if !axes.contains(where: { $0.id == s.axis.id }) { axes.append(s.axis) }
                groups[key, default: Members()].byAxis[s.axis.id, default: []].append(Member(
                    id: record.id, source: record.source, score: s.score, label: s.label, confidence: s.confidence,
                    evidence: Array(s.evidence.prefix(SummaryOptions.evidencePerArticle))))
            }
        }
    }

    /// The summary of every record added.
    public func finish() throws -> CorpusSummary {
        let chosen = try chosenAxes()
        let summaries = groups.keys.sorted().map { key in
            GroupSummary(key: key, articles: groups[key]!.articles,
                         cells: chosen.map { cell(groups[key]!.byAxis[$0.id] ?? [], $0, key) })
        }
        let comparisons = try options.comparisons.flatMap { try compare($0, chosen) }
        return CorpusSummary(options: options, axes: chosen, records: records, errors: errors, badDates: badDates,
                             groups: summaries, comparisons: comparisons)
    }

    private func chosenAxes() throws -> [ReportAxis] {
        if options.axes.isEmpty { return axes }
        return try options.axes.map { id in
            guard let axis = axes.first(where: { $0.id == id }) else {
                throw SummaryError.unknownAxis(id.rawValue, known: axes.map(\.id.rawValue))
            }
            return axis
        }
    }

    private func cell(_ members: [Member], _ axis: ReportAxis, _ key: GroupKey) -> AxisCell {
        let scores = members.map(\.score)
        guard members.count >= options.minArticles else { return AxisCell(axis: axis, n: members.count, scores: scores, stats: nil) }
        let n = Double(members.count)
        let mean = scores.reduce(0, +) / n
        let interval = options.bootstrap.meanInterval(scores, name: Self.streamName(["mean", key.name, axis.id.rawValue]))
        let shares = axis.labels.map { label in Double(members.filter { $0.label == label }.count) / n }
        let pulls = members.enumerated()
            .map { (index: $0.offset, member: $0.element, pull: ($0.element.score - mean) / (n - 1)) }
            .sorted { abs($0.pull) != abs($1.pull) ? abs($0.pull) > abs($1.pull) : $0.index < $1.index }
            .prefix(options.top)
            .map { Pull(id: $0.member.id, source: $0.member.source, score: $0.member.score, pull: $0.pull, evidence: $0.member.evidence) }
        return AxisCell(axis: axis, n: members.count, scores: scores, stats: CellStats(
            mean: mean, interval: interval, shares: shares, medianConfidence: Quantile.median(members.map(\.confidence)), pulls: pulls))
    }

    private func compare(_ request: ComparisonRequest, _ chosen: [ReportAxis]) throws -> [ComparisonSummary] {
        func members(_ name: String) throws -> Members {
            guard let key = groups.keys.first(where: { $0.name == name }) else {
                throw SummaryError.unknownGroup(name, known: groups.keys.sorted().map(\.name))
            }
            return groups[key]!
        }
        let a = try members(request.a), b = try members(request.b)
        return chosen.map { axis in
            let x = (a.byAxis[axis.id] ?? []).map(\.score), y = (b.byAxis[axis.id] ?? []).map(\.score)
            var difference: (Double, Interval)?
            if x.count >= options.minArticles && y.count >= options.minArticles {
                let estimate = x.reduce(0, +) / Double(x.count) - y.reduce(0, +) / Double(y.count)
                let name = Self.streamName(["compare", request.a, request.b, axis.id.rawValue])
                difference = (estimate, options.bootstrap.differenceInterval(x, y, name: name))
            }
            return ComparisonSummary(a: request.a, b: request.b, axis: axis, nA: x.count, nB: y.count, difference: difference)
        }
    }

    /// The name of an interval's random stream: its parts joined by the unit separator, which no name contains.
    static func streamName(_ parts: [String]) -> String { parts.joined(separator: "\u{1F}") }
}
