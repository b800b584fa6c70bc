/// Settings of one `slant tune` run.
public struct TuneOptions: Sendable {
    /// Cross-validation folds (cases, not pairs, are split; capped at the number of cases).
    public var folds = 5
    /// Seed of the shuffle that assigns cases to folds.
    public var seed: UInt64 = 1
    /// Candidate terms kept per pole.
    public var candidates = 10
    /// λ of the fitting objective's penalty toward the original weights.
    public var penalty = 0.05

    /// Options with the given folds, seed and candidates per pole, and the default penalty.
    public init(folds: Int = 5, seed: UInt64 = 1, candidates: Int = 10) {
        self.folds = folds
        self.seed = seed
        self.candidates = candidates
    }
}

/// A fitted weight that differs from the lexicon's.
public struct FittedWeight: Sendable {
    /// The entry or context rule, with its lexicon weight.
    public let entry: TunableEntry
    /// The fitted weight: within half to twice the lexicon's (and at most 5), two decimals.
    public let weight: Double
    /// The edit that writes the fitted weight into the entry's lexicon file.
    public var change: WeightChange {
        WeightChange(location: entry.weightLocation, oldText: entry.weightText, newText: WeightWriter.format(weight))
    }
}

/// Per-axis figures of the lexicons as they are, of the weights and calibration gains fitted
/// on all cases, of those cross-validated (each fold scored by weights and gains fitted without
/// it), and of the gains alone cross-validated (lexicon weights, gains fitted per fold).
public struct TuneFigures: Sendable {
    /// The lexicons as they are.
    public let before: AxisFigures
    /// The weights and gains fitted on all cases, measured on all cases (optimistic).
    public let fitted: AxisFigures
    /// Each fold scored with weights and gains fitted on the other folds.
    public let crossValidated: AxisFigures
    /// The lexicon weights, each fold scored with the coupling strengths, genre rule and gains
    /// chosen on the other folds.
    public let gainCrossValidated: AxisFigures
}

/// An axis's coupling strength: the lexicon's (`coupling.strength.AXIS`, else `coupling.strength`)
/// and the one `slant tune` would choose (from `GainFit.couplingCandidates`).
public struct FittedCoupling: Sendable {
    /// The axis.
    public let axis: AxisID
    /// The lexicons' strength for the axis.
    public let lexicon: Double
    /// The candidate strength that fits all cases best with the lexicon weights, the gains
    /// refitted for each candidate.
    public let fitted: Double
}

/// The genre rule: the lexicons' and the one `slant tune` would choose (from `GainFit.genreCandidates`).
public struct FittedGenre: Sendable {
    /// The lexicons' `genre.reporting_rate`, `genre.voice_rate` and `genre.news_factor`.
    public let lexicon: GenreSetting
    /// The candidate that fits all cases best with the lexicon weights, chosen together with
    /// the coupling strengths, the gains refitted for each.
    public let fitted: GenreSetting
}

/// An axis's calibration gain: the lexicon's (`calibration.AXIS`, 1 when unset) and the fitted one.
public struct FittedGain: Sendable {
    /// The axis.
    public let axis: AxisID
    /// The lexicons' gain: `calibration.AXIS`, or 1 when unset.
    public let lexicon: Double
    /// Fitted together with the weights.
    public let fitted: Double
    /// Fitted alone, with the lexicon weights: what to write when the weights stay as they are.
    public let alone: Double
}

/// Everything `slant tune` found.
public struct TuneReport: Sendable {
    /// Labelled cases read.
    public let cases: Int
    /// Judged (case, axis) labels: what the metrics and the fit are computed over.
    public let judged: Int
    /// Entries and context rules in the lexicons, fired or not.
    public let entries: Int
    /// Cross-validation folds used: the requested number, capped at the number of cases.
    public let folds: Int
    /// Seed of the shuffle that assigned cases to folds.
    public let seed: UInt64
    /// λ of the fit's penalty toward the original weights.
    public let penalty: Double
    /// Per axis, in lexicon order: the metrics before, fitted and cross-validated.
    public let figures: [TuneFigures]
    /// Entries and rules that fired, most harmful first, most helpful last.
    public let contributions: [Contribution]
    /// Entries and rules that never fired, in file order.
    public let dead: [TunableEntry]
    /// Weights the fit changed, largest relative change first.
    public let fitted: [FittedWeight]
    /// Per axis, in lexicon order: the coupling strength that, with gains refitted, fits all
    /// cases best (lexicon weights).
    public let coupling: [FittedCoupling]
    /// The genre rule that, with the coupling strengths and gains, fits all cases best (lexicon weights).
    public let genre: FittedGenre
    /// Calibration gains fitted on all cases together with the weights (`--write` does not write them).
    public let gains: [FittedGain]
    /// Per axis, in lexicon order: phrases that separate its poles but are not in its lexicon.
    public let candidates: [AxisCandidates]
    /// The lexicons' axes, for pole names.
    public let axes: [Axis]
}

