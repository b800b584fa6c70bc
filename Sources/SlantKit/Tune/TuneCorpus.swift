/// One weighted item `slant tune` judges: a lexicon entry or a context rule.
public struct TunableEntry: Sendable {
    /// Which section of a lexicon file the item comes from; the raw value is the JSON report's `kind`.
    public enum Kind: String, Sendable {
        /// A `[pole]` or `[target]` entry.
        case entry
        /// A `[context]` rule.
        case context
    }

    /// The entry's or rule's file and line.
    public let id: EntryID
    /// Whether it is a lexicon entry or a context rule.
    public let kind: Kind
    /// The axis it counts on.
    public let axis: AxisID
    let axisIndex: Int
    /// The term as written in the lexicon.
    public let term: String
    /// The name of the pole the entry or rule pushes toward.
    public let pole: String
    /// The pole it pushes toward.
    public let side: PoleSide
    /// Its weight in the lexicon.
    public let weight: Double
    /// Where the weight number sits in its file (for `--write`).
    public let weightLocation: SourceLocation
    /// The weight exactly as written there, which `--write` checks before replacing it.
    public let weightText: String
}

/// One judged (case, axis) pair: what the labels expect and what the lexicons scored.
struct TunePair: Sendable {
    let caseIndex: Int
    let axisIndex: Int
    let expected: Double
    let tolerance: Double
    let scored: Double
}

/// One entry's share of one pair's hits, in "units": a hit's value divided by
/// its entry's weight.
///
/// A hit's value is `sign × weight × factor`, so with `a = Σ sign × factor`
/// and `b = Σ |sign × factor|` over the entry's hits in the pair, the entry
/// adds `a × w` to P − N and `b × w` to P + N for any weight `w > 0`. That
/// linearity is what lets ablation and fitting work on cached hits.
struct Share: Sendable {
    let pair: Int
    let entry: Int
    let a: Double
    let b: Double
}

/// The labelled corpus scored once, with every hit kept and indexed by entry.
///
/// Everything `slant tune` computes starts from here; nothing is re-tokenized
/// or re-scored per entry.
struct TuneCorpus: Sendable {
    let lexicons: LexiconSet
    let cases: [LabelCase]
    let scores: [ArticleScore]
    let entries: [TunableEntry]
    let pairs: [TunePair]
    /// Per entry: its shares of the judged pairs, in pair order.
    let shares: [[Share]]
    /// Per entry: the cases in which it has a hit that counts (non-zero value), in case order.
    let firedIn: [[Int]]
    /// Per entry: how many hits that count it has over all cases.
    let hitCount: [Int]
    /// Per pair: the part of P − N and P + N that belongs to no known entry (normally 0).
    let fixedD: [Double]
    let fixedM: [Double]
    /// Per case: its genre factor, the classifier's unless `regenred` set another genre rule.
    private(set) var genreFactors: [Double]

    var smoothing: Double { lexicons.parameters.scoreSmoothing }
    var band: Double { lexicons.parameters.neutralBand }

    init(cases: [LabelCase], classifier: Classifier) {
        let lexicons = classifier.lexicons
        self.init(cases: cases, lexicons: lexicons, scores: cases.map { classifier.score(utf8: $0.text) },
                  coupling: Coupling(lexicons))
    }

    /// The same cases and cached hits with other coupling strengths, one per receiving axis: only
    /// the linear form changes (`pairs[].scored` stays the classifier's score with the lexicons' own).
    func recoupled(_ strengths: [Double]) -> TuneCorpus {
        TuneCorpus(cases: cases, lexicons: lexicons, scores: scores,
                   coupling: Coupling(strengths: strengths, loadings: lexicons.campLoadings))
    }

