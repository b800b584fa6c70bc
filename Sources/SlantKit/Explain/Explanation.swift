/// Everything needed to show why an article scored as it did: the text, every
/// hit with the rules applied to it, per-paragraph subtotals, and why any
/// paragraph was dropped.
public struct Explanation: Sendable {
    /// One paragraph with its status and what it contributed to each axis.
    public struct ParagraphLine: Sendable {
        /// The paragraph's index in the article, from 0.
        public let index: Int
        /// The paragraph's bytes in `text`.
        public let span: ByteSpan
        /// Whether the paragraph counts, and if not, why.
        public let status: ParagraphStatus
        /// True for the headline, whose hits weigh `position.headline` times more.
        public let isHeadline: Bool
        /// Sum of hit values per axis, in axis order.
        public let subtotals: [Double]
        /// Indexes into `hits`, in text order.
        public let hits: [Int]
    }

    /// What the article is called in the output: its path, or `-` for standard input.
    public let source: String
    /// The article's UTF-8 bytes, which every span indexes.
    public let text: [UInt8]
    /// The article's score on every axis of the lexicons.
    public let score: ArticleScore
    /// The axes shown, in the order shown (every axis of the lexicons unless some were picked).
    public let axes: [Axis]
    /// Every hit, sorted by position (then axis order); numbered from 1 in reports.
    public let hits: [Hit]
    /// Every paragraph of the article, in order, including those that do not count.
    public let paragraphs: [ParagraphLine]

    /// Scores `text` with `classifier` and arranges the result for display; `axes` limits the
    /// hits and subtotals to those axes (all of the lexicons' when nil).
    public init(source: String, text: [UInt8], classifier: Classifier, axes: [Axis]? = nil) {
        let score = classifier.score(utf8: text)
        let shown = axes ?? classifier.lexicons.axes
        let order = Dictionary(uniqueKeysWithValues: shown.enumerated().map { ($1.id, $0) })
        let hits = score.hits.filter { order[$0.axis] != nil }
            .sorted { ($0.span.start, order[$0.axis]!, $0.span.end) < ($1.span.start, order[$1.axis]!, $1.span.end) }
        var byParagraph = [[Int]](repeating: [], count: score.paragraphs.count)
        var subtotals = [[Double]](repeating: [Double](repeating: 0, count: shown.count), count: score.paragraphs.count)
        for (i, hit) in hits.enumerated() {
            byParagraph[hit.paragraph].append(i)
            subtotals[hit.paragraph][order[hit.axis]!] += hit.value
        }
        self.source = source
        self.text = text
        self.score = score
        self.axes = shown
        self.hits = hits
        self.paragraphs = score.paragraphs.indices.map { p in
            ParagraphLine(index: p, span: score.paragraphs[p].span, status: score.paragraphStatus[p],
                          isHeadline: score.headline == p, subtotals: subtotals[p], hits: byParagraph[p])
        }
    }

    /// The text of a byte span, as a String (invalid UTF-8 repaired).
    public func slice(_ span: ByteSpan) -> String {
        String(decoding: text[max(0, span.start)..<min(text.count, span.end)], as: UTF8.self)
    }

    /// A rule as `explain` shows it: `rejected ×-1.5 by "backfired"` when words decided it.
    public func describe(_ rule: AppliedRule) -> String {
        guard let evidence = rule.evidence else { return rule.description }
        return "\(rule.description) by \"\(slice(evidence))\""
    }

    /// `  camp +0.40` when coupling moved the axis, `  not addressed` when the text does not
    /// address it (so it took nothing from the other axes), else empty.
    public func campNote(_ axis: Axis) -> String {
        guard let index = score.axes.firstIndex(where: { $0.axis == axis.id }) else { return "" }
        if !score.addressed[index] { return "  not addressed" }
        let camp = score.axes[index].campEvidence
        return camp == 0 ? "" : "  camp " + (camp > 0 ? "+" : "") + NumberFormat.fixed(camp, 2)
    }

    /// The pole a hit ends up pushing toward, after the rules (its entry's pole when it carries no weight).
    public func pole(of hit: Hit) -> Pole {
        let axis = axes.first { $0.id == hit.axis }!
        if hit.value == 0 { return axis.pole(hit.side) }
        return axis.pole(hit.value < 0 ? .negative : .positive)
    }

    /// Why a dropped paragraph carries no weight, with the phrase that decided it.
    public func dropReason(_ line: ParagraphLine) -> String? {
        switch line.status {
        case .counted: return nil
        case .boilerplate(let span): return "boilerplate (\"\(slice(span))\")"
        case .afterEndMarker(let span): return "after end marker (\"\(slice(span))\")"
        case .offTopic: return "off-topic (no topic anchor, not between anchored paragraphs)"
        }
    }
}
