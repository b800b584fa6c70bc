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
    func fields() -> [Field] {
        var result: [Field] = []
        var start: Substring.Index?
        var col = column
        var startCol = column
        for index in text.indices {
            if text[index].isWhitespace {
                if let s = start { result.append(Field(text: String(text[s..<index]), column: startCol)); start = nil }
            } else if start == nil {
                start = index
                startCol = col
            }
            col += 1
        }
        if let s = start { result.append(Field(text: String(text[s...]), column: startCol)) }
        return result
    }

    /// The text before the last field, and the last field (the weight of an entry).
    func splitLastField() -> (Field, Field)? {
        let all = fields()
        guard all.count >= 2, let last = all.last else { return nil }
        let cut = text.index(text.startIndex, offsetBy: last.column - column)
        let head = String(text[..<cut]).trimmingTrailingSpace()
        return (Field(text: String(head), column: column), last)
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
        var result: [Field] = []
        var current = ""
        var currentStart = field.column
        var col = field.column
        for ch in field.text {
            if ch == separator {
                result.append(trim(current, column: currentStart))
                current = ""
                currentStart = col + 1
            } else {
                current.append(ch)
            }
            col += 1
        }
        result.append(trim(current, column: currentStart))
        return result
    }

    private static func trim(_ s: String, column: Int) -> Field {
        let leading = s.prefix(while: { $0.isWhitespace }).count
        return Field(text: String(s.dropFirst(leading)).trimmingTrailingSpace(), column: column + leading)
    }
}

extension StringProtocol {
    func trimmingTrailingSpace() -> String {
        var s = String(self)
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return s
    }
}