    private init(cases: [LabelCase], lexicons: LexiconSet, scores: [ArticleScore], coupling: Coupling) {
        self.lexicons = lexicons
        self.cases = cases
        self.scores = scores
        self.entries = Self.catalog(lexicons)
        var index: [EntryID: Int] = [:]
        for (i, e) in entries.enumerated() { index[e.id] = i }

        var pairs: [TunePair] = []
        var pairOf: [Int: Int] = [:]  // caseIndex * axisCount + axisIndex
        for (c, labelCase) in cases.enumerated() {
            for (a, axis) in lexicons.axes.enumerated() {
                guard let expected = labelCase.expect[axis.id] else { continue }
                pairOf[c * lexicons.axes.count + a] = pairs.count
                pairs.append(TunePair(caseIndex: c, axisIndex: a, expected: expected, tolerance: labelCase.tolerance,
                                      scored: scores[c].axes[a].score))
            }
        }
        var shares = [[Share]](repeating: [], count: entries.count)
        var fired = [[Int]](repeating: [], count: entries.count)
        var hitCount = [Int](repeating: 0, count: entries.count)
        var fixedD = [Double](repeating: 0, count: pairs.count)
        var fixedM = [Double](repeating: 0, count: pairs.count)
        let axisCount = lexicons.axes.count
        for (c, score) in scores.enumerated() {
            // (entry, pair) -> (a, b), summed over the case's hits; sorted below for determinism.
            var sums: [Int: (a: Double, b: Double)] = [:]
            for hit in score.hits where hit.value != 0 {
                let entry = hit.weight > 0 ? index[hit.entry] : nil
                if let e = entry {
                    hitCount[e] += 1
                    if fired[e].last != c { fired[e].append(c) }
                }
                // A hit counts on its own axis and, through coupling, on the coupled others.
                for a in 0..<axisCount {
                    guard let pair = pairOf[c * axisCount + a],
                          let (cd, cm) = coupling.coefficients(of: hit.axisIndex, on: a, addressed: score.addressed[a]) else { continue }
                    guard let e = entry else {
                        fixedD[pair] += cd * hit.value
                        fixedM[pair] += cm * abs(hit.value)
                        continue
                    }
                    let unit = hit.value / hit.weight
                    let key = e * pairs.count + pair
                    let old = sums[key] ?? (0, 0)
                    sums[key] = (old.a + cd * unit, old.b + cm * abs(unit))
                }
            }
            for key in sums.keys.sorted() {
                let (e, pair) = key.quotientAndRemainder(dividingBy: max(pairs.count, 1))
                shares[e].append(Share(pair: pair, entry: e, a: sums[key]!.a, b: sums[key]!.b))
            }
        }
        self.pairs = pairs
        self.shares = shares
        self.firedIn = fired
        self.hitCount = hitCount
        self.fixedD = fixedD
        self.fixedM = fixedM
        self.genreFactors = scores.map(\.genre.factor)
    }

    /// The same cases and cached hits with another genre rule: each case's reporting and voice
    /// rates do not depend on it, so only its factor changes.
    func regenred(_ setting: GenreSetting) -> TuneCorpus {
        var copy = self
        copy.genreFactors = scores.map { $0.genre.factor(under: setting) }
        return copy
    }

    /// Every entry and context rule, axis by axis in file order.
    static func catalog(_ lexicons: LexiconSet) -> [TunableEntry] {
        var result: [TunableEntry] = []
        for (a, axis) in lexicons.axes.enumerated() {
            for e in axis.entries {
                result.append(TunableEntry(id: e.id, kind: .entry, axis: axis.id, axisIndex: a, term: e.term.text,
                                           pole: axis.pole(e.side).name, side: e.side, weight: e.weight,
                                           weightLocation: e.weightLocation, weightText: e.weightText))
            }
            for r in axis.contextRules {
                result.append(TunableEntry(id: r.id, kind: .context, axis: axis.id, axisIndex: a, term: r.term.text,
                                           pole: axis.pole(r.side).name, side: r.side, weight: r.weight,
                                           weightLocation: r.weightLocation, weightText: r.weightText))
            }
        }
        return result
    }

    /// The original weights, by entry index.
    var originalWeights: [Double] { entries.map(\.weight) }

    /// The lexicons' calibration gain of every axis, in axis order.
    var originalGains: [Double] { lexicons.gains }

