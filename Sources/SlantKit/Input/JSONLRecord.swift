/// One `{"id", "text", "title", ...}` record read from a JSONL line.
public struct JSONLRecord: Sendable, Equatable {
    /// The record's `id`: a string, or a number's text as written; nil when the record has none.
    public var id: String?
    /// The article (`text`), JSON escapes decoded; nil when the field is absent or null.
    public var text: String?
    /// The headline (`title`), scored ahead of the text; nil when the field is absent or null.
    public var title: String?
    /// Every other field, in input order.
    public var meta = RecordMeta()
}

/// A record's line, with `text` and `title` left as UTF-8 bytes: the scoring path never builds a String for them.
struct RawRecord {
    var id: String?
    var text: [UInt8]?
    var title: [UInt8]?
    var meta = RecordMeta()
}

/// A small, strict JSON reader for JSONL article records.
///
/// Foundation's JSONDecoder is several times slower than scoring itself on
/// this path, so records are read directly from bytes. `id` may be a string or
/// a number; every field other than `id`, `text` and `title` is kept as
/// metadata and must be a string or a number.
public enum JSONLRecordReader {
    /// A line that is not one well-formed JSON object, or whose `id`, `text` or `title` has
    /// the wrong type: where reading stopped and why.
    public struct SyntaxError: Error, Equatable, CustomStringConvertible {
        /// The 1-based byte column in the line where the problem was found.
        public let column: Int
        /// What was wrong there, in lower case (`expected ',' or '}'`).
        public let message: String
        /// `column N: message`, as the error record shows it.
        public var description: String { "column \(column): \(message)" }
    }

    /// A well-formed record with a metadata field that is an object, an array, a boolean or null.
    public struct FieldTypeError: Error, Equatable, CustomStringConvertible {
        /// The offending field's key.
        public let field: String
        /// The message an error record shows for it.
        public var description: String { "field \"\(field)\" must be a string or a number" }
    }

    /// Reads one line (without its newline) as a record.
    ///
    /// Throws `SyntaxError` for malformed JSON or text after the object, and
    /// `FieldTypeError` when the only problem is a metadata field that is not a string or
    /// a number. A record without `text` is not an error here: its `text` is nil.
    public static func parse(_ line: ArraySlice<UInt8>) throws -> JSONLRecord {
        let raw = try parseRaw(line)
        return JSONLRecord(id: raw.id, text: raw.text.map { String(decoding: $0, as: UTF8.self) },
                           title: raw.title.map { String(decoding: $0, as: UTF8.self) }, meta: raw.meta)
    }

    /// The record with `text` and `title` as bytes. A syntax error anywhere in the line is
    /// reported before a metadata field of the wrong type.
    static func parseRaw(_ line: ArraySlice<UInt8>) throws -> RawRecord {
        var reader = JSONReader(bytes: line)
        var record = RawRecord()
        var wrongType: String?
        try reader.readObject { key, reader in
            switch key {
            case "id":
                if reader.peek() == UInt8(ascii: "\"") {
                    record.id = try reader.readString()
                } else {
                    record.id = try reader.readNumberText()
                }
            case "text": record.text = try reader.readBytesOrNull(reserveRest: true)
            case "title": record.title = try reader.readBytesOrNull(reserveRest: false)
            default:
                switch reader.peek() {
                case UInt8(ascii: "\""):
                    record.meta.set(key, .string(try reader.readString()))
                case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                    if wrongType == nil { wrongType = key }
                    try reader.skipValue()
                default:
                    record.meta.set(key, .number(try reader.readJSONNumber()))
                }
            }
        }
        reader.skipSpace()
        if !reader.atEnd { throw reader.error("unexpected text after the record") }
        if let wrongType { throw FieldTypeError(field: wrongType) }
        return record
    }
}