/// Runs the whole analysis: score once, ablate, find dead entries, fit, cross-validate, find candidates.
public enum Tuner {
    /// Scores `cases` once with `lexicons` and runs every analysis on the cached hits.
    public static func run(_ cases: [LabelCase], lexicons: LexiconSet, options: TuneOptions = TuneOptions()) -> TuneReport {
        let corpus = TuneCorpus(cases: cases, classifier: Classifier(lexicons: lexicons))
        var fitter = WeightFitter(corpus: corpus)
        fitter.penalty = options.penalty
        let all = [Bool](repeating: true, count: corpus.pairs.count)
        let weights = fitter.fit(train: all)
        let gains = GainFit.fit(corpus, weights: weights, train: all)
        let gainsAlone = GainFit.fit(corpus, weights: corpus.originalWeights, train: all)
        let before = AxisFigures.compute(corpus, scores: corpus.pairs.map(\.scored))
        let after = AxisFigures.compute(corpus, scores: corpus.scores(with: weights, gains: gains))
        let (k, heldOut) = crossValidate(corpus, options) { train in
            let w = fitter.fit(train: train)
            return (w, GainFit.fit(corpus, weights: w, train: train))
        }
        // cv-gain: the coupling strengths, the genre rule and the gains chosen per fold, the lexicon weights kept.
        let choices = GainFit.options(corpus)
        let gainHeldOut = crossValidateCalibration(corpus, choices, options)
        let chosen = GainFit.fit(choices, train: all).choice
        let cv = AxisFigures.compute(corpus, scores: heldOut)
        let gainCV = AxisFigures.compute(corpus, scores: gainHeldOut)
        let fitted = corpus.entries.indices
            .filter { weights[$0] != corpus.entries[$0].weight }
            .map { FittedWeight(entry: corpus.entries[$0], weight: weights[$0]) }
            .sorted { x, y in
                let rx = abs(x.weight / x.entry.weight - 1), ry = abs(y.weight / y.entry.weight - 1)
                return rx != ry ? rx > ry : x.entry.id < y.entry.id
            }
        return TuneReport(
            cases: cases.count, judged: corpus.pairs.count, entries: corpus.entries.count, folds: k, seed: options.seed,
            penalty: options.penalty,
            figures: before.indices.map {
                TuneFigures(before: before[$0], fitted: after[$0], crossValidated: cv[$0], gainCrossValidated: gainCV[$0])
            },
            contributions: Ablation.contributions(corpus), dead: Ablation.dead(corpus), fitted: fitted,
            coupling: lexicons.axes.indices.map {
                FittedCoupling(axis: lexicons.axes[$0].id, lexicon: lexicons.couplingStrengths[$0], fitted: chosen.strengths[$0])
            },
            genre: FittedGenre(lexicon: GenreSetting(lexicons.parameters), fitted: chosen.genre),
            gains: lexicons.axes.indices.map { FittedGain(axis: lexicons.axes[$0].id, lexicon: corpus.originalGains[$0], fitted: gains[$0], alone: gainsAlone[$0]) },
            candidates: CandidateFinder.find(corpus, limit: options.candidates), axes: lexicons.axes)
    }

    /// Held-out score of every pair with the coupling strengths, genre rule and gains chosen on the other folds.
    static func crossValidateCalibration(_ corpus: TuneCorpus, _ choices: [GainFit.GenreOption], _ options: TuneOptions) -> [Double] {
        let k = max(1, min(options.folds, corpus.cases.count))
        let fold = Folds.assign(cases: corpus.cases.count, folds: k, seed: options.seed)
        var heldOut = corpus.pairs.map(\.scored)
        guard k >= 2 else { return heldOut }
        for f in 0..<k {
            let train = corpus.pairs.map { fold[$0.caseIndex] != f }
            let (choice, gains) = GainFit.fit(choices, train: train)
            let scores = choice.corpus.scores(with: choice.corpus.originalWeights, gains: gains)
            for p in corpus.pairs.indices where !train[p] { heldOut[p] = scores[p] }
        }
        return heldOut
    }

    /// Held-out score of every pair: fit (weights and gains) on the other folds, score the pair's fold.
    /// Returns the number of folds used (k, capped at the number of cases).
    static func crossValidate(_ corpus: TuneCorpus, _ options: TuneOptions,
                              fit: ([Bool]) -> (weights: [Double], gains: [Double])) -> (Int, [Double]) {
        let k = max(1, min(options.folds, corpus.cases.count))
        let fold = Folds.assign(cases: corpus.cases.count, folds: k, seed: options.seed)
        var heldOut = corpus.pairs.map(\.scored)
        guard k >= 2 else { return (k, heldOut) }
        for f in 0..<k {
            let train = corpus.pairs.map { fold[$0.caseIndex] != f }
            let fitted = fit(train)
            let scores = corpus.scores(with: fitted.weights, gains: fitted.gains)
            for p in corpus.pairs.indices where !train[p] { heldOut[p] = scores[p] }
        }
        return (k, heldOut)
    }
}
