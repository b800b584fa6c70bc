import Foundation

/// Agreement statistics between expected and predicted scores. Undefined values are NaN, never 0.
public enum Metrics {
    /// -1, 0 or +1 with `band` as the neutral band (|x| <= band is neutral).
    public static func polarity(_ x: Double, band: Double) -> Int { x > band ? 1 : (x < -band ? -1 : 0) }

    /// 3×3 confusion matrix, rows expected (-1, 0, +1), columns predicted.
    public static func confusion(_ expected: [Int], _ predicted: [Int]) -> [[Int]] {
        var m = [[Int]](repeating: [0, 0, 0], count: 3)
        for (e, p) in zip(expected, predicted) { m[e + 1][p + 1] += 1 }
        return m
    }

    /// The share of positions where `predicted` equals `expected`; NaN when there are none.
    public static func accuracy(_ expected: [Int], _ predicted: [Int]) -> Double {
        guard !expected.isEmpty else { return .nan }
        return Double(zip(expected, predicted).filter { $0 == $1 }.count) / Double(expected.count)
    }

    /// Mean F1 over the classes that occur in either the expected or the predicted labels.
    public static func macroF1(_ expected: [Int], _ predicted: [Int]) -> Double {
        let classes = Set(expected).union(predicted)
        guard !classes.isEmpty else { return .nan }
        var total = 0.0
        for c in classes {
            let tp = Double(zip(expected, predicted).filter { $0 == c && $1 == c }.count)
            let fp = Double(zip(expected, predicted).filter { $0 != c && $1 == c }.count)
            let fn = Double(zip(expected, predicted).filter { $0 == c && $1 != c }.count)
            total += tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn)
        }
        return total / Double(classes.count)
    }

    /// The mean of `|a[i] - b[i]|`; NaN when `a` is empty.
    public static func meanAbsoluteError(_ a: [Double], _ b: [Double]) -> Double {
        guard !a.isEmpty else { return .nan }
        return zip(a, b).map { abs($0 - $1) }.reduce(0, +) / Double(a.count)
    }

    /// Ranks from 1, ties sharing their average rank.
    public static func ranks(_ x: [Double]) -> [Double] {
        let order = x.indices.sorted { x[$0] < x[$1] }
        var ranks = [Double](repeating: 0, count: x.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && x[order[j + 1]] == x[order[i]] { j += 1 }
            let average = Double(i + j) / 2 + 1
            for k in i...j { ranks[order[k]] = average }
            i = j + 1
        }
        return ranks
    }

    /// Pearson's correlation of `a` and `b`; NaN with fewer than two values or when either
    /// side is constant.
    public static func pearson(_ a: [Double], _ b: [Double]) -> Double {
        guard a.count >= 2 else { return .nan }
        let ma = a.reduce(0, +) / Double(a.count)
        let mb = b.reduce(0, +) / Double(b.count)
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for (x, y) in zip(a, b) {
            sab += (x - ma) * (y - mb)
            saa += (x - ma) * (x - ma)
            sbb += (y - mb) * (y - mb)
        }
        guard saa > 0 && sbb > 0 else { return .nan }
        return sab / (saa * sbb).squareRoot()
    }

    /// Spearman's ρ: Pearson correlation of average ranks (ties handled); NaN when either side is constant.
    public static func spearman(_ a: [Double], _ b: [Double]) -> Double { pearson(ranks(a), ranks(b)) }

    /// Krippendorff's α with the interval metric, for any number of coders and missing values.
    ///
    /// `units[u]` holds the values coders gave unit u (missing ones left out);
    /// units with fewer than two values are not pairable and are ignored.
    /// α = 1 − D_o / D_e; NaN when there is no expected disagreement.
    public static func krippendorffAlphaInterval(_ units: [[Double]]) -> Double {
        let pairable = units.filter { $0.count >= 2 }
        let values = pairable.flatMap { $0 }
        let n = Double(values.count)
        guard n > 1 else { return .nan }
        var observed = 0.0
        for unit in pairable {
            var sum = 0.0
            for i in unit.indices { for j in unit.indices where i != j { sum += (unit[i] - unit[j]) * (unit[i] - unit[j]) } }
            observed += sum / Double(unit.count - 1)
        }
        observed /= n
        var expected = 0.0
        for i in values.indices { for j in values.indices where i != j { expected += (values[i] - values[j]) * (values[i] - values[j]) } }
        expected /= n * (n - 1)
        guard expected > 0 else { return .nan }
        return 1 - observed / expected
    }

    /// Krippendorff's interval α for two coders who both rate every unit (`a[i]`, `b[i]`), in O(n):
    /// the same value as `krippendorffAlphaInterval(zip(a, b).map { [$0, $1] })`, which is O(n²).
    public static func krippendorffAlphaTwoCoders(_ a: [Double], _ b: [Double]) -> Double {
        let n = Double(2 * a.count)
        guard n > 1 else { return .nan }
        var observed = 0.0, sum = 0.0, squares = 0.0
        for (x, y) in zip(a, b) {
            observed += 2 * (x - y) * (x - y)
            sum += x + y
            squares += x * x + y * y
        }
        // Σ_{i≠j} (v_i − v_j)² over all 2n values = 2·n·Σv² − 2·(Σv)².
        let expected = (2 * n * squares - 2 * sum * sum) / (n * (n - 1))
        guard expected > 0 else { return .nan }
        return 1 - (observed / n) / expected
    }
}
