/// Writes compact JSON directly into a byte buffer, with fixed key order.
///
/// Numbers have four decimals and strings are escaped per RFC 8259, so the
/// same score always gives the same bytes.
///
/// The buffer is raw memory the writer owns, so the writer is noncopyable: an
/// `Array` append checks uniqueness and capacity per byte, and on the JSONL path
/// that was most of the cost of writing a record.
struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// One bit per open object or array, innermost lowest: set once it holds a value, so the
    /// next one needs a comma. A bit stack, not an array: this is on every key and value.
    private var commaBits: UInt64 = 0
    private var depth = 0

    /// A writer with room for `capacity` bytes before it first grows.
    init(capacity: Int = 1024) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ bracket: UInt8) {
        value()
        raw(bracket)
        precondition(depth < 63, "JSON nested deeper than the writer supports")
        depth += 1
        commaBits <<= 1
    }

    private mutating func close(_ bracket: UInt8) {
        commaBits >>= 1
        depth -= 1
        raw(bracket)
    }

    /// A key written in the source. It is copied as is: the keys Slant writes need no escaping,
    /// and escaping every key of every record was a measurable part of the output cost.
    /// Inlined, so the key's length is a constant and the copy is a few moves, not a call.
    @inline(__always)
    mutating func key(_ k: StaticString) {
        precondition(k.hasPointerRepresentation, "JSON keys are string literals")
        value()
        let n = k.utf8CodeUnitCount
        reserve(n + 3)
        base[count] = UInt8(ascii: "\"")
        (base + count + 1).update(from: k.utf8Start, count: n)
        base[count + n + 1] = UInt8(ascii: "\"")
        base[count + n + 2] = UInt8(ascii: ":")
        count += n + 3
        commaBits &= ~1  // the value after a key takes no comma
    }

    /// A key that comes from data (an axis id, a pole name), escaped.
    mutating func key(named k: String) {
        value()
        appendString(k)
        raw(UInt8(ascii: ":"))
        commaBits &= ~1
    }

    /// A key already encoded as a JSON string (see `encoded(_:)`).
    mutating func key(encoded k: [UInt8]) {
        encoded(k)
        raw(UInt8(ascii: ":"))
        commaBits &= ~1
    }

    mutating func string(_ s: String) { value(); appendString(s) }
    mutating func number(_ x: Double) {
        value()
        guard x.isFinite else { return raw("null") }
        reserve(NumberFormat.maxBytes)
        count += NumberFormat.write(x, 4, to: base + count)
    }
    mutating func integer(_ x: Int) { value(); appendInteger(x) }
    mutating func bool(_ x: Bool) { value(); raw(x ? "true" : "false") }
    mutating func null() { value(); raw("null") }

    mutating func field(_ k: StaticString, _ s: String) { key(k); string(s) }
    mutating func field(_ k: StaticString, _ x: Double) { key(k); number(x) }
    mutating func field(_ k: StaticString, _ x: Int) { key(k); integer(x) }

    /// A value that is already JSON (from another writer's `bytes`), copied as is.
    mutating func encoded(_ json: [UInt8]) {
        value()
        reserve(json.count)
        json.withUnsafeBufferPointer { if let start = $0.baseAddress { (base + count).update(from: start, count: $0.count) } }
        count += json.count
    }

    /// Comma before every value but the first at its level.
    @inline(__always)
    private mutating func value() {
        if commaBits & 1 != 0 { raw(UInt8(ascii: ",")) }
        commaBits |= 1
    }

    /// A string value built from parts (`path:line`, `negated ×-0.6`) without making a `String` first.
    /// `build` appends the contents with `appendEscaped`, `appendInteger`, `appendShort` and `raw`.
    mutating func string(_ build: (inout JSONWriter) -> Void) {
        value()
        raw(UInt8(ascii: "\""))
        build(&self)
        raw(UInt8(ascii: "\""))
    }

    // MARK: Raw bytes, inside a value

    /// Appends one byte as is.
    @inline(__always)
    mutating func raw(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    /// Appends the bytes of a literal as is (inlined, like `key`, so the copy has a constant length).
    @inline(__always)
    mutating func raw(_ s: StaticString) {
        reserve(s.utf8CodeUnitCount)
        (base + count).update(from: s.utf8Start, count: s.utf8CodeUnitCount)
        count += s.utf8CodeUnitCount
    }

    /// Appends a whole number in decimal.
    mutating func appendInteger(_ x: Int) {
        reserve(NumberFormat.maxBytes)
        count += NumberFormat.writeInteger(x, to: base + count)
    }

    /// Appends `NumberFormat.short(x)`: three decimals at most, trailing zeros dropped.
    mutating func appendShort(_ x: Double) {
        reserve(NumberFormat.maxBytes)
        count += NumberFormat.writeShort(x, to: base + count)
    }

    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if capacity - count < n { grow(to: count + n) }
    }

    private mutating func grow(to needed: Int) {
        var bigger = capacity * 2
        while bigger < needed { bigger *= 2 }
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: bigger)
        new.update(from: base, count: count)
        base.deallocate()
        base = new
        capacity = bigger
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// `text` as one JSON string value (quoted, escaped), for names encoded once per
    /// reporter and then copied into every record with `encoded(_:)`.
    static func encodedString(_ text: String) -> [UInt8] {
        var w = JSONWriter(capacity: text.utf8.count + 8)
        w.string(text)
        return w.bytes
    }

    private mutating func appendString(_ s: String) {
        raw(UInt8(ascii: "\""))
        appendEscaped(s)
        raw(UInt8(ascii: "\""))
    }

    /// Appends `s` escaped, without quotes.
    mutating func appendEscaped(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in appendEscaped(utf8) }
    }

    /// Whether any byte of `utf8` is escaped in JSON: a control character, `"`, `\` or DEL.
    /// Eight bytes at a time (`ByteLanes`), then byte by byte.
    static func needsEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = utf8.baseAddress else { return false }
        var i = 0
        while i &+ 8 <= utf8.count {
            let v = ByteLanes.load(base + i)
            if ByteLanes.jsonStringSpecial(v) || ByteLanes.equal(v, 0x7F) != 0 { return true }
            i &+= 8
        }
        while i < utf8.count {
            let b = utf8[i]
            if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F { return true }
            i &+= 1
        }
        return false
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        // Most strings need no escaping: copy them whole.
        if !Self.needsEscaping(utf8) {
            guard let start = utf8.baseAddress else { return }
            reserve(utf8.count)
            (base + count).update(from: start, count: utf8.count)
            count += utf8.count
            return
        }
        for b in utf8 {
            switch b {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0..<0x20, 0x7F:
                raw("\\u00")
                raw(Self.hex[Int(b >> 4)])
                raw(Self.hex[Int(b & 0xF)])
            default: raw(b)
            }
        }
    }
}
