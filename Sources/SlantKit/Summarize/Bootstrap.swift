/// Percentile bootstrap intervals for a mean and for a difference of two means.
///
/// Each interval resamples the articles `resamples` times with replacement and
/// takes the 2.5th and 97.5th percentiles of the resampled means
/// (`Quantile.of`, linear interpolation). The draws come from SplitMix64, so an
/// interval is the same on every platform for the same seed. Every interval has
/// its own stream, seeded from the run's seed and the interval's name (group and
/// axis), so one group's interval does not change when other groups or axes are
/// added or left out.
public struct Bootstrap: Sendable {
    /// Resamples per interval. With 2,000, a bound's own Monte Carlo error is about
    /// 6% of the mean's standard error (√(0.025 · 0.975 / 2000) / φ(1.96)), so
    /// rerunning with another seed moves the bounds by little next to their width.
    public static let defaultResamples = 2000
    /// The seed when `--seed` is not given.
    public static let defaultSeed: UInt64 = 1
    /// The interval's coverage: 95%, so the bounds are the 2.5th and 97.5th percentiles.
    public static let level = 0.95

    /// Resamples drawn for each interval, at least 1.
    public let resamples: Int
    /// The run's seed (`--seed`), which each interval's stream mixes with the interval's name.
    public let seed: UInt64

    /// A bootstrap drawing `resamples` resamples (at least 1) per interval, from `seed`.
    public init(resamples: Int = Bootstrap.defaultResamples, seed: UInt64 = Bootstrap.defaultSeed) {
        precondition(resamples >= 1, "a bootstrap needs at least one resample")
        self.resamples = resamples
        self.seed = seed
    }

    /// The interval for the mean of `values` (not empty), drawn from the stream named `name`.
    public func meanInterval(_ values: [Double], name: String) -> Interval {
        var rng = stream(name)
        let means = (0..<resamples).map { _ in Self.resampledMean(values, &rng) }
        return Self.percentiles(means)
    }

    /// The interval for `mean(a) − mean(b)`, each group resampled on its own, from the stream named `name`.
    public func differenceInterval(_ a: [Double], _ b: [Double], name: String) -> Interval {
        var rng = stream(name)
        let differences = (0..<resamples).map { _ in
            let x = Self.resampledMean(a, &rng)
            return x - Self.resampledMean(b, &rng)
        }
        return Self.percentiles(differences)
    }

    /// The generator for one interval: the seed mixed with a stable hash of its name.
    func stream(_ name: String) -> SplitMix64 { SplitMix64(seed: seed ^ Self.fnv1a(name)) }

    /// The mean of `values.count` values drawn with replacement, summed in draw order.
    static func resampledMean(_ values: [Double], _ rng: inout SplitMix64) -> Double {
        var sum = 0.0
        for _ in values.indices { sum += values[rng.below(values.count)] }
        return sum / Double(values.count)
    }

    static func percentiles(_ estimates: [Double]) -> Interval {
        let sorted = estimates.sorted()
        let tail = (1 - level) / 2
        return Interval(lower: Quantile.of(sorted: sorted, tail), upper: Quantile.of(sorted: sorted, 1 - tail))
    }

    /// FNV-1a over the UTF-8 bytes: a hash that, unlike `Hasher`, is the same in every process.
    static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}

/// A closed interval of scores.
public struct Interval: Sendable, Equatable {
    /// The lower end, at most `upper`.
    public let lower: Double
    /// The upper end, at least `lower`.
    public let upper: Double

    /// The interval from `lower` to `upper`.
    init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }
}

extension SplitMix64 {
    /// A uniform index in `0..<n`: the high word of a 64×64-bit product (Lemire's
    /// multiply-shift, without the rejection step; its bias is below n / 2^64).
    mutating func below(_ n: Int) -> Int { Int(next().multipliedFullWidth(by: UInt64(n)).high) }
}

/// Sample quantiles.
public enum Quantile {
    /// The `p` quantile of ascending `sorted` (not empty), interpolating linearly
    /// between order statistics at rank `(n − 1) · p` (Hyndman & Fan's type 7, R's default).
    public static func of(sorted: [Double], _ p: Double) -> Double {
        let h = Double(sorted.count - 1) * p
        let low = Int(h.rounded(.down))
        guard low + 1 < sorted.count else { return sorted[sorted.count - 1] }
        return sorted[low] + (h - Double(low)) * (sorted[low + 1] - sorted[low])
    }

    /// The median of `values` (not empty): the middle value, or the mean of the two middle ones.
    public static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
