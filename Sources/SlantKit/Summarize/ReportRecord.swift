/// One input record as `slant report` sees it: where it came from, its metadata,
/// and its per-axis scores, or the reason it has none.
///
/// Built from a line of `slant score --format jsonl` output (`ScoredLineReader`)
/// or from a record scored in the same run (`ReportRecord.init(_:meta:evidence:)`).
public struct ReportRecord: Sendable {
    /// The record's scores, or the reason it has none.
    public enum Outcome: Sendable {
        /// One score per axis the record was scored on, in the order it gives them.
        case scored([ReportAxisScore])
        /// An error record: the reason `slant score` gave, or why the line could not be read as a score record.
        case failed(String)
    }

    /// The article's id, or where it came from when it has none.
    public let id: String
    /// Where the article came from: a path, `-`, or `path:line` of a JSONL record.
    public let source: String
    /// The record's fields other than `id`, `text` and `title`, in input order.
    public let meta: [MetaField]
    /// The scores, or why there are none.
    public let outcome: Outcome

    /// A record with these fields, for `SummaryBuilder.add(_:)`.
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
    /// The field's name.
    public let key: String
    /// The value as text: a string's contents or a number's literal; empty counts as no value.
    public let value: String

    /// The field `key` with `value`.
    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}

/// An axis as the report names it: its id and its two poles, first pole first.
public struct ReportAxis: Sendable, Equatable {
    /// The axis's id.
    public let id: AxisID
    /// The name of the first pole, toward which scores are negative.
    public let negative: String
    /// The name of the second pole, toward which scores are positive.
    public let positive: String

    /// The axis `id` with poles `negative` and `positive`.
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
    /// The axis the score is on.
    public let axis: ReportAxis
    /// The score, in [-1, 1]: negative toward the first pole.
    public let score: Double
    /// The label the score earned: a pole's name, or `neutral`.
    public let label: String
    /// How sure the score is, in [0, 1].
    public let confidence: Double
    /// Largest |weight| first, as `slant score` orders it.
    public let evidence: [ReportEvidence]

    /// One axis's score with its label, confidence and evidence.
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
    /// The term as the lexicon writes it.
    public let term: String
    /// The name of the pole the hit counted for.
    public let pole: String
    /// The hit's contribution after rules: negative toward the first pole, positive toward the second.
    public let weight: Double

    /// The evidence item `term` on `pole` with signed `weight`.
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
