/// Deterministic number formatting, independent of locale.
enum NumberFormat {
    /// Fixed decimals: `fixed(-0.41236, 4)` is `-0.4124`. Negative zero prints as `0.0000`.
    static func fixed(_ x: Double, _ decimals: Int = 4) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x > 0 ? "inf" : "-inf") }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(x) * scale).rounded()
        let negative = x < 0 && scaled != 0
        let whole = Int(scaled / scale)
        var frac = String(Int(scaled - Double(whole) * scale))
        while frac.count < decimals { frac = "0" + frac }
        return (negative ? "-" : "") + String(whole) + (decimals > 0 ? "." + frac : "")
    }

    /// Short form for factors: trailing zeros dropped (`0.5`, `-0.6`, `2`).
    static func short(_ x: Double) -> String {
        var s = fixed(x, 3)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
