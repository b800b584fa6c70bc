/// A rule's mark on a hit: its name and the factor it multiplied the hit by.
public struct AppliedRule: Sendable, Hashable, CustomStringConvertible {
    /// The rule's name as reports print it (`negated`, `quoted`, `headline`, `context` ...).
    public let name: String
    /// What the rule multiplied the hit's factor by: 1 for `context`, which sets the hit's
    /// pole and weight instead, and 0 for a hit in a paragraph that does not count.
    public let factor: Double
    /// Set by context rules: which rule gave the hit its pole.
    public let source: EntryID?
    /// Set by the evaluation rule: the words that endorsed or rejected the target.
    public let evidence: ByteSpan?

    init(_ name: String, _ factor: Double, source: EntryID? = nil, evidence: ByteSpan? = nil) {
        self.name = name
        self.factor = factor
        self.source = source
        self.evidence = evidence
    }

    /// `negated ×-0.6`
    public var description: String { "\(name) ×\(NumberFormat.short(factor))" }
}

/// The names a hit reports: built once per compiled term (and per context rule) and shared
/// by every hit of it, so copying a hit retains one reference instead of three strings.
final class HitLabels: Sendable {
    let axis: AxisID
    let term: String
    let entry: EntryID

    init(axis: AxisID, term: String, entry: EntryID) {
        self.axis = axis
        self.term = term
        self.entry = entry
    }
}

/// One lexicon term found in the text, with everything the rules did to it.
public struct Hit: Sendable {
    /// Axis, term and entry, shared with every other hit of the same term and entry.
    var labels: HitLabels
    /// The axis the hit counts on.
    public var axis: AxisID { labels.axis }
    let axisIndex: Int
    let termIndex: Int32
    /// The entry or context rule that gave the hit its pole and weight.
    public var entry: EntryID { labels.entry }
    /// The term as written in the lexicon.
    public var term: String { labels.term }
    /// The pole of the entry or context rule that gave the hit its weight. A negative
    /// `factor` makes the hit push toward the other pole (see `value`).
    public internal(set) var side: PoleSide
    /// The weight from the lexicon, before rules.
    public internal(set) var weight: Double
    /// The product of every rule factor.
    public internal(set) var factor: Double
    /// Every rule applied to the hit, in the order they ran, each with its factor.
    public internal(set) var applied: [AppliedRule]
    /// The matched words in the scored text: from the first byte of the first word to the end of the last.
    public let span: ByteSpan
    /// The index of the hit's paragraph in `ArticleScore.paragraphs`.
    public let paragraph: Int
    let tokenStart: Int32
    let tokenEnd: Int32
    /// False when the term only counts in context and no context rule fired.
    var isActive: Bool

    /// Signed contribution: negative pushes toward the first pole, positive toward the second.
    public var value: Double { side.sign * weight * factor }

    mutating func scale(by factor: Double, _ name: String, evidence: ByteSpan? = nil) {
        self.factor *= factor
        record(AppliedRule(name, factor, evidence: evidence))
    }

    /// Adds `rule` to `applied`, with room for a few more the first time: a hit that one
    /// rule touches is often touched by another, and each regrowth is an allocation.
    mutating func record(_ rule: AppliedRule) {
        if applied.isEmpty { applied.reserveCapacity(4) }
        applied.append(rule)
    }
}
