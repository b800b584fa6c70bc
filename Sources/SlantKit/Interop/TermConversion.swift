/// Turns a dictionary's term into a Slant lexicon term, or names exactly what Slant cannot express.
///
/// Slant matches words, phrases of up to `Limits.maxTermWords` words, and a `*` that ends a
/// word (a prefix of at least 3 letters). So a `*` that starts or sits inside a word, a `?`
/// glob, regular-expression syntax and punctuation that matching ignores are errors, each at
/// the column of the offending character.
enum TermConversion {
    /// Characters only a regular expression would use; and brackets, when one closes later
    /// (`(good|great)`, `colou[r]`). A lone `(` is punctuation, as in the emoticon `:-(`.
    static let regexCharacters = Set("^$|\\".utf8)
    static let regexBrackets: [UInt8: UInt8] = [UInt8(ascii: "("): UInt8(ascii: ")"), UInt8(ascii: "["): UInt8(ascii: "]"), UInt8(ascii: "{"): UInt8(ascii: "}")]

    /// Shortest wildcard prefix, in letters: `slant lint` calls anything shorter `broad-wildcard`.
    static let minimumPrefixLetters = 3

    /// The term as the lexicon file writes it (lower case, words one space apart) and its parsed form.
    ///
    /// `questionMarkIsGlob`: the format uses `?` as a one-character wildcard (quanteda's globs);
    /// elsewhere `?` is punctuation.
    static func convert(_ raw: String, at location: SourceLocation, questionMarkIsGlob: Bool) -> Result<(text: String, term: Term), DictionaryIssue> {
        let bytes = Array(raw.utf8)
        func issue(_ index: Int, _ problem: DictionaryProblem) -> Result<(text: String, term: Term), DictionaryIssue> {
            let column = location.column + Line.scalars(bytes[..<min(index, bytes.count)])
            return .failure(DictionaryIssue(SourceLocation(path: location.path, line: location.line, column: column), problem))
        }
        guard bytes.contains(where: { !TextLine.isBlank($0) }) else { return issue(0, .emptyTerm) }
        for (i, b) in bytes.enumerated() {
            if regexCharacters.contains(b) || regexBrackets[b].map({ bytes[(i + 1)...].contains($0) }) == true {
                return issue(i, .regexPattern(raw))
            }
            if b == UInt8(ascii: "?") && questionMarkIsGlob { return issue(i, .singleCharacterGlob(raw)) }
            guard b == UInt8(ascii: "*") else { continue }
            if i == 0 || TextLine.isBlank(bytes[i - 1]) { return issue(i, .leadingWildcard(raw)) }
            if i + 1 < bytes.count && !TextLine.isBlank(bytes[i + 1]) { return issue(i, .innerWildcard(raw)) }
        }
        let split = TermSplitter.split(bytes[...])
        if let mark = split.marks.first(where: { bytes[$0] != UInt8(ascii: "*") }) {
            return issue(mark, .punctuation(raw, character: String(String(decoding: bytes[mark...], as: UTF8.self).prefix(1))))
        }
        if split.count > Limits.maxTermWords { return issue(0, .tooManyWords(raw, words: split.count)) }
        if let long = split.words.first(where: { $0.count > Limits.maxWordBytes }) {
            return issue(0, .longWord(raw, word: String(decoding: long, as: UTF8.self)))
        }
        let text = TextLine.words(bytes[...]).map(\.string).joined(separator: " ").lowercased()
        let term: Term
        do {
            term = try LexiconParser.parseTerm(text)
        } catch {
            return issue(0, .unexpressible(raw, reason: (error as? Diagnostic)?.message ?? "\(error)"))
        }
        // The k-th prefix word ends at the k-th `*`: report the `*` of the first one too short.
        let prefixes = term.words.filter(\.isPrefix)
        if let k = prefixes.firstIndex(where: { String(decoding: $0.bytes, as: UTF8.self).count < minimumPrefixLetters }) {
            let stars = bytes.indices.filter { bytes[$0] == UInt8(ascii: "*") }
            return issue(stars[k], .broadWildcard(raw))
        }
        return .success((text, term))
    }
}
