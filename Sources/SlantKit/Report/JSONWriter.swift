/// Writes compact JSON directly into a byte buffer, with fixed key order.
///
/// Numbers have four decimals and strings are escaped per RFC 8259, so the
/// same score always gives the same bytes.
struct JSONWriter {
    var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    mutating func beginObject() { value(); bytes.append(UInt8(ascii: "{")); needsComma.append(false) }
    mutating func endObject() { needsComma.removeLast(); bytes.append(UInt8(ascii: "}")) }
    mutating func beginArray() { value(); bytes.append(UInt8(ascii: "[")); needsComma.append(false) }
    mutating func endArray() { needsComma.removeLast(); bytes.append(UInt8(ascii: "]")) }

    mutating func key(_ k: String) {
        value()
        appendString(k)
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
    }

    mutating func string(_ s: String) { value(); appendString(s) }
    mutating func number(_ x: Double) {
        value()
        if x.isFinite { NumberFormat.append(x, 4, to: &bytes) } else { bytes.append(contentsOf: "null".utf8) }
    }
    mutating func integer(_ x: Int) { value(); bytes.append(contentsOf: String(x).utf8) }
    mutating func bool(_ x: Bool) { value(); bytes.append(contentsOf: (x ? "true" : "false").utf8) }
    mutating func null() { value(); bytes.append(contentsOf: "null".utf8) }

    mutating func field(_ k: String, _ s: String) { key(k); string(s) }
    mutating func field(_ k: String, _ x: Double) { key(k); number(x) }
    mutating func field(_ k: String, _ x: Int) { key(k); integer(x) }

    /// Comma before every value but the first at its level.
    private mutating func value() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func appendString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escaping: copy them whole.
        var s = s
        let plain = s.withUTF8 { utf8 -> Bool in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if plain {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20, 0x7F:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(Self.hex[Int(b >> 4)])
                bytes.append(Self.hex[Int(b & 0xF)])
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
