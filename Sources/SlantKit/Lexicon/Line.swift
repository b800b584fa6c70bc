/// One non-blank line of a lexicon file with its 1-based position, for precise diagnostics.
///
/// Works on UTF-8 bytes sliced from the file, not on `String`s: the format's
/// structure is ASCII, and parsing the shipped lexicons is on every command's
/// start-up path. Strings are made only for the pieces the model keeps.
/// Columns count Unicode scalars.
struct Line {
    /// A piece of a line (a field, a `|` part, a `,` item) and the column of its first byte.
    struct Field {
        let bytes: ArraySlice<UInt8>
        let column: Int
        var text: String { String(decoding: bytes, as: UTF8.self) }
        var isEmpty: Bool { bytes.isEmpty }
        func hasPrefix(_ byte: UInt8) -> Bool { bytes.first == byte }
    }

    /// The content: comment removed, leading and trailing space trimmed; never empty.
    let bytes: ArraySlice<UInt8>
    let number: Int
    /// The column of the first content byte.
    let column: Int
    let path: String

    var text: String { String(decoding: bytes, as: UTF8.self) }
    var whole: Field { Field(bytes: bytes, column: column) }
    var location: SourceLocation { SourceLocation(path: path, line: number, column: column) }

    /// Whitespace-separated fields with their columns.
    func fields() -> [Field] { Line.fields(of: whole) }

    /// Whitespace-separated fields of `field`.
    static func fields(of field: Field) -> [Field] {
        var result: [Field] = []
        let bytes = field.bytes
        var start: Int?
        var col = field.column
        var startCol = col
        for index in bytes.indices {
            let b = bytes[index]
            if isSpace(b) {
                if let s = start { result.append(Field(bytes: bytes[s..<index], column: startCol)); start = nil }
            } else if start == nil {
                start = index
                startCol = col
            }
            if b & 0xC0 != 0x80 { col += 1 }
        }
        if let s = start { result.append(Field(bytes: bytes[s...], column: startCol)) }
        return result
    }

    /// The text before the last field, and the last field (the weight of an entry).
    ///
    /// Scans back from the end instead of splitting every field: entries are most of a lexicon.
    func splitLastField() -> (Field, Field)? {
        guard let lastSpace = bytes.lastIndex(where: Line.isSpace),
              let headEnd = bytes[..<lastSpace].lastIndex(where: { !Line.isSpace($0) }) else { return nil }
        let head = Field(bytes: bytes[..<(headEnd + 1)], column: column)
        return (head, Field(bytes: bytes[(lastSpace + 1)...], column: column + Line.scalars(bytes[..<(lastSpace + 1)])))
    }

    /// Fields separated by `|`, trimmed, with the column of each one's first character.
    func splitPipes() -> [Field] { Line.split(whole, on: UInt8(ascii: "|")) }

    /// Items separated by `,`, trimmed, empty items dropped.
    static func splitCommas(_ field: Field) -> [Field] {
        split(field, on: UInt8(ascii: ",")).filter { !$0.isEmpty }
    }

    private static func split(_ field: Field, on separator: UInt8) -> [Field] {
        var result: [Field] = []
        let bytes = field.bytes
        var start = bytes.startIndex
        var startCol = field.column
        var col = field.column
        for index in bytes.indices {
            let b = bytes[index]
            if b == separator {
                result.append(trim(bytes[start..<index], column: startCol))
                start = index + 1
                startCol = col + 1
            }
            if b & 0xC0 != 0x80 { col += 1 }
        }
        result.append(trim(bytes[start...], column: startCol))
        return result
    }

    private static func trim(_ bytes: ArraySlice<UInt8>, column: Int) -> Field {
        var slice = bytes
        while let first = slice.first, isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        return Field(bytes: slice, column: column + (slice.startIndex - bytes.startIndex))
    }

    /// Unicode scalars in `bytes` (bytes that are not UTF-8 continuation bytes).
    static func scalars(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
}

extension StringProtocol {
    /// Drops trailing spaces, tabs and carriage returns (bytes, not Characters: see `Line`).
    func trimmingTrailingSpace() -> String {
        var utf8 = Substring(self).utf8[...]
        while let last = utf8.last, last == 0x20 || last == 0x09 || last == 0x0D { utf8 = utf8.dropLast() }
        return String(Substring(utf8))
    }
}
