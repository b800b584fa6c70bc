/// Fits each axis's calibration gain (`calibration.AXIS` in parameters.lex) to the labels.
///
/// The score is `clamp(gain · genre · balance)`, so the gain moves where an
/// axis's balances cross the neutral band and how far a clear stance reaches:
/// the hand-set weights leave clear stances (±0.6 to readers) near ±0.15.
/// For each axis the gain is chosen from `candidates` to maximize three-class
/// accuracy plus Krippendorff's α on the training pairs; ties go to the
/// smaller mean absolute error, then to the gain closest to the lexicon's.
/// Both terms, because each alone misleads: accuracy rewards shrinking every
/// score into the neutral band when most labels are neutral, α rewards
/// stretching the scale. A grid, not a gradient: accuracy is a step function
/// of the gain.
enum GainFit {
    /// 0.5 to 5 in steps of 0.05: what `calibration.AXIS` is written with.
    static let candidates: [Double] = (10...100).map { Double($0) / 20 }

    /// Three-class accuracy plus Krippendorff's α (0 when undefined): what the gains maximize.
    static func objective(expected: [Double], scores: [Double], band: Double) -> Double {
        guard !expected.isEmpty else { return 0 }
        let hits = zip(scores, expected).filter { Metrics.polarity($0, band: band) == Metrics.polarity($1, band: band) }.count
        let alpha = Metrics.krippendorffAlphaTwoCoders(expected, scores)
        return Double(hits) / Double(expected.count) + (alpha.isNaN ? 0 : alpha)
    }

    /// Coupling strengths `slant tune` chooses from, for each axis, with the gains refitted for each.
    static let couplingCandidates: [Double] = [0.25, 0.5, 0.75]

    /// The values of each genre parameter that `genreCandidates` combines.
    static let genreGrid = (reportingRates: [0.2, 0.3, 0.4, 0.5], voiceRates: [0.2, 0.35, 0.5], newsFactors: [0, 0.15, 0.3])

    /// Genre rules `slant tune` chooses from (`genre.reporting_rate` × `genre.voice_rate` ×
    /// `genre.news_factor`), after the lexicons' own, which wins a tie.
    static func genreCandidates(_ lexicons: LexiconSet) -> [GenreSetting] {
        var grid: [GenreSetting] = [GenreSetting(lexicons.parameters)]
        for r in genreGrid.reportingRates {
            for v in genreGrid.voiceRates {
                for f in genreGrid.newsFactors where grid[0] != GenreSetting(reportingRate: r, voiceRate: v, newsFactor: f) {
                    grid.append(GenreSetting(reportingRate: r, voiceRate: v, newsFactor: f))
                }
            }
        }
        return grid
    }

    /// The corpus under one genre rule, re-aggregated with every candidate coupling strength
    /// (`corpora[i]` couples every axis with `couplingCandidates[i]`).
    struct GenreOption {
        let genre: GenreSetting
        let corpora: [TuneCorpus]
    }

    /// What `fit(_:train:)` chose: a coupling strength per axis, a genre rule, and the corpus
    /// re-aggregated under both.
    struct Choice {
        let strengths: [Double]
        let genre: GenreSetting
        let corpus: TuneCorpus
    }

    /// Every genre rule, each with every coupling strength: what `fit(_:train:)` chooses from.
    static func options(_ corpus: TuneCorpus) -> [GenreOption] {
        let axes = corpus.lexicons.axes.count
        let recoupled = couplingCandidates.map { corpus.recoupled([Double](repeating: $0, count: axes)) }
        return genreCandidates(corpus.lexicons).map { genre in
            GenreOption(genre: genre, corpora: recoupled.map { $0.regenred(genre) })
        }
    }

