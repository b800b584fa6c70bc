/// Everything one lexicon file declares, before files are merged.
struct ParsedLexiconFile {
    var path: String
    var axisHeader: (id: String, title: String, location: SourceLocation)?
    var poles: [Pole] = []
    var entries: [Entry] = []
    var contextRules: [ContextRule] = []
    var lists: [WordList] = []
    var parameters: [Parameter] = []
}

/// Parses one `.lex` file. Collects every problem rather than stopping at the first.
struct LexiconParser {
    static let formatVersion = 1

    private enum Section {
        case none
        case pole(PoleSide, target: Bool)
        case context
        case list(index: Int)
        case parameters
    }

    private var file: ParsedLexiconFile
    private var diagnostics: [Diagnostic] = []
    private var section = Section.none
    private var sawVersion = false

    static func parse(_ text: String, path: String) -> (ParsedLexiconFile, [Diagnostic]) {
        var parser = LexiconParser(file: ParsedLexiconFile(path: path))
        let bytes = Array(text.utf8)
        var start = 0
        var number = 1
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            parser.parseLine(bytes[start..<end], number: number)
            start = end + 1
            number += 1
        }
        if !parser.sawVersion {
            parser.fail(at: 1, 1, "missing version line 'slant-lexicon \(formatVersion)'")
        }
        return (parser.file, parser.diagnostics)
    }

    /// Parses a term that may name word classes (`{admin} caved`, for `slant kwic`) into pieces.
    static func parsePattern(_ text: String) throws -> [TermPiece] {
        var parser = LexiconParser(file: ParsedLexiconFile(path: "term"))
        let bytes = Array(text.utf8)
        let line = Line(bytes: bytes[...], number: 1, column: 1, path: "term")
        if let pieces = parser.parsePattern(line.whole, line: line) { return pieces }
        throw parser.diagnostics.first!
    }

    /// Parses a single term in lexicon syntax (for `slant kwic`); throws the problem as a diagnostic.
    static func parseTerm(_ text: String) throws -> Term {
        var parser = LexiconParser(file: ParsedLexiconFile(path: "term"))
        if let term = parser.parseTerm(Array(text.utf8)[...], at: SourceLocation(path: "term", line: 1, column: 1)) { return term }
        throw parser.diagnostics.first!
    }

    private mutating func parseLine(_ raw: ArraySlice<UInt8>, number: Int) {
        let content = Self.stripComment(raw)
        guard let first = content.firstIndex(where: { !Line.isSpace($0) }) else { return }
        let last = content.lastIndex(where: { !Line.isSpace($0) })!
        let line = Line(bytes: content[first...last], number: number, column: Line.scalars(raw[..<first]) + 1, path: file.path)
        if !sawVersion {
            parseVersion(line)
            return
        }
        if line.bytes.first == UInt8(ascii: "[") {
            parseSectionHeader(line)
            return
        }
        switch section {
        case .none: parseHeaderDirective(line)
        case .pole(let side, let target): parseEntry(line, side: side, target: target)
        case .context: parseContextRule(line)
        case .list(let index): parseListItem(line, list: index)
        case .parameters: parseParameter(line)
        }
    }

    private mutating func parseVersion(_ line: Line) {
        sawVersion = true
        let fields = line.fields()
        guard fields.count == 2, fields[0].text == "slant-lexicon" else {
            fail(line, "expected version line 'slant-lexicon \(Self.formatVersion)' before anything else")
            return
        }
        guard Int(fields[1].text) == Self.formatVersion else {
            fail(at: line.number, fields[1].column, "unsupported format version '\(fields[1].text)' (this slant reads \(Self.formatVersion))")
            return
        }
    }

    private mutating func parseSectionHeader(_ line: Line) {
        let text = line.text
        guard text.hasSuffix("]") else {
            fail(line, "section header must end with ']'")
            return
        }
        let inner = text.dropFirst().dropLast().split(separator: " ", omittingEmptySubsequences: true)
        switch (inner.first.map(String.init), inner.count) {
        case ("pole", 2), ("target", 2):
            let name = String(inner[1])
            guard let pole = file.poles.first(where: { $0.name == name }) else {
                fail(line, "unknown pole '\(name)'; declare it first with 'pole - \(name) \"...\"' or 'pole + \(name) \"...\"'")
                section = .none
                return
            }
            section = .pole(pole.side, target: inner[0] == "target")
        case ("context", 1):
            if file.axisHeader == nil { fail(line, "[context] needs an 'axis' line earlier in this file") }
            section = .context
        case ("list", 2):
            let name = String(inner[1])
            guard isIdentifier(name) else { fail(line, "list name '\(name)' must be lower-case letters, digits and '_'"); return }
            file.lists.append(WordList(name: name, terms: [], location: line.location))
            section = .list(index: file.lists.count - 1)
        case ("parameters", 1):
            section = .parameters
        default:
            fail(line, "unknown section '\(text)'; expected [pole NAME], [target NAME], [context], [list NAME] or [parameters]")
        }
    }

    private mutating func parseHeaderDirective(_ line: Line) {
        let fields = line.fields()
        switch fields.first?.text {
        case "axis":
            guard file.axisHeader == nil else { fail(line, "only one 'axis' per file"); return }
            guard fields.count >= 2, isIdentifier(fields[1].text) else {
                fail(line, "expected 'axis ID \"Title\"' with an id of lower-case letters, digits and '_'")
                return
            }
            let title = quotedText(line) ?? fields[1].text
            file.axisHeader = (fields[1].text, title, line.location)
        case "pole":
            guard file.axisHeader != nil else { fail(line, "'pole' needs an 'axis' line before it"); return }
            guard fields.count >= 3, fields[1].text == "-" || fields[1].text == "+", isIdentifier(fields[2].text) else {
                fail(line, "expected 'pole - NAME \"summary\"' or 'pole + NAME \"summary\"'")
                return
            }
            let side: PoleSide = fields[1].text == "-" ? .negative : .positive
            if file.poles.contains(where: { $0.side == side }) {
                fail(at: line.number, fields[1].column, "pole '\(fields[1].text)' declared twice")
                return
            }
            if file.poles.contains(where: { $0.name == fields[2].text }) {
                fail(at: line.number, fields[2].column, "both poles are named '\(fields[2].text)'")
                return
            }
            file.poles.append(Pole(name: fields[2].text, side: side, summary: quotedText(line) ?? ""))
        default:
            fail(line, "expected 'axis', 'pole' or a [section] header, found '\(fields.first?.text ?? "")'")
        }
    }

    private mutating func parseEntry(_ line: Line, side: PoleSide, target: Bool) {
        guard let (termPart, weightField) = line.splitLastField() else {
            fail(line, "expected 'TERM WEIGHT' (the weight is the last field)")
            return
        }
        guard let weight = parseWeight(weightField, line: line) else { return }
        let at = SourceLocation(path: file.path, line: line.number, column: termPart.column)
        var pattern: [TermPiece]?
        let term: Term
        if WordClasses.mentionsClass(termPart.bytes) {
            guard let pieces = parsePattern(termPart, line: line) else { return }
            pattern = pieces
            // Shown as written; the class names stand in as words so that lint can compare terms.
            term = Term(text: termPart.text, words: pieces.flatMap { piece -> [TermWord] in
                switch piece {
                case .words(let words): return words
                case .wordClass(let name, _): return [TermWord(bytes: Array("{\(name)}".utf8), isPrefix: false)]
                }
            })
        } else {
            guard let plain = parseTerm(termPart.bytes, at: at) else { return }
            term = plain
        }
        file.entries.append(Entry(id: EntryID(location: line.location), term: term, side: side, weight: weight,
                                  weightLocation: SourceLocation(path: file.path, line: line.number, column: weightField.column),
                                  weightText: weightField.text, isTarget: target, pattern: pattern, variants: [term]))
    }

    /// `{admin} caved`, `{admin}'s capitulation`: literal runs and `{name}` class references.
    private mutating func parsePattern(_ field: Line.Field, line: Line) -> [TermPiece]? {
        var pieces: [TermPiece] = []
        var literal: [Line.Field] = []
        func flush(_ parser: inout LexiconParser) -> Bool {
            guard let first = literal.first, let last = literal.last else { return true }
            let start = first.bytes.startIndex, end = last.bytes.endIndex
            let bytes = field.bytes[start..<end]
            literal = []
            guard let term = parser.parseTerm(bytes, at: SourceLocation(path: parser.file.path, line: line.number, column: first.column)) else { return false }
            pieces.append(.words(term.words))
            return true
        }
        for word in Line.fields(of: field) {
            guard word.hasPrefix(UInt8(ascii: "{")) else { literal.append(word); continue }
            guard flush(&self) else { return nil }
            let text = word.text
            let at = SourceLocation(path: file.path, line: line.number, column: word.column)
            guard let close = text.firstIndex(of: "}"), isIdentifier(String(text[text.index(after: text.startIndex)..<close])) else {
                fail(at: line.number, word.column, "a word class is written '{name}' with a list name of lower-case letters, digits and '_', found '\(text)'")
                return nil
            }
            pieces.append(.wordClass(name: String(text[text.index(after: text.startIndex)..<close]), location: at))
            let rest = text[text.index(after: close)...]
            if rest == "'s" {
                pieces.append(.words([TermWord(bytes: Array("'s".utf8), isPrefix: false)]))
            } else if !rest.isEmpty {
                fail(at: line.number, word.column, "only 's may follow a word class directly, found '\(text)'")
                return nil
            }
        }
        guard flush(&self) else { return nil }
        return pieces
    }

    private mutating func parseContextRule(_ line: Line) {
        let parts = line.splitPipes()
        guard parts.count == 4 else {
            fail(line, "expected 'TERM | TRIGGER, TRIGGER ... | WITHIN | POLE WEIGHT' (4 fields separated by '|', found \(parts.count))")
            return
        }
        guard let term = parseTerm(parts[0].bytes, at: location(parts[0], line)) else { return }
        var triggers: [Trigger] = []
        for item in Line.splitCommas(parts[1]) {
            if item.hasPrefix(UInt8(ascii: "@")) {
                triggers.append(.list(name: String(item.text.dropFirst()), location: location(item, line)))
            } else if let trigger = parseTerm(item.bytes, at: location(item, line)) {
                triggers.append(.term(trigger))
            }
        }
        if triggers.isEmpty { fail(at: line.number, parts[1].column, "a context rule needs at least one trigger") }
        guard let window = Int(parts[2].text), (1...Limits.maxContextWindow).contains(window) else {
            fail(at: line.number, parts[2].column, "window must be a whole number of tokens from 1 to \(Limits.maxContextWindow), found '\(parts[2].text)'")
            return
        }
        let poleFields = Line.fields(of: parts[3])
        guard poleFields.count == 2 else {
            fail(at: line.number, parts[3].column, "expected 'POLE WEIGHT' in the last field")
            return
        }
        guard let pole = file.poles.first(where: { $0.name == poleFields[0].text }) else {
            fail(at: line.number, poleFields[0].column, "unknown pole '\(poleFields[0].text)' (this axis has \(file.poles.map { "'\($0.name)'" }.joined(separator: " and ")))")
            return
        }
        guard let weight = parseWeight(poleFields[1], line: line), triggers.count > 0 else { return }
        file.contextRules.append(ContextRule(id: EntryID(location: line.location), term: term, triggers: triggers, window: window,
                                             side: pole.side, weight: weight,
                                             weightLocation: SourceLocation(path: file.path, line: line.number, column: poleFields[1].column),
                                             weightText: poleFields[1].text))
    }

    private mutating func parseListItem(_ line: Line, list index: Int) {
        guard let term = parseTerm(line.bytes, at: line.location) else { return }
        file.lists[index].terms.append((term, line.location))
    }

    private mutating func parseParameter(_ line: Line) {
        let fields = line.fields()
        guard fields.count == 2 else { fail(line, "expected 'NAME VALUE'"); return }
        guard let value = Self.number(fields[1]), value.isFinite else {
            fail(at: line.number, fields[1].column, "'\(fields[1].text)' is not a number")
            return
        }
        file.parameters.append(Parameter(name: fields[0].text, value: value, location: line.location))
    }

    private mutating func parseWeight(_ field: Line.Field, line: Line) -> Double? {
        guard let weight = Self.number(field), weight.isFinite else {
            fail(at: line.number, field.column, "weight '\(field.text)' is not a number")
            return nil
        }
        guard weight > 0, weight <= Limits.maxWeight else {
            fail(at: line.number, field.column, "weight \(field.text) is out of range; weights are > 0 and at most \(Limits.maxWeight) (the pole gives the direction)")
            return nil
        }
        return weight
    }

    /// The field as a number, or nil.
    private static func number(_ field: Line.Field) -> Double? {
        plainDecimal(field.bytes) ?? Double(field.text)
    }

    /// A plain decimal (`2`, `1.25`) of at most 15 digits, or nil for anything else.
    ///
    /// The digits as an integer and the power of ten are both exact doubles, so one division
    /// gives the correctly rounded value, the same as `Double(String)` (Clinger's fast path),
    /// without making a `String` for every weight on the start-up path.
    static func plainDecimal(_ bytes: ArraySlice<UInt8>) -> Double? {
        var digits: UInt64 = 0
        var count = 0
        var decimals = -1  // digits after the point; -1 until a point is seen
        for b in bytes {
            if b == UInt8(ascii: "."), decimals < 0, count > 0 {
                decimals = 0
                continue
            }
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9"), count < 15 else { return nil }
            digits = digits * 10 + UInt64(b - UInt8(ascii: "0"))
            count += 1
            if decimals >= 0 { decimals += 1 }
        }
        guard count > 0, decimals != 0 else { return nil }
        return Double(digits) / powersOfTen[max(decimals, 0)]
    }

    /// 10^0 ... 10^15, each exact (every power of ten up to 10^22 is a double).
    private static let powersOfTen: [Double] = (0...15).reduce(into: [1.0]) { table, _ in table.append(table.last! * 10) }

    /// Splits a term into words; `*` may end any word and makes it a prefix.
    private mutating func parseTerm(_ bytes: ArraySlice<UInt8>, at location: SourceLocation) -> Term? {
        if let words = Self.simpleWords(bytes) { return checkedTerm(bytes, words, at: location) }
        let split = TermSplitter.split(bytes)
        var prefixWords: [Int] = []
        for offset in split.marks {
            guard bytes[bytes.startIndex + offset] == UInt8(ascii: "*") else {
                diagnostics.append(Diagnostic(location, "'\(String(decoding: bytes, as: UTF8.self))' contains punctuation that matching ignores; write the words only"))
                return nil
            }
            if offset + 1 < bytes.count, !Line.isSpace(bytes[bytes.startIndex + offset + 1]) {
                diagnostics.append(Diagnostic(location, "'*' may only end a word, in '\(String(decoding: bytes, as: UTF8.self))'"))
                return nil
            }
            guard let word = split.ends.lastIndex(of: offset) else {
                diagnostics.append(Diagnostic(location, "a wildcard needs a prefix before '*'"))
                return nil
            }
            prefixWords.append(word)
        }
        if split.count == 0 {
            diagnostics.append(Diagnostic(location, "empty term"))
            return nil
        }
        if split.count > Limits.maxTermWords {
            diagnostics.append(Diagnostic(location, "'\(String(decoding: bytes, as: UTF8.self))' has \(split.count) words; a term has at most \(Limits.maxTermWords)"))
            return nil
        }
        var words: [TermWord] = []
        words.reserveCapacity(split.count)
        for index in 0..<split.count { words.append(TermWord(bytes: split.word(index), isPrefix: prefixWords.contains(index))) }
        return checkedTerm(bytes, words, at: location)
    }

    /// The term, unless one of its words is longer than the matcher looks up.
    private mutating func checkedTerm(_ bytes: ArraySlice<UInt8>, _ words: [TermWord], at location: SourceLocation) -> Term? {
        if let long = words.first(where: { $0.bytes.count > Limits.maxWordBytes }) {
            diagnostics.append(Diagnostic(location, "the word '\(String(decoding: long.bytes, as: UTF8.self))' has \(long.bytes.count) bytes; a word has at most \(Limits.maxWordBytes)"))
            return nil
        }
        return Term(text: String(decoding: bytes, as: UTF8.self), words: words)
    }

    /// The words of a term written only in lower-case ASCII letters, digits, `_`, spaces and
    /// word-final `*`, or nil when the term needs the scanner (or has a problem to report).
    ///
    /// For such text the scanner's split is exactly "split on spaces", so most terms skip its
    /// per-term buffers; lexicon loading is on every command's start-up path.
    static func simpleWords(_ bytes: ArraySlice<UInt8>) -> [TermWord]? {
        var words: [TermWord] = []
        words.reserveCapacity(bytes.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) })
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == 0x20 {
                i += 1
                continue
            }
            var end = i
            while end < bytes.endIndex, isSimpleWordByte(bytes[end]) { end += 1 }
            guard end > i else { return nil }
            var next = end
            let isPrefix = next < bytes.endIndex && bytes[next] == UInt8(ascii: "*")
            if isPrefix { next += 1 }
            guard next == bytes.endIndex || bytes[next] == 0x20 else { return nil }
            words.append(TermWord(bytes: Array(bytes[i..<end]), isPrefix: isPrefix))
            i = next
        }
        return words.isEmpty || words.count > Limits.maxTermWords ? nil : words
    }

    private static func isSimpleWordByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "_")
    }

    /// The line up to a `#` that is not inside double quotes.
    private static func stripComment(_ raw: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var inQuote = false
        for index in raw.indices {
            let b = raw[index]
            if b == UInt8(ascii: "\"") { inQuote.toggle() }
            if b == UInt8(ascii: "#") && !inQuote { return raw[..<index] }
        }
        return raw
    }

    private func quotedText(_ line: Line) -> String? {
        let quote = UInt8(ascii: "\"")
        guard let open = line.bytes.firstIndex(of: quote), let close = line.bytes.lastIndex(of: quote), open < close else { return nil }
        return String(decoding: line.bytes[(open + 1)..<close], as: UTF8.self)
    }

    private func isIdentifier(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
    }

    private func location(_ field: Line.Field, _ line: Line) -> SourceLocation {
        SourceLocation(path: file.path, line: line.number, column: field.column)
    }

    private mutating func fail(_ line: Line, _ message: String) {
        diagnostics.append(Diagnostic(line.location, message))
    }

    private mutating func fail(at line: Int, _ column: Int, _ message: String) {
        diagnostics.append(Diagnostic(SourceLocation(path: file.path, line: line, column: column), message))
    }
}

/// Hard limits of the format (not tuning knobs: they bound memory and keep terms meaningful).
enum Limits {
    static let maxWeight = 5.0
    static let maxTermWords = 8
    static let maxContextWindow = 30
    /// Longest word, in case-folded UTF-8 bytes: the tokenizer keeps this much of each word to look it up.
    static let maxWordBytes = 63
}
