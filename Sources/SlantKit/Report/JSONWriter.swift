/// Writes compact JSON directly into a byte buffer, with fixed key order.
///
/// Numbers have four decimals and strings are escaped per RFC 8259, so the
/// same score always gives the same bytes.
struct JSONWriter {
    var bytes: [UInt8] = []
    /// One bit per open object or array, innermost lowest: set once it holds a value, so the
    /// next one needs a comma. A bit stack, not an array: this is on every key and value.
    private var commaBits: UInt64 = 0
    private var depth = 0

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ bracket: UInt8) {
        value()
        bytes.append(bracket)
        precondition(depth < 63, "JSON nested deeper than the writer supports")
        depth += 1
        commaBits <<= 1
    }

    private mutating func close(_ bracket: UInt8) {
        commaBits >>= 1
        depth -= 1
        bytes.append(bracket)
    }

    /// A key written in the source. It is copied as is: the keys Slant writes need no escaping,
    /// and escaping every key of every record was a measurable part of the output cost.
    mutating func key(_ k: StaticString) {
        precondition(k.hasPointerRepresentation, "JSON keys are string literals")
        value()
        bytes.append(UInt8(ascii: "\""))
        // Byte by byte: keys are short, and `append(contentsOf:)` costs more to set up than to copy them.
        for b in UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount) { bytes.append(b) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        commaBits &= ~1  // the value after a key takes no comma
    }

    /// A key that comes from data (an axis id, a pole name), escaped.
    mutating func key(named k: String) {
        value()
        appendString(k)
        bytes.append(UInt8(ascii: ":"))
        commaBits &= ~1
    }

    mutating func string(_ s: String) { value(); appendString(s) }
    mutating func number(_ x: Double) {
        value()
        if x.isFinite { NumberFormat.append(x, 4, to: &bytes) } else { bytes.append(contentsOf: "null".utf8) }
    }
    mutating func integer(_ x: Int) { value(); NumberFormat.appendInteger(x, to: &bytes) }
    mutating func bool(_ x: Bool) { value(); bytes.append(contentsOf: (x ? "true" : "false").utf8) }
    mutating func null() { value(); bytes.append(contentsOf: "null".utf8) }

    mutating func field(_ k: StaticString, _ s: String) { key(k); string(s) }
    mutating func field(_ k: StaticString, _ x: Double) { key(k); number(x) }
    mutating func field(_ k: StaticString, _ x: Int) { key(k); integer(x) }

    /// Comma before every value but the first at its level.
    private mutating func value() {
        if commaBits & 1 != 0 { bytes.append(UInt8(ascii: ",")) }
        commaBits |= 1
    }

    /// A string value built from parts (`path:line`, `negated ×-0.6`) without making a `String` first.
    /// `build` appends the contents with `appendEscaped`, `NumberFormat` and plain ASCII.
    mutating func string(_ build: (inout JSONWriter) -> Void) {
        value()
        bytes.append(UInt8(ascii: "\""))
        build(&self)
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func appendString(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        appendEscaped(s)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `s` escaped, without quotes.
    mutating func appendEscaped(_ s: String) {
        // Most strings need no escaping: copy them whole.
        var s = s
        let plain = s.withUTF8 { utf8 -> Bool in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if plain { return }
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
    }
}
