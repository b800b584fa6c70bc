/// Reads the YAML that dictionaries are written in, and refuses the rest by name.
///
/// Read: block mappings (`key: value`, `key:` and an indented block, plain or quoted keys),
/// block sequences (`- item`, also at the key's own indentation), flow sequences
/// (`[a, "b c"]`, which may continue over lines), plain, `'single'` and `"double"` quoted
/// scalars (escapes `\\ \" \/ \t \n \r \xXX \uXXXX`), `#` comments and one leading `---`.
/// Everything is text: `yes` and `2020` are the words "yes" and "2020". A quoted scalar's
/// location is its first character inside the quotes, so columns within it are exact unless
/// an escape comes before.
/// Refused with `path:line:column` (1-based, the offending character): tabs outside quotes,
/// anchors, aliases, tags, block (`|`, `>`) and multi-line scalars, flow mappings, complex
/// keys, directives, a second document, duplicate keys. Stops at the first problem: in an
/// indentation language, later errors are mostly echoes of the first.
struct YAMLSubset {
    /// A line that holds something, and how far it is indented.
    private struct Row {
        let line: TextLine
        let indent: Int
        var start: Int { line.bytes.startIndex + indent }
        var end: Int { line.bytes.endIndex }
        subscript(_ k: Int) -> UInt8 { line.bytes[k] }
    }

