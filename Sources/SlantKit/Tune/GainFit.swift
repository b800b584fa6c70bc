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
                var hits = 0
                var error = 0.0
                for (score, e) in zip(scores, expected) {
                    if Metrics.polarity(score, band: band) == Metrics.polarity(e, band: band) { hits += 1 }
                    error += abs(score - e)
                }
                let alpha = Metrics.krippendorffAlphaTwoCoders(expected, scores)
                let objective = Double(hits) / Double(pairs.count) + (alpha.isNaN ? 0 : alpha)
                let better = objective > best.objective + 1e-12 || (abs(objective - best.objective) <= 1e-12 && (error < best.error - 1e-12
                    || (abs(error - best.error) <= 1e-12 && abs(g - original[a]) < abs(best.gain - original[a]))))
                if better { best = (g, objective, error) }
            }
            return best.gain
        }
    }
}
