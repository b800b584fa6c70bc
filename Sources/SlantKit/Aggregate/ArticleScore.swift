/// The score of one article on one axis.
public struct AxisScore: Sendable {
    /// The axis this score is for.
    public let axis: AxisID
    /// In [-1, 1]: -1 is the first pole, +1 the second.
    public let score: Double
    /// The pole name, or `neutral` inside the neutral band.
    public let label: String
    /// In [0, 1]: grows with the amount of evidence and with its agreement.
    public let confidence: Double
    /// Hits that ended up pushing toward the first pole.
    public let negativeHits: Int
    /// Hits that ended up pushing toward the second pole.
    public let positiveHits: Int
    /// Sum of the magnitudes of the hit values pushing toward the first pole (N, after rules).
    public let negativeMass: Double
    /// Sum of the hit values pushing toward the second pole (P, after rules).
    public let positiveMass: Double
    /// The balance of the evidence before calibration and genre: `D' / (M' + k)` (see `Aggregator`).
    public let balance: Double
    /// What the other axes added to this one's signed evidence through coupling (`D' − D`).
    public let campEvidence: Double
}

/// The score of one article on every axis, with the evidence behind it.
public struct ArticleScore: Sendable {
    /// Tokens in the text (counted and dropped paragraphs alike).
    public let tokens: Int
    /// One per axis of the lexicons, in their order (a hit's `axisIndex` indexes it).
    public let axes: [AxisScore]
    /// Every hit, in text order, including those that carried no weight.
    public let hits: [Hit]
    /// The text's paragraphs (its non-empty lines), in text order; a hit's `paragraph` indexes them.
    public let paragraphs: [Paragraph]
    /// Per paragraph, whether it counts toward the scores and, if not, why.
    public let paragraphStatus: [ParagraphStatus]
    /// The index of the headline in `paragraphs` (always 0), or nil when there is none.
    ///
    /// The first line is the headline when the text has more than one paragraph and either a
    /// title was given or the first has at most `position.headline_max_tokens` tokens.
    public let headline: Int?
    /// Whether the text reads as news, and the factor that applied to every score.
    public let genre: Genre
    /// Per axis (lexicon order), whether the text addresses it and so takes camp evidence (`Addressed`).
    public let addressed: [Bool]
    /// Notes about the input (`no lexicon entry matched` ...).
    public let warnings: [String]

    /// The score on axis `id`, or nil when the lexicons have no such axis.
    public func axis(_ id: AxisID) -> AxisScore? { axes.first { $0.axis == id } }

    /// The hits with the largest absolute contribution to `axis`, largest first; ties by position.
    public func topEvidence(_ axis: AxisID, limit: Int) -> [Hit] {
        // Rank (magnitude, position, index) keys, not hits: a `Hit` holds strings and an array,
        // and moving those, or comparing axis ids as strings, was the cost.
        // By index, reading fields in place: iterating the hits by value copies (and retains) each.
        guard let axisIndex = axes.firstIndex(where: { $0.axis == axis }) else { return [] }
        var keys: [(magnitude: Double, start: Int, index: Int)] = []
        keys.reserveCapacity(hits.count)
        for index in hits.indices where hits[index].axisIndex == axisIndex {
            let value = hits[index].value
            if value != 0 { keys.append((abs(value), hits[index].span.start, index)) }
        }
        keys.sort { a, b in
            if a.magnitude != b.magnitude { return a.magnitude > b.magnitude }
            return a.start != b.start ? a.start < b.start : a.index < b.index
        }
        return keys.prefix(limit).map { hits[$0.index] }
    }
}
