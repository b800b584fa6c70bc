import Testing
@testable import SlantKit

/// Text and lexicon terms are split the same way; normalization is by byte class.
struct TokenizerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let words: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "case folding", text: "NATO Allies", words: ["nato", "allies"]),
        Case(name: "curly possessive", text: "Putin’s war", words: ["putin", "'s", "war"]),
        Case(name: "straight possessive", text: "Putin's war", words: ["putin", "'s", "war"]),
        Case(name: "contraction stays whole", text: "doesn't won’t", words: ["doesn't", "won't"]),
        Case(name: "hyphen splits", text: "Putin-friendly", words: ["putin", "friendly"]),
        Case(name: "abbreviation keeps inner period", text: "U.S. aid", words: ["u.s", "aid"]),
        Case(name: "decimal", text: "$66.9 billion", words: ["66.9", "billion"]),
        Case(name: "em dash separates", text: "talks—now", words: ["talks", "now"]),
        Case(name: "nbsp is a space", text: "Kyiv\u{00A0}talks", words: ["kyiv", "talks"]),
        Case(name: "zero-width joiner ignored", text: "Zelen\u{200B}skyy", words: ["zelenskyy"]),
        Case(name: "Latin-1 folding", text: "ÜBER Außen", words: ["über", "außen"]),
        Case(name: "Cyrillic folding", text: "Путін ЗЕЛЕНСЬКИЙ", words: ["путін", "зеленський"]),
    ]

    @Test(arguments: cases)
    func splitsIntoFoldedWords(_ c: Case) {
        let words = TermSplitter.split(Array(c.text.utf8)[...]).words.map { String(decoding: $0, as: UTF8.self) }
        #expect(words == c.words)
    }

    /// Terms the parser may split without the scanner, and those it must hand to the scanner.
    static let simpleTerms: [(text: String, simple: Bool)] = [
        ("sanctions", true), ("peace talks", true), ("sanction*", true), ("arm* ukraine", true), ("f 16s", true), ("g20 summit", true),
        ("  padded   words  ", true), ("no_fly zone", true),
        ("U.S. aid", false), ("putin's war", false), ("cease-fire", false), ("Kyiv", false), ("tab\tsep", false),
        ("*", false), ("sanc*tions", false), ("talks,", false), ("über", false), ("", false),
    ]

    @Test(arguments: simpleTerms)
    func simpleTermSplitAgreesWithTheScanner(_ term: (text: String, simple: Bool)) {
        let bytes = Array(term.text.utf8)[...]
        let fast = LexiconParser.simpleWords(bytes)
        #expect((fast != nil) == term.simple, "'\(term.text)'")
        guard let fast else { return }
        let split = TermSplitter.split(bytes)
        #expect(fast.map(\.bytes) == split.words, "'\(term.text)'")
        #expect(fast.map(\.isPrefix) == split.ends.map { $0 < bytes.count && bytes[$0] == UInt8(ascii: "*") }, "'\(term.text)'")
    }

    @Test func curlyAndStraightQuotesMatchTheSameEntry() throws {
        let classifier = try TestLexicon.classifier()
        for text in ["Stop Putin’s war now in Ukraine.", "Stop Putin's war now in Ukraine."] {
            let hits = classifier.score(text).hits.map(\.term)
            #expect(hits == ["putin's war"], "\(text)")
        }
    }

    @Test func sentencesDoNotEndAtAbbreviationsOrInitials() throws {
        let lexicons = try TestLexicon.set()
        let compiled = CompiledLexicon(lexicons)
        let text = Array("Sen. J. Smith met U.S. envoys. Talks ended! Next one? Yes.".utf8)
        let document = text.withUnsafeBufferPointer { buffer in
            Document.build(buffer, automaton: compiled.automaton, headlineMaxTokens: 12, forceHeadline: false)
        }
        #expect(document.sentenceCount == 4)
        #expect(document.tokens.map(\.sentence) == [0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3])
    }

    /// The token buffer starts with room for one token per five bytes; one-letter words need
    /// one per two, so it must grow several times and keep every token in order.
    @Test(arguments: [1, 15, 16, 17, 1000])
    func tokenBufferGrowsPastItsFirstCapacity(words: Int) throws {
        let compiled = CompiledLexicon(try TestLexicon.set())
        let text = Array(String(repeating: "a ", count: words).utf8)
        let document = text.withUnsafeBufferPointer { buffer in
            Document.build(buffer, automaton: compiled.automaton, headlineMaxTokens: 0, forceHeadline: false)
        }
        #expect(document.tokens.count == words)
        #expect(document.tokens.map(\.start) == (0..<words).map { Int32(2 * $0) })
        #expect(document.tokens.last?.end == Int32(2 * words - 1))
    }
}