/// Cursor over JSON bytes; shared by the JSONL reader and the labels reader.
struct JSONReader {
    let bytes: ArraySlice<UInt8>
    var i: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.i = bytes.startIndex
    }

    var atEnd: Bool { i >= bytes.endIndex }

    func error(_ message: String) -> JSONLRecordReader.SyntaxError {
        JSONLRecordReader.SyntaxError(column: i - bytes.startIndex + 1, message: message)
    }

    mutating func skipSpace() {
        while i < bytes.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
    }

    mutating func peek() -> UInt8? {
        skipSpace()
        return atEnd ? nil : bytes[i]
    }

    /// Consumes `c` (an ASCII scalar, so no `Character` is built per call) or throws.
    mutating func expect(_ c: Unicode.Scalar) throws {
        guard peek() == UInt8(ascii: c) else {
            throw error(atEnd ? "unexpected end of line, expected '\(c)'" : "expected '\(c)'")
        }
        i += 1
    }

    mutating func readObject(_ field: (String, inout JSONReader) throws -> Void) throws {
        try expect("{")
        if peek() == UInt8(ascii: "}") { i += 1; return }
        while true {
            guard peek() == UInt8(ascii: "\"") else { throw error("expected a field name in double quotes") }
            let key = try readString()
            try expect(":")
            try field(key, &self)
            guard let next = peek() else { throw error("unexpected end of line inside an object") }
            i += 1
            if next == UInt8(ascii: "}") { return }
            if next != UInt8(ascii: ",") { i -= 1; throw error("expected ',' or '}'") }
        }
    }

    mutating func readBytesOrNull(reserveRest: Bool) throws -> [UInt8]? {
        switch peek() {
        case nil: throw error("unexpected end of line, expected a value")
        case UInt8(ascii: "n"): try readLiteral("null"); return nil
        case UInt8(ascii: "\""): return try readStringBytes(reserveRest: reserveRest)
        default: throw error("expected a string or null")
        }
    }

    mutating func readString() throws -> String { String(decoding: try readStringBytes(reserveRest: false), as: UTF8.self) }

    /// A JSON string's unescaped UTF-8 bytes; runs without escapes are copied in one go.
    /// `reserveRest` is for the article text, which is most of its line: room for the rest
    /// of the line saves its regrowths (for a short field it would be a line-sized allocation).
    mutating func readStringBytes(reserveRest: Bool) throws -> [UInt8] {
        try expect("\"")
        var out: [UInt8] = []
        if reserveRest { out.reserveCapacity(bytes.endIndex - i) }
        while true {
            let run = plainRunEnd(from: i)
            if run > i {
                out.append(contentsOf: bytes[i..<run])
                i = run
            }
            guard i < bytes.endIndex else { throw error("unterminated string") }
            let b = bytes[i]
            i += 1
            switch b {
            case UInt8(ascii: "\""):
                return out
            case UInt8(ascii: "\\"):
                try readEscape(into: &out)
            default:  // a control character: the only other byte that ends a run
                i -= 1
                throw error("control character in string (must be escaped)")
            }
        }
    }

    /// The end of the run of bytes from `start` that need no unescaping.
    ///
    /// Eight bytes at a time while none of them is `"`, `\` or a control character
    /// (`ByteLanes`), then byte by byte: article text is mostly such runs.
    private func plainRunEnd(from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            let offset = start - bytes.startIndex
            var j = offset
            if let base = buffer.baseAddress {
                while j + 8 <= buffer.count && !ByteLanes.jsonStringSpecial(ByteLanes.load(base + j)) { j += 8 }
            }
            while j < buffer.count {
                let c = buffer[j]
                if c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") || c < 0x20 { break }
                j += 1
            }
            return bytes.startIndex + j
        }
    }

    private mutating func readEscape(into out: inout [UInt8]) throws {
        guard i < bytes.endIndex else { throw error("unterminated escape") }
        let e = bytes[i]
        i += 1
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try readHex4()
            if (0xD800...0xDBFF).contains(scalar) {
                // A high surrogate must be followed by an escaped low surrogate.
                if i + 1 < bytes.endIndex, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                    i += 2
                    let low = try readHex4()
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        Self.appendUTF8(0xFFFD, to: &out)
                        scalar = (0xD800...0xDFFF).contains(low) ? 0xFFFD : low
                    }
                } else {
                    scalar = 0xFFFD
                }
            } else if (0xDC00...0xDFFF).contains(scalar) {
                scalar = 0xFFFD
            }
            Self.appendUTF8(scalar, to: &out)
        default:
            i -= 2  // point at the backslash
            throw error("invalid escape '\\\(Character(Unicode.Scalar(e)))'")
        }
    }

    /// Encodes a scalar value (not a surrogate) as UTF-8.
    private static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | v >> 6))
            out.append(UInt8(0x80 | v & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | v >> 12))
            out.append(UInt8(0x80 | v >> 6 & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        default:
            out.append(UInt8(0xF0 | v >> 18))
            out.append(UInt8(0x80 | v >> 12 & 0x3F))
            out.append(UInt8(0x80 | v >> 6 & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        }
    }

    private mutating func readHex4() throws -> UInt32 {
        guard i + 4 <= bytes.endIndex else { throw error("invalid \\u escape") }
        var v: UInt32 = 0
        for c in bytes[i..<(i + 4)] {
            let digit: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c - UInt8(ascii: "A") + 10
            default: throw error("invalid \\u escape")
            }
            v = v << 4 | UInt32(digit)
        }
        i += 4
        return v
    }

    mutating func readLiteral(_ word: String) throws {
        skipSpace()
        for b in word.utf8 {
            guard i < bytes.endIndex, bytes[i] == b else { throw error("invalid literal") }
            i += 1
        }
    }

    mutating func readNumberText() throws -> String {
        skipSpace()
        let start = i
        while i < bytes.endIndex, let c = Optional(bytes[i]), (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2B || c == 0x2E || c == 0x65 || c == 0x45 {
            i += 1
        }
        guard i > start else { throw error("expected a value") }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    /// A number exactly as the JSON grammar has it (`-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`), as text.
    /// Stricter than `readNumberText`: metadata numbers are copied into JSON output as they are.
    mutating func readJSONNumber() throws -> String {
        skipSpace()
        let start = i
        func digits() -> Int {
            let from = i
            while i < bytes.endIndex, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
            return i - from
        }
        func next(_ c: Unicode.Scalar) -> Bool {
            guard i < bytes.endIndex, bytes[i] == UInt8(ascii: c) else { return false }
            i += 1
            return true
        }
        _ = next("-")
        if next("0") {
            // a leading zero stands alone
        } else if digits() == 0 {
            if i == start { throw error(atEnd ? "unexpected end of line, expected a value" : "expected a string or a number") }
            throw error("invalid number")
        }
        if next("."), digits() == 0 { throw error("invalid number") }
        if next("e") || next("E") {
            _ = next("+") || next("-")
            if digits() == 0 { throw error("invalid number") }
        }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    mutating func skipValue() throws {
        switch peek() {
        case UInt8(ascii: "\""): _ = try readString()
        case UInt8(ascii: "{"): try readObject { _, reader in try reader.skipValue() }
        case UInt8(ascii: "["):
            i += 1
            if peek() == UInt8(ascii: "]") { i += 1; return }
            while true {
                try skipValue()
                guard let next = peek() else { throw error("unexpected end of line inside an array") }
                i += 1
                if next == UInt8(ascii: "]") { return }
                if next != UInt8(ascii: ",") { i -= 1; throw error("expected ',' or ']'") }
            }
        case UInt8(ascii: "t"): try readLiteral("true")
        case UInt8(ascii: "f"): try readLiteral("false")
        case UInt8(ascii: "n"): try readLiteral("null")
        case nil: throw error("unexpected end of line, expected a value")
        default: _ = try readNumberText()
        }
    }
}
