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

    /// Coupling strengths `slant tune` chooses from, with the gains refitted for each.
    static let couplingCandidates: [Double] = [0, 0.1, 0.25, 0.5]

    /// The coupling strength (from `couplingCandidates`) and gains that maximize the summed
    /// objective over all axes on the training pairs, with the lexicon weights; and the corpus
    /// recoupled at that strength.
    static func fitCoupling(_ corpora: [(strength: Double, corpus: TuneCorpus)], train: [Bool])
        -> (strength: Double, gains: [Double], corpus: TuneCorpus) {
        var best: (strength: Double, gains: [Double], corpus: TuneCorpus, objective: Double)?
        for (strength, corpus) in corpora {
            let gains = fit(corpus, weights: corpus.originalWeights, train: train)
            let scores = corpus.scores(with: corpus.originalWeights, gains: gains)
            let objective = corpus.lexicons.axes.indices.reduce(0.0) { total, a in
                let chosen = corpus.pairs.indices.filter { train[$0] && corpus.pairs[$0].axisIndex == a }
                return total + Self.objective(expected: chosen.map { corpus.pairs[$0].expected }, scores: chosen.map { scores[$0] },
                                              band: corpus.band)
            }
            if best == nil || objective > best!.objective + 1e-12 { best = (strength, gains, corpus, objective) }
        }
        return (best!.strength, best!.gains, best!.corpus)
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
