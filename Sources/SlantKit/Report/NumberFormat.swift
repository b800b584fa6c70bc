/// Deterministic number formatting, independent of locale.
enum NumberFormat {
    /// Fixed decimals: `fixed(-0.41236, 4)` is `-0.4124`. Negative zero prints as `0.0000`.
    static func fixed(_ x: Double, _ decimals: Int = 4) -> String { string { write(x, decimals, to: $0) } }

    /// Short form for factors: trailing zeros dropped (`0.5`, `-0.6`, `2`).
    static func short(_ x: Double) -> String { string { writeShort(x, to: $0) } }

    /// Most bytes `write`, `writeShort` and `writeInteger` produce: a sign, 20 digits, a point, 6 decimals.
    static let maxBytes = 28

    private static func string(_ write: (UnsafeMutablePointer<UInt8>) -> Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxBytes) { buffer in
            let n = write(buffer.baseAddress!)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<n]), as: UTF8.self)
        }
    }

    /// Writes `fixed(x, decimals)` at `out` (room for `maxBytes`) and returns its length.
    /// Integer arithmetic only, so the same number always gives the same bytes: the JSON hot path.
    static func write(_ x: Double, _ decimals: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        guard x.isFinite, abs(x) < 1e15 else {
            // Only for values no score takes; the bytes come from String and are short.
            let text = Array((x.isNaN ? "NaN" : (x.isInfinite ? (x > 0 ? "inf" : "-inf") : String(x))).utf8.prefix(maxBytes))
            out.update(from: text, count: text.count)
            return text.count
        }
        // 10^decimals (at most 10^6), computed: a global table costs a lazy-initialization check per number.
        var unit: UInt64 = 1
        for _ in 0..<min(decimals, 6) { unit &*= 10 }
        let scaled = UInt64((abs(x) * Double(unit)).rounded())
        var n = 0
        if x < 0 && scaled != 0 {
            out[0] = UInt8(ascii: "-")
            n = 1
        }
        n += writeDigits(scaled / unit, minimumWidth: 1, to: out + n)
        if decimals > 0 {
            out[n] = UInt8(ascii: ".")
            n += 1 + writeDigits(scaled % unit, minimumWidth: decimals, to: out + n + 1)
        }
        return n
    }

    /// Writes `short(x)` at `out` (room for `maxBytes`) and returns its length.
    static func writeShort(_ x: Double, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var n = write(x, 3, to: out)
        if UnsafeBufferPointer(start: out, count: n).contains(UInt8(ascii: ".")) {
            while out[n - 1] == UInt8(ascii: "0") { n -= 1 }
            if out[n - 1] == UInt8(ascii: ".") { n -= 1 }
        }
        return n
    }

    /// Writes a whole number in decimal at `out` (room for `maxBytes`); returns its length.
    static func writeInteger(_ x: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        guard x < 0 else { return writeDigits(UInt64(x), minimumWidth: 1, to: out) }
        out[0] = UInt8(ascii: "-")
        return 1 + writeDigits(UInt64(x.magnitude), minimumWidth: 1, to: out + 1)
    }

    /// Writes `value` in decimal, left-padded with zeros to `minimumWidth`; returns its length.
    private static func writeDigits(_ value: UInt64, minimumWidth: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var width = 1
        var limit: UInt64 = 10
        while width < 20 && value >= limit {
            width += 1
            limit &*= 10
        }
        width = max(width, minimumWidth)
        var v = value
        var i = width
        while i > 0 {
            i -= 1
            out[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: v % 10)
            v /= 10
        }
        return width
    }
}
