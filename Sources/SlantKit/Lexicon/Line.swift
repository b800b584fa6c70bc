/// One non-blank line of a lexicon file with its 1-based position, for precise diagnostics.
struct Line {
    struct Field {
        let text: String
        let column: Int
    }

    let text: Substring
    let number: Int
    let column: Int
    let path: String

    init(text: Substring, number: Int, column: Int, path: String) {
        self.text = text
        self.number = number
        self.column = column
        self.path = path
    }

    init(text: String, number: Int, column: Int, path: String) {
        self.init(text: Substring(text), number: number, column: column, path: path)
    }

    var location: SourceLocation { SourceLocation(path: path, line: number, column: column) }

    /// Whitespace-separated fields with their columns.
    ///
    /// Works on UTF-8 bytes: the format's structure is ASCII, and per-Character
    /// (grapheme) iteration made loading the lexicons the slowest part of start-up.
    /// Columns count Unicode scalars.
    func fields() -> [Field] {
        var result: [Field] = []
        let utf8 = text.utf8
        var start: Substring.Index?
        var col = column
        var startCol = column
        for index in utf8.indices {
            let b = utf8[index]
            if b == 0x20 || b == 0x09 || b == 0x0D {
                if let s = start { result.append(Field(text: String(text[s..<index]), column: startCol)); start = nil }
            } else if start == nil {
                start = index
                startCol = col
            }
            if b & 0xC0 != 0x80 { col += 1 }
        }
        if let s = start { result.append(Field(text: String(text[s...]), column: startCol)) }
        return result
    }

    /// The text before the last field, and the last field (the weight of an entry).
    ///
    /// Scans back from the end instead of splitting every field: entries are most of
    /// a lexicon, and this is on the start-up path.
    func splitLastField() -> (Field, Field)? {
        let utf8 = text.utf8
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }
        guard let lastSpace = utf8.lastIndex(where: isSpace),
              let headEnd = utf8[..<lastSpace].lastIndex(where: { !isSpace($0) }) else { return nil }
        let lastStart = utf8.index(after: lastSpace)
        let scalarsBefore = utf8[..<lastStart].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        let head = Field(text: String(Substring(utf8[..<utf8.index(after: headEnd)])), column: column)
        return (head, Field(text: String(Substring(utf8[lastStart...])), column: column + scalarsBefore))
    }

    /// Fields separated by `|`, trimmed, with the column of each one's first character.
    func splitPipes() -> [Field] {
        Line.split(Field(text: String(text), column: column), on: "|")
    }

    /// Items separated by `,`, trimmed, empty items dropped.
    static func splitCommas(_ field: Field) -> [Field] {
        split(field, on: ",").filter { !$0.text.isEmpty }
    }

    private static func split(_ field: Field, on separator: Character) -> [Field] {
        let sep = separator.asciiValue!
        var result: [Field] = []
        let utf8 = field.text.utf8
        var start = utf8.startIndex
        var startCol = field.column
        var col = field.column
        for index in utf8.indices {
            let b = utf8[index]
            if b == sep {
                result.append(trim(String(Substring(utf8[start..<index])), column: startCol))
                start = utf8.index(after: index)
                startCol = col + 1
            }
            if b & 0xC0 != 0x80 { col += 1 }
        }
        result.append(trim(String(Substring(utf8[start...])), column: startCol))
        return result
    }

    private static func trim(_ s: String, column: Int) -> Field {
        let leading = s.utf8.prefix(while: { $0 == 0x20 || $0 == 0x09 }).count
        return Field(text: String(Substring(s.utf8.dropFirst(leading))).trimmingTrailingSpace(), column: column + leading)
    }
}

extension StringProtocol {
    /// Drops trailing spaces, tabs and carriage returns (bytes, not Characters: see `Line.fields`).
    func trimmingTrailingSpace() -> String {
        var utf8 = Substring(self).utf8[...]
        while let last = utf8.last, last == 0x20 || last == 0x09 || last == 0x0D { utf8 = utf8.dropLast() }
        return String(Substring(utf8))
    }
}