    /// The genre rule, coupling strengths and gains that maximize the summed objective over all
    /// axes on the training pairs with the lexicon weights.
    ///
    /// An axis's score depends on its own coupling strength only (it is the share the axis
    /// takes), so each axis gets the strength, and gain, best for it under each genre rule;
    /// the genre rule, shared by all axes, is the one whose per-axis bests sum highest. Ties go
    /// to the earlier genre rule (the lexicons' own comes first) and to the strength closest
    /// to the axis's lexicon strength.
    static func fit(_ options: [GenreOption], train: [Bool]) -> (choice: Choice, gains: [Double]) {
        var best: (genre: GenreSetting, strengths: [Double], gains: [Double], objective: Double)?
        for option in options {
            let (strengths, gains, objective) = bestPerAxis(option.corpora, train: train)
            if objective > (best?.objective ?? -.infinity) + 1e-12 { best = (option.genre, strengths, gains, objective) }
        }
        // `options` always holds the lexicons' own genre rule first, so there is a best.
        guard let best else { preconditionFailure("GainFit.fit needs at least one genre option") }
        let corpus = options[0].corpora[0].recoupled(best.strengths).regenred(best.genre)
        return (Choice(strengths: best.strengths, genre: best.genre, corpus: corpus), best.gains)
    }

    /// For each axis, the candidate strength (and its gain) whose corpus scores it best on the
    /// training pairs, and the sum of those best objectives.
    private static func bestPerAxis(_ corpora: [TuneCorpus], train: [Bool]) -> (strengths: [Double], gains: [Double], objective: Double) {
        let lexicons = corpora[0].lexicons
        let own = lexicons.couplingStrengths
        var strengths = own, gains = corpora[0].originalGains, total = 0.0
        var bestObjective = [Double](repeating: -Double.infinity, count: lexicons.axes.count)
        for (i, corpus) in corpora.enumerated() {
            let fitted = fit(corpus, weights: corpus.originalWeights, train: train)
            let scores = corpus.scores(with: corpus.originalWeights, gains: fitted)
            for a in lexicons.axes.indices {
                let chosen = corpus.pairs.indices.filter { train[$0] && corpus.pairs[$0].axisIndex == a }
                let objective = Self.objective(expected: chosen.map { corpus.pairs[$0].expected }, scores: chosen.map { scores[$0] },
                                               band: corpus.band)
                let candidate = couplingCandidates[i]
                let better = objective > bestObjective[a] + 1e-12
                    || (abs(objective - bestObjective[a]) <= 1e-12 && abs(candidate - own[a]) < abs(strengths[a] - own[a]))
                if better { (bestObjective[a], strengths[a], gains[a]) = (objective, candidate, fitted[a]) }
            }
        }
        for a in lexicons.axes.indices where bestObjective[a].isFinite { total += bestObjective[a] }
        return (strengths, gains, total)
    }

    /// One gain per axis (lexicon order), fitted on the pairs where `train` is true,
    /// for the scores under `weights`. An axis with no training pair keeps its gain.
    static func fit(_ corpus: TuneCorpus, weights: [Double], train: [Bool]) -> [Double] {
        let original = corpus.originalGains
        let unit = corpus.scores(with: weights, gains: original.map { _ in 1 })
        let band = corpus.band
        return original.indices.map { a in
            let pairs = corpus.pairs.indices.filter { train[$0] && corpus.pairs[$0].axisIndex == a }
            guard !pairs.isEmpty else { return original[a] }
            let expected = pairs.map { corpus.pairs[$0].expected }
            var best = (gain: original[a], objective: -Double.infinity, error: Double.infinity)
            for g in candidates {
                let scores = pairs.map { Aggregator.calibrated(unit[$0], gain: g) }
                let error = zip(scores, expected).reduce(0) { $0 + abs($1.0 - $1.1) }
                let objective = Self.objective(expected: expected, scores: scores, band: band)
                let better = objective > best.objective + 1e-12 || (abs(objective - best.objective) <= 1e-12 && (error < best.error - 1e-12
                    || (abs(error - best.error) <= 1e-12 && abs(g - original[a]) < abs(best.gain - original[a]))))
                if better { best = (g, objective, error) }
            }
            return best.gain
        }
    }
}
