import Foundation

/// Fits entry weights to the labels by projected coordinate descent on the cached hits.
///
/// Objective, over the judged (case, axis) pairs in the training set:
///
///     J(w) = Σ_pairs (score_p(w) − expected_p)²  +  λ · Σ_entries ((w_e − w0_e) / w0_e)²
///     score_p(w) = clamp(g_p · D_p(w) / (M_p(w) + k)),   D = P − N,  M = P + N   (the Aggregator's formula;
///                  g_p is the axis's calibration gain times the case's genre factor, held fixed)
///
/// D and M are linear in each weight (see `Share`), so one coordinate is a
/// one-dimensional problem over the few pairs the entry touches. Each weight
/// stays in `[max(w0/2, 0.01), min(2·w0, 5)]`: its pole never changes (weights
/// are > 0), it moves at most a factor of two, and it stays a legal lexicon
/// weight. The relative L2 term pulls weights the data says little about back
/// to the hand-set value. Fitted weights are rounded to two decimals (what
/// `--write` writes), so the reported figures are those of the written lexicons.
struct WeightFitter {
    let corpus: TuneCorpus
    /// λ, the weight of the penalty toward the original weights.
    var penalty = 0.05
    var maxSweeps = 40
    /// A sweep that moves no weight more than this ends the descent.
    var tolerance = 1e-6

    /// Bounds of a weight whose original value is `w0`.
    static func bounds(_ w0: Double) -> ClosedRange<Double> {
        max(w0 / 2, 0.01)...min(2 * w0, Limits.maxWeight)
    }

    /// Fits on the pairs where `train` is true; entries without a training pair keep their weight.
    func fit(train: [Bool]) -> [Double] {
        let w0 = corpus.originalWeights
        var w = w0
        var d = corpus.fixedD
        var m = corpus.fixedM
        for (e, list) in corpus.shares.enumerated() {
            for s in list {
                d[s.pair] += s.a * w[e]
                m[s.pair] += s.b * w[e]
            }
        }
        // The Aggregator's gain for each pair: the axis's calibration times the case's genre factor.
        let gains = corpus.pairs.indices.map { corpus.factor(of: $0, gains: corpus.originalGains) }
        let trainShares = corpus.shares.map { $0.filter { train[$0.pair] } }
        let active = trainShares.indices.filter { !trainShares[$0].isEmpty }
        for _ in 0..<maxSweeps {
            var largest = 0.0
            for e in active {
                let list = trainShares[e]
                let objective = { (x: Double) -> Double in
                    var sum = 0.0
                    for s in list {
                        let balance = TuneCorpus.score(d: d[s.pair] + s.a * (x - w[e]), m: m[s.pair] + s.b * (x - w[e]), k: corpus.smoothing)
                        let r = Aggregator.calibrated(balance, gain: gains[s.pair]) - corpus.pairs[s.pair].expected
                        sum += r * r
                    }
                    let rel = (x - w0[e]) / w0[e]
                    return sum + penalty * rel * rel
                }
                let best = Self.minimize(objective, in: Self.bounds(w0[e]), current: w[e])
                let step = best - w[e]
                guard step != 0 else { continue }
                // Update every pair the entry touches (held-out ones too), so D and M stay exact.
                for s in corpus.shares[e] {
                    d[s.pair] += s.a * step
                    m[s.pair] += s.b * step
                }
                w[e] = best
                largest = max(largest, abs(step))
            }
            if largest < tolerance { break }
        }
        return zip(w, w0).map { Self.rounded($0, original: $1) }
    }

    /// Golden-section search for the minimum of `f` on `range`; returns `current`
    /// unless the search found a strictly lower value, so J never increases.
    static func minimize(_ f: (Double) -> Double, in range: ClosedRange<Double>, current: Double) -> Double {
        let ratio = (5.0.squareRoot() - 1) / 2
        var lo = range.lowerBound, hi = range.upperBound
        var x1 = hi - ratio * (hi - lo), x2 = lo + ratio * (hi - lo)
        var f1 = f(x1), f2 = f(x2)
        for _ in 0..<48 where hi - lo > 1e-7 {
            if f1 <= f2 {
                hi = x2; x2 = x1; f2 = f1
                x1 = hi - ratio * (hi - lo); f1 = f(x1)
            } else {
                lo = x1; x1 = x2; f1 = f2
                x2 = lo + ratio * (hi - lo); f2 = f(x2)
            }
        }
        // The minimum can sit on a bound, which the interior probes only approach.
        var best = current, bestValue = f(current)
        for x in [(x1 + x2) / 2, range.lowerBound, range.upperBound] {
            let value = f(x)
            if value < bestValue - 1e-15 { best = x; bestValue = value }
        }
        return best
    }

    /// Two decimals, kept inside the bounds; a weight that rounds to its original keeps it exactly.
    static func rounded(_ w: Double, original w0: Double) -> Double {
        let bounds = Self.bounds(w0)
        var r = (w * 100).rounded() / 100
        if r < bounds.lowerBound - 1e-12 { r = (bounds.lowerBound * 100).rounded(.up) / 100 }
        if r > bounds.upperBound + 1e-12 { r = (bounds.upperBound * 100).rounded(.down) / 100 }
        r = max(r, 0.01)
        return abs(r - w0) < 0.005 ? w0 : r
    }
}

/// Deterministic k-fold assignment: cases shuffled by SplitMix64 from the seed.
enum Folds {
    /// `fold[c]` for every case: its position in a Fisher–Yates shuffle, modulo k.
    static func assign(cases: Int, folds k: Int, seed: UInt64) -> [Int] {
        var order = Array(0..<cases)
        var rng = SplitMix64(seed: seed)
        if cases > 1 {
            for i in stride(from: cases - 1, to: 0, by: -1) {
                let j = Int(rng.next() % UInt64(i + 1))
                order.swapAt(i, j)
            }
        }
        var fold = [Int](repeating: 0, count: cases)
        for (position, c) in order.enumerated() { fold[c] = position % k }
        return fold
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny generator whose sequence is fixed by its seed on every platform.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
