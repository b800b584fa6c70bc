/// Keyword in context: every occurrence of a term, with the text around it,
/// for checking how a lexicon term is really used before changing it.
public struct KeywordInContext: Sendable {
    /// One occurrence: where it is and what surrounds it (newlines shown as spaces).
    public struct Line: Sendable {
        /// The occurrence's bytes in the text searched.
        public let span: ByteSpan
        /// 1-based line number of its first byte.
        public let line: Int
        /// 1-based column of its first byte, in characters.
        public let column: Int
        /// Up to `width` characters before the occurrence.
        public let left: String
        /// The occurrence as it is written in the text.
        public let match: String
        /// Up to `width` characters after the occurrence.
        public let right: String
    }

    let automaton: Automaton

    /// Compiles `term` written in the lexicon syntax (words, phrases, `prefix*`, and word
    /// classes `{name}`, which take their terms from the lists of `lexicons`).
    public init(term: String, lexicons: LexiconSet? = nil) throws {
        guard WordClasses.mentionsClass(Array(term.utf8)[...]) else {
            let parsed = try LexiconParser.parseTerm(term)
            automaton = Automaton(patterns: [(parsed.words, .marker(0))], abbreviations: [])
            return
        }
        let pieces = try LexiconParser.parsePattern(term)
        let at = SourceLocation(path: "term", line: 1, column: 1)
        let (variants, problems) = WordClasses.expand(pieces, text: term, lists: lexicons?.lists ?? [:], at: at)
        if let problem = problems.first { throw problem }
        automaton = Automaton(patterns: variants.map { ($0.words, .marker(0)) }, abbreviations: [])
    }

    /// Occurrences in `text`, with up to `width` characters of context on each side.
    public func lines(in text: [UInt8], width: Int) -> [Line] {
        text.withUnsafeBufferPointer { buffer in
            let document = Document.build(buffer, automaton: automaton, headlineMaxTokens: 0, forceHeadline: false)
            return Matcher.occurrences(in: document, automaton).map { m in
                let span = ByteSpan(start: Int(document.tokens[Int(m.start)].start), end: Int(document.tokens[Int(m.end) - 1].end))
                return line(for: span, in: text, width: width)
            }
        }
    }

    private func line(for span: ByteSpan, in text: [UInt8], width: Int) -> Line {
        // Line and column are computed here, only for printing.
        let before = text[..<span.start]
        let lineNumber = before.filter { $0 == 0x0A }.count + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: text[lineStart..<span.start], as: UTF8.self).count + 1
        let flat = { (bytes: ArraySlice<UInt8>) in
            String(decoding: bytes, as: UTF8.self).map { $0.isNewline ? " " : $0 }
        }
        let left = String(flat(text[..<span.start]).suffix(width))
        let right = String(flat(text[span.end...]).prefix(width))
        return Line(span: span, line: lineNumber, column: column, left: left,
                    match: String(decoding: text[span.start..<span.end], as: UTF8.self), right: right)
    }
}
