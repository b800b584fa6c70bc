/// What one entry or context rule does on the labelled corpus.
///
/// - `push`: Σ over the entry's hits in judged pairs of `value × sign(expected − scored)`,
///   with `scored` the pair's score as it is. Positive: the entry pushes
///   scores that are short of their label further toward it, so a little more
///   of it would lower the error; negative: it pushes scores that are already
///   past their label (or on the wrong side) further the wrong way, so a
///   little less of it would. This is the local, first-order view (the sign
///   of −∂(score − expected)²/∂weight, summed with hit values as weights); a
///   pair scored exactly on its label adds 0.
/// - `errorChange`: Σ over the judged pairs it touches of
///   `|expected − without| − |expected − scored|`, the total absolute error
///   the corpus would gain if the entry were removed. Positive: helpful;
///   negative: harmful. This is the global view and the ranking key: an entry
///   can push the right way yet overshoot, and then removing it still helps.
/// - `removed`: the change in the axis's MAE, accuracy and within-tolerance
///   share if the entry were removed (the other entries keep their weights).
public struct Contribution: Sendable {
    /// The entry or context rule.
    public let entry: TunableEntry
    /// Ids of the cases it fired in (a hit with non-zero value), in labels order.
    public let cases: [String]
    /// Its hits with a non-zero value, over all cases.
    public let hits: Int
    /// The local view: positive when a little more of the entry would lower the error (see above).
    public let push: Double
    /// The total absolute error the corpus would gain without the entry: positive means helpful,
    /// negative harmful. The ranking key.
    public let errorChange: Double
    /// The change in the axis's MAE without the entry: `errorChange` over the axis's judged
    /// cases (positive: the MAE would rise).
    public let removedMAE: Double
    /// How much the axis's three-class accuracy would change without the entry (a share;
    /// positive: removing it would help).
    public let removedAccuracy: Double
    /// How much the axis's within-tolerance share would change without the entry (positive:
    /// removing it would help).
    public let removedWithin: Double
}

/// Leave-one-entry-out analysis on the cached hits.
///
/// Each case is scored once. Removing an entry re-aggregates the remaining
/// hits of each affected case with `Aggregator.aggregate`, the same code that
/// produced the score, so nothing is re-tokenized per entry.
///
/// Approximation: matching is leftmost-longest, so an entry's match consumed
/// its words. Removing the entry here does not bring back shorter or
/// overlapping matches it had consumed (removing `sanctions relief` does not
/// expose `sanctions`), nor does removing a context rule let the term's own
/// entry or a later rule take the hit. A real edit can therefore differ
/// slightly; `slant eval` on the edited lexicons gives the exact figure.
enum Ablation {
    static func contributions(_ corpus: TuneCorpus) -> [Contribution] {
        let axisCount = corpus.pairs.reduce(into: [Int](repeating: 0, count: corpus.lexicons.axes.count)) { $0[$1.axisIndex] += 1 }
        var result: [Contribution] = []
        for (e, entry) in corpus.entries.enumerated() where !corpus.firedIn[e].isEmpty {
            var push = 0.0, errorChange = 0.0, accuracy = 0.0, within = 0.0
            for share in corpus.shares[e] {
                let pair = corpus.pairs[share.pair]
                let without = scoreWithout(entry.id, pair, corpus)
                let direction = sign(pair.expected - pair.scored)
                push += share.a * entry.weight * direction
                let change = abs(pair.expected - without) - abs(pair.expected - pair.scored)
                errorChange += change
                accuracy += agrees(without, pair, corpus.band) - agrees(pair.scored, pair, corpus.band)
                within += isWithin(without, pair) - isWithin(pair.scored, pair)
            }
            let n = Double(max(axisCount[entry.axisIndex], 1))
            result.append(Contribution(
                entry: entry, cases: corpus.firedIn[e].map { corpus.cases[$0].id }, hits: corpus.hitCount[e], push: push,
                errorChange: errorChange, removedMAE: errorChange / n, removedAccuracy: accuracy / n, removedWithin: within / n))
        }
        return sorted(result)
    }

    /// Most harmful first (largest error drop on removal), most helpful last; ties by push, then by id.
    static func sorted(_ list: [Contribution]) -> [Contribution] {
        list.sorted { x, y in
            if x.errorChange != y.errorChange { return x.errorChange < y.errorChange }
            if x.push != y.push { return x.push < y.push }
            return x.entry.id < y.entry.id
        }
    }

    /// The pair's score with every hit of `entry` dropped, re-aggregated with the Aggregator.
    static func scoreWithout(_ entry: EntryID, _ pair: TunePair, _ corpus: TuneCorpus) -> Double {
        // Every axis's hits: through coupling, the other axes count on this one too.
        let remaining = corpus.scores[pair.caseIndex].hits.filter { $0.entry != entry }
        let axes = Aggregator.aggregate(remaining, lexicons: corpus.lexicons,
                                        genreFactor: corpus.genreFactors[pair.caseIndex],
                                        addressed: corpus.scores[pair.caseIndex].addressed)
        return axes[pair.axisIndex].score
    }

    /// Entries and rules without a single hit that counts on the labelled corpus, in file order.
    static func dead(_ corpus: TuneCorpus) -> [TunableEntry] {
        corpus.entries.indices.filter { corpus.firedIn[$0].isEmpty }.map { corpus.entries[$0] }
    }

    private static func sign(_ x: Double) -> Double { x > 0 ? 1 : (x < 0 ? -1 : 0) }

    private static func agrees(_ score: Double, _ pair: TunePair, _ band: Double) -> Double {
        Metrics.polarity(score, band: band) == Metrics.polarity(pair.expected, band: band) ? 1 : 0
    }

    private static func isWithin(_ score: Double, _ pair: TunePair) -> Double {
        abs(score - pair.expected) <= pair.tolerance + 1e-12 ? 1 : 0
    }
}