    /// Scores of every pair under `weights` and per-axis `gains` (the lexicons' own when nil),
    /// with the Aggregator's formula `clamp(g · f · (P − N) / (P + N + k))`, written with
    /// `D / (M + k)`; f is the case's genre factor.
    func scores(with weights: [Double], gains: [Double]? = nil) -> [Double] {
        let gains = gains ?? originalGains
        var d = fixedD
        var m = fixedM
        for (e, list) in shares.enumerated() {
            for s in list {
                d[s.pair] += s.a * weights[e]
                m[s.pair] += s.b * weights[e]
            }
        }
        return pairs.indices.map { p in Aggregator.calibrated(Self.score(d: d[p], m: m[p], k: smoothing), gain: factor(of: p, gains: gains)) }
    }

    /// What pair `p`'s balance is multiplied by: its axis's gain times its case's genre factor.
    func factor(of p: Int, gains: [Double]) -> Double {
        gains[pairs[p].axisIndex] * genreFactors[pairs[p].caseIndex]
    }

    /// The Aggregator's score formula on the sums D = P − N and M = P + N.
    static func score(d: Double, m: Double, k: Double) -> Double { d / (m + k) }
}

/// MAE, three-class accuracy and the share within tolerance for one axis.
public struct AxisFigures: Sendable, Equatable {
    /// The axis measured.
    public let axis: AxisID
    /// The number of cases that judge the axis.
    public let n: Int
    /// Mean absolute difference between score and label (0 to 2); NaN when `n` is 0.
    public let meanAbsoluteError: Double
    /// Three-class accuracy, split by `score.neutral_band`; NaN when `n` is 0.
    public let accuracy: Double
    /// The share of cases scored within their tolerance of the label; NaN when `n` is 0.
    public let withinTolerance: Double
    /// Spearman's rank correlation of scores with labels; NaN with fewer than two cases or
    /// when either side is constant.
    public let spearman: Double
    /// Krippendorff's α (interval metric), labels and scores as two coders; NaN when there is
    /// no expected disagreement.
    public let alpha: Double

    /// Figures per axis (in lexicon order) for the given score of every pair.
    /// `include` picks the pairs that count (all by default).
    static func compute(_ corpus: TuneCorpus, scores: [Double], include: [Bool]? = nil) -> [AxisFigures] {
        corpus.lexicons.axes.enumerated().map { a, axis in
            let chosen = corpus.pairs.indices.filter { corpus.pairs[$0].axisIndex == a && (include?[$0] ?? true) }
            let e = chosen.map { corpus.pairs[$0].expected }
            let s = chosen.map { scores[$0] }
            let band = corpus.band
            let within = chosen.filter { abs(scores[$0] - corpus.pairs[$0].expected) <= corpus.pairs[$0].tolerance + 1e-12 }.count
            return AxisFigures(
                axis: axis.id, n: chosen.count, meanAbsoluteError: Metrics.meanAbsoluteError(e, s),
                accuracy: Metrics.accuracy(e.map { Metrics.polarity($0, band: band) }, s.map { Metrics.polarity($0, band: band) }),
                withinTolerance: chosen.isEmpty ? .nan : Double(within) / Double(chosen.count),
                spearman: Metrics.spearman(e, s), alpha: Metrics.krippendorffAlphaTwoCoders(e, s))
        }
    }
}

/// How much a hit on one axis counts on another: the Aggregator's coupling, as coefficients
/// on D and M (1 and 1 on its own axis; κ_a·l_a·l_j and κ_a between two coupled axes, κ_a
/// the receiving axis's strength).
struct Coupling {
    let strengths: [Double]
    let loadings: [Double]

    init(_ lexicons: LexiconSet) {
        self.init(strengths: lexicons.couplingStrengths, loadings: lexicons.campLoadings)
    }

    init(strengths: [Double], loadings: [Double]) {
        self.strengths = strengths
        self.loadings = loadings
    }

    /// The (D, M) coefficients of a hit on `source` for axis `target`, or nil when it does not count
    /// there; `addressed` is whether the case addresses `target` (`Addressed`).
    func coefficients(of source: Int, on target: Int, addressed: Bool) -> (Double, Double)? {
        if source == target { return (1, 1) }
        let strength = strengths[target]
        guard strength != 0, addressed, loadings[source] != 0, loadings[target] != 0 else { return nil }
        return (strength * loadings[source] * loadings[target], strength)
    }
}
