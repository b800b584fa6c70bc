/// Deterministic number formatting, independent of locale.
enum NumberFormat {
    /// Fixed decimals: `fixed(-0.41236, 4)` is `-0.4124`. Negative zero prints as `0.0000`.
    static func fixed(_ x: Double, _ decimals: Int = 4) -> String {
        var bytes: [UInt8] = []
        append(x, decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let powers: [Double] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

    /// Appends `fixed(x, decimals)` as bytes, with integer arithmetic only: the JSON hot path.
    static func append(_ x: Double, _ decimals: Int, to out: inout [UInt8]) {
        guard x.isFinite, abs(x) < 1e15 else {
            out.append(contentsOf: (x.isNaN ? "NaN" : (x.isInfinite ? (x > 0 ? "inf" : "-inf") : String(x))).utf8)
            return
        }
        let scale = powers[min(decimals, powers.count - 1)]
        let scaled = UInt64((abs(x) * scale).rounded())
        if x < 0 && scaled != 0 { out.append(UInt8(ascii: "-")) }
        let unit = UInt64(scale)
        appendDigits(scaled / unit, minimumWidth: 1, to: &out)
        if decimals > 0 {
            out.append(UInt8(ascii: "."))
            appendDigits(scaled % unit, minimumWidth: decimals, to: &out)
        }
    }

    private static func appendDigits(_ value: UInt64, minimumWidth: Int, to out: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var v = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                count += 1
            } while v > 0
            while count < minimumWidth {
                buffer[count] = UInt8(ascii: "0")
                count += 1
            }
            for i in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[i]) }
        }
    }

    /// Short form for factors: trailing zeros dropped (`0.5`, `-0.6`, `2`).
    static func short(_ x: Double) -> String {
        var bytes: [UInt8] = []
        appendShort(x, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `short(x)` as bytes.
    static func appendShort(_ x: Double, to out: inout [UInt8]) {
        let start = out.count
        append(x, 3, to: &out)
        if out[start...].contains(UInt8(ascii: ".")) {
            while out.last == UInt8(ascii: "0") { out.removeLast() }
            if out.last == UInt8(ascii: ".") { out.removeLast() }
        }
    }

    /// Appends a whole number in decimal, without going through `String`.
    static func appendInteger(_ x: Int, to out: inout [UInt8]) {
        if x < 0 { out.append(UInt8(ascii: "-")) }
        appendDigits(UInt64(x.magnitude), minimumWidth: 1, to: &out)
    }
}