    /// The characters that end a plain scalar inside `[...]`.
    private static let flowIndicators = Set("[]{},".utf8)
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), hash = UInt8(ascii: "#"), colon = UInt8(ascii: ":"), dash = UInt8(ascii: "-")

    private var rows: [Row] = []
    private var r = 0

    static func parse(_ bytes: [UInt8], path: String) throws -> YAMLNode {
        var reader = YAMLSubset()
        for line in TextLine.split(bytes, path: path) where !line.isBlank {
            let b = line.bytes
            let first = b.firstIndex { $0 != space } ?? b.endIndex
            if b[first] == tab { throw YAMLError(location: line.location(first), problem: .tab) }
            if b[first] != hash { reader.rows.append(Row(line: line, indent: first - b.startIndex)) }
        }
        return try reader.document(path: path)
    }

    private mutating func document(path: String) throws -> YAMLNode {
        guard let first = rows.first else { throw YAMLError(location: SourceLocation(path: path, line: 1, column: 1), problem: .notAMapping) }
        if first[first.start] == UInt8(ascii: "%") { throw YAMLError(location: at(first, first.start), problem: .directive) }
        if isMarker(first, "---") {
            try expectEnd(first, first.start + 3)
            r = 1
        }
        guard r < rows.count else { throw YAMLError(location: at(first, first.start), problem: .notAMapping) }
        let node = try block(indent: rows[r].indent)
        if r < rows.count {
            let row = rows[r]
            throw YAMLError(location: at(row, row.start), problem: isMarker(row, "---") || isMarker(row, "...") ? .multipleDocuments : .badIndentation)
        }
        guard case .mapping = node else { throw YAMLError(location: node.location, problem: .notAMapping) }
        return node
    }

    private mutating func block(indent n: Int) throws -> YAMLNode {
        isDash(rows[r], rows[r].start) ? try sequence(indent: n) : try mapping(indent: n)
    }

    private mutating func sequence(indent n: Int) throws -> YAMLNode {
        let location = at(rows[r], rows[r].start)
        var items: [YAMLNode] = []
        while r < rows.count, rows[r].indent >= n {
            let row = rows[r]
            guard row.indent == n else { throw YAMLError(location: at(row, row.start), problem: .badIndentation) }
            guard isDash(row, row.start) else { break }
            let k = try skipSpaces(row, row.start + 1)
            if atEnd(row, k) {
                r += 1
                items.append(r < rows.count && rows[r].indent > n ? try block(indent: rows[r].indent) : .null(at(row, row.start)))
                continue
            }
            if isDash(row, k) { throw YAMLError(location: at(row, k), problem: .nestedSequence) }
            items.append(try inlineValue(row, k, parentIndent: n, inSequence: true))
        }
        return .sequence(items, location)
    }

    private mutating func mapping(indent n: Int) throws -> YAMLNode {
        let location = at(rows[r], rows[r].start)
        var pairs: [YAMLPair] = []
        var seen: [String: SourceLocation] = [:]
        while r < rows.count, rows[r].indent >= n, !isMarker(rows[r], "---"), !isMarker(rows[r], "...") {
            let row = rows[r]
            guard row.indent == n else { throw YAMLError(location: at(row, row.start), problem: .badIndentation) }
            if isDash(row, row.start) { throw YAMLError(location: at(row, row.start), problem: .expectedKey) }
            let (key, keyEnd) = try self.key(row)
            let keyLocation = at(row, row.start)
            if let first = seen[key] { throw YAMLError(location: keyLocation, problem: .duplicateKey(key, first: first)) }
            seen[key] = keyLocation
            let k = try skipSpaces(row, keyEnd + 1)
            let value: YAMLNode
            if atEnd(row, k) {
                r += 1
                if r < rows.count, rows[r].indent > n {
                    value = try block(indent: rows[r].indent)
                } else if r < rows.count, rows[r].indent == n, isDash(rows[r], rows[r].start) {
                    value = try sequence(indent: n)
                } else {
                    value = .null(keyLocation)
                }
            } else {
                value = try inlineValue(row, k, parentIndent: n, inSequence: false)
            }
            pairs.append(YAMLPair(key: key, location: keyLocation, value: value))
        }
        return .mapping(pairs, location)
    }

    /// The key at the start of `row` and the index of the `:` after it.
    private func key(_ row: Row) throws -> (String, Int) {
        let k = row.start
        if row[k] == UInt8(ascii: "[") { throw YAMLError(location: at(row, k), problem: .complexKey) }
        try refuseIndicator(row, k)
        if row[k] == UInt8(ascii: "\"") || row[k] == UInt8(ascii: "'") {
            let (text, end) = try quoted(row, k)
            guard end < row.end, row[end] == Self.colon, end + 1 == row.end || row[end + 1] == Self.space || row[end + 1] == Self.tab else {
                throw YAMLError(location: at(row, min(end, row.end)), problem: .expectedKey)
            }
            return (text, end)
        }
        var j = k
        while j < row.end {
            let b = row[j]
            if b == Self.tab { throw YAMLError(location: at(row, j), problem: .tab) }
            if b == Self.hash && row[j - 1] == Self.space { break }
            if b == Self.colon && (j + 1 == row.end || row[j + 1] == Self.space || row[j + 1] == Self.tab) {
                let key = TextLine.trim(row.line.bytes[k..<j])
                if key.isEmpty { break }
                return (key.string, j)
            }
            j += 1
        }
        throw YAMLError(location: at(row, k), problem: .expectedKey)
    }

    /// A value on the rest of a line: a quoted or plain scalar, or a flow sequence. Moves past it.
    private mutating func inlineValue(_ row: Row, _ k: Int, parentIndent n: Int, inSequence: Bool) throws -> YAMLNode {
        let node: YAMLNode
        if row[k] == UInt8(ascii: "[") {
            node = try flowSequence(row, k, parentIndent: n)
            if r < rows.count, rows[r].indent > n { throw YAMLError(location: at(rows[r], rows[r].start), problem: .badIndentation) }
            return node
        }
        try refuseIndicator(row, k)
        if row[k] == UInt8(ascii: "\"") || row[k] == UInt8(ascii: "'") {
            let (text, end) = try quoted(row, k)
            try expectEnd(row, end)
            node = .scalar(text, at(row, k + 1))
        } else {
            var j = k
            while j < row.end, !(row[j] == Self.hash && row[j - 1] == Self.space) {
                if row[j] == Self.tab { throw YAMLError(location: at(row, j), problem: .tab) }
                if row[j] == Self.colon && (j + 1 == row.end || row[j + 1] == Self.space) {
                    throw YAMLError(location: at(row, j), problem: inSequence ? .mappingInSequence : .colonInPlainScalar)
                }
                j += 1
            }
            node = .scalar(TextLine.trim(row.line.bytes[k..<j]).string, at(row, k))
        }
        r += 1
        if r < rows.count, rows[r].indent > n { throw YAMLError(location: at(rows[r], rows[r].start), problem: .multiLineScalar) }
        return node
    }

    /// `[a, "b c", d]`, possibly over lines indented deeper than its key; moves to the row after the one with `]`.
    private mutating func flowSequence(_ first: Row, _ open: Int, parentIndent n: Int) throws -> YAMLNode {
        var index = r, row = first, j = open + 1
        var items: [YAMLNode] = []
        var expectingItem = true, crossedLine = false
        while true {
            j = try skipSpaces(row, j)
            if atEnd(row, j) {
                index += 1
                guard index < rows.count, rows[index].indent > n else { throw YAMLError(location: at(first, open), problem: .unclosedFlowSequence) }
                row = rows[index]
                j = row.start
                crossedLine = true
                continue
            }
            let c = row[j]
            if c == UInt8(ascii: "]") { break }
            guard expectingItem else {
                guard c == UInt8(ascii: ",") else { throw YAMLError(location: at(row, j), problem: crossedLine ? .multiLineScalar : .trailingCharacters) }
                j += 1
                expectingItem = true
                continue
            }
            if c == UInt8(ascii: ",") { throw YAMLError(location: at(row, j), problem: .emptyFlowItem) }
            if c == UInt8(ascii: "[") { throw YAMLError(location: at(row, j), problem: .nestedSequence) }
            try refuseIndicator(row, j)
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                let (text, end) = try quoted(row, j)
                items.append(.scalar(text, at(row, j + 1)))
                j = end
            } else {
                let start = j
                while j < row.end, !Self.flowIndicators.contains(row[j]), !(row[j] == Self.hash && row[j - 1] == Self.space) {
                    if row[j] == Self.tab { throw YAMLError(location: at(row, j), problem: .tab) }
                    if row[j] == Self.colon && (j + 1 == row.end || row[j + 1] == Self.space) {
                        throw YAMLError(location: at(row, j), problem: .colonInPlainScalar)
                    }
                    j += 1
                }
                items.append(.scalar(TextLine.trim(row.line.bytes[start..<j]).string, at(row, start)))
            }
            expectingItem = false
            crossedLine = false
        }
        try expectEnd(row, j + 1)
        r = index + 1
        return .sequence(items, at(first, open))
    }

    /// A quoted scalar starting at `k` (which holds the quote): its text and the index after the closing quote.
    private func quoted(_ row: Row, _ k: Int) throws -> (String, Int) {
        let quote = row[k]
        var out: [UInt8] = []
        var j = k + 1
        while j < row.end {
            let b = row[j]
            if quote == UInt8(ascii: "'") {
                if b == quote {
                    if j + 1 < row.end && row[j + 1] == quote { out.append(quote); j += 2; continue }
                    return (String(decoding: out, as: UTF8.self), j + 1)
                }
            } else if b == quote {
                return (String(decoding: out, as: UTF8.self), j + 1)
            } else if b == UInt8(ascii: "\\") {
                let (bytes, length) = try escape(row, j)
                out += bytes
                j += length
                continue
            }
            out.append(b)
            j += 1
        }
        throw YAMLError(location: at(row, k), problem: .unclosedQuote)
    }

    /// The bytes of the escape at `k` (a backslash) in a double-quoted scalar, and its length.
    private func escape(_ row: Row, _ k: Int) throws -> ([UInt8], Int) {
        let simple: [UInt8: UInt8] = [0x5C: 0x5C, 0x22: 0x22, 0x2F: 0x2F, 0x74: 0x09, 0x6E: 0x0A, 0x72: 0x0D]
        let next = k + 1 < row.end ? row[k + 1] : 0
        if let byte = simple[next] { return ([byte], 2) }
        let digits = next == UInt8(ascii: "u") ? 4 : next == UInt8(ascii: "x") ? 2 : 0
        let hex = row.line.bytes[min(k + 2, row.end)..<min(k + 2 + digits, row.end)]
        guard digits > 0, hex.count == digits, let value = UInt32(hex.string, radix: 16), let scalar = Unicode.Scalar(value) else {
            let shown = row.line.bytes[k..<min(k + 2 + digits, row.end)].string
            throw YAMLError(location: at(row, k), problem: .badEscape(shown))
        }
        return (Array(String(Character(scalar)).utf8), 2 + digits)
    }

    /// Fails on a character that starts YAML this reader does not read.
    private func refuseIndicator(_ row: Row, _ k: Int) throws {
        let problem: YAMLProblem?
        switch row[k] {
        case UInt8(ascii: "&"): problem = .anchor
        case UInt8(ascii: "*"): problem = .alias
        case UInt8(ascii: "!"): problem = .tag
        case UInt8(ascii: "|"), UInt8(ascii: ">"): problem = .blockScalar
        case UInt8(ascii: "{"): problem = .flowMapping
        case UInt8(ascii: "@"), UInt8(ascii: "`"): problem = .reservedIndicator(String(UnicodeScalar(row[k])))
        case UInt8(ascii: "?") where k + 1 == row.end || row[k + 1] == Self.space: problem = .complexKey
        default: problem = nil
        }
        if let problem { throw YAMLError(location: at(row, k), problem: problem) }
    }

    private func skipSpaces(_ row: Row, _ k: Int) throws -> Int {
        var j = k
        while j < row.end && (row[j] == Self.space || row[j] == Self.tab) {
            if row[j] == Self.tab { throw YAMLError(location: at(row, j), problem: .tab) }
            j += 1
        }
        return j
    }

    /// Nothing but spaces and a comment from `k` on.
    private func expectEnd(_ row: Row, _ k: Int) throws {
        let j = try skipSpaces(row, k)
        if !atEnd(row, j) { throw YAMLError(location: at(row, j), problem: .trailingCharacters) }
    }

    private func atEnd(_ row: Row, _ k: Int) -> Bool { k >= row.end || row[k] == Self.hash }

    private func isDash(_ row: Row, _ k: Int) -> Bool {
        row[k] == Self.dash && (k + 1 == row.end || row[k + 1] == Self.space || row[k + 1] == Self.tab)
    }

    private func isMarker(_ row: Row, _ marker: String) -> Bool {
        row.indent == 0 && row.line.bytes[row.start...].starts(with: marker.utf8)
            && (row.start + 3 == row.end || row[row.start + 3] == Self.space)
    }

    private func at(_ row: Row, _ k: Int) -> SourceLocation { row.line.location(k) }
}
