/// One input record as `slant report` sees it: where it came from, its metadata,
/// and its per-axis scores, or the reason it has none.
///
/// Built from a line of `slant score --format jsonl` output (`ScoredLineReader`)
/// or from a record scored in the same run (`ReportRecord.init(_:meta:evidence:)`).
public struct ReportRecord: Sendable {
    public enum Outcome: Sendable {
        case scored([ReportAxisScore])
        case failed(String)
    }

    public let id: String
    public let source: String
    /// The record's fields other than `id`, `text` and `title`, in input order.
    public let meta: [MetaField]
    public let outcome: Outcome

    public init(id: String, source: String, meta: [MetaField], outcome: Outcome) {
        self.id = id
        self.source = source
        self.meta = meta
        self.outcome = outcome
    }

    /// The value of metadata field `name`; nil when it is absent or empty.
    public func value(of name: String) -> String? {
        guard let field = meta.first(where: { $0.key == name }), !field.value.isEmpty else { return nil }
        return field.value
    }
}

/// One metadata field; a number keeps the text it was written with.
public struct MetaField: Sendable, Equatable {
    public let key: String
    public let value: String

    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}

/// An axis as the report names it: its id and its two poles, first pole first.
public struct ReportAxis: Sendable, Equatable {
    public let id: AxisID
    public let negative: String
    public let positive: String

    public init(id: AxisID, negative: String, positive: String) {
        self.id = id
        self.negative = negative
        self.positive = positive
    }

    /// The three labels a score can take, in the order shares are reported.
    public var labels: [String] { [negative, Self.neutral, positive] }

    /// The label of a score inside the neutral band.
    public static let neutral = "neutral"
}

/// One article's score on one axis, with the evidence `slant score` printed for it.
public struct ReportAxisScore: Sendable {
    public let axis: ReportAxis
    public let score: Double
    public let label: String
    public let confidence: Double
    /// Largest |weight| first, as `slant score` orders it.
    public let evidence: [ReportEvidence]

    public init(axis: ReportAxis, score: Double, label: String, confidence: Double, evidence: [ReportEvidence]) {
        self.axis = axis
        self.score = score
        self.label = label
        self.confidence = confidence
        self.evidence = evidence
    }
}

/// One evidence item: the matched term, the pole it counted for, its signed weight after rules.
public struct ReportEvidence: Sendable, Equatable {
    public let term: String
    public let pole: String
    public let weight: Double

    public init(term: String, pole: String, weight: Double) {
        self.term = term
        self.pole = pole
        self.weight = weight
    }
}

extension ReportRecord {
    /// A record scored in this run (`slant report --jsonl RAW`), with the numbers
    /// rounded to the four decimals `slant score` prints, so a report on raw records
    /// and a report on their `slant score` output agree to the byte.
    public init(_ record: ScoredRecord, meta: [MetaField], axes: [Axis], evidence: Int) {
        switch record.outcome {
        case .failed(let reason):
            self.init(id: record.id, source: record.source, meta: meta, outcome: .failed(reason))
        case .scored(let score):
            let scores = axes.compactMap { axis -> ReportAxisScore? in
                guard let s = score.axis(axis.id) else { return nil }
                let named = ReportAxis(id: axis.id, negative: axis.negative.name, positive: axis.positive.name)
                let hits = score.topEvidence(axis.id, limit: evidence).map {
                    ReportEvidence(term: $0.term, pole: $0.value < 0 ? axis.negative.name : axis.positive.name, weight: Self.printed($0.value))
                }
                return ReportAxisScore(axis: named, score: Self.printed(s.score), label: s.label, confidence: Self.printed(s.confidence), evidence: hits)
            }
            self.init(id: record.id, source: record.source, meta: meta, outcome: .scored(scores))
        }
    }

    /// `x` as `slant score` prints it: four decimals.
    static func printed(_ x: Double) -> Double { Double(NumberFormat.fixed(x, 4)) ?? x }
}
