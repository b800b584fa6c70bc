import Testing
@testable import SlantKit

/// Leftmost-longest matching per axis, wildcards, and phrase boundaries.
struct MatcherTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let marked: String
        let terms: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "longest match wins and consumes its words",
             marked: "Ukraine should weigh ⟦sanctions relief⟧ carefully.", terms: ["sanctions relief"]),
        Case(name: "leftmost wins over a longer later match",
             marked: "Ukraine wants ⟦new sanctions⟧ relief ended.", terms: ["new sanctions"]),
        Case(name: "wildcard matches inflections",
             marked: "Ukraine ⟦sanctioned⟧ firms and ⟦negotiators⟧ met.", terms: ["sanction*", "negotiat*"]),
        Case(name: "wildcard matches the bare prefix",
             marked: "Ukraine and the ⟦sanction⟧ regime.", terms: ["sanction*"]),
        Case(name: "exact beats wildcard of equal length",
             marked: "Ukraine backs ⟦peace talks⟧.", terms: ["peace talks"]),
        Case(name: "phrases do not cross commas",
             marked: "Ukraine wants peace, talks later.", terms: []),
        Case(name: "phrases do cross hyphens",
             marked: "Ukraine wants ⟦peace-talks⟧.", terms: ["peace talks"]),
        Case(name: "possessive phrase with curly apostrophe",
             marked: "Ukraine resists ⟦Putin’s war⟧.", terms: ["putin's war"]),
        Case(name: "case-insensitive",
             marked: "UKRAINE WANTS ⟦SANCTIONS RELIEF⟧.", terms: ["sanctions relief"]),
        Case(name: "wildcard matches a word longer than the tokenizer keeps",
             marked: "Ukraine and the ⟦sanction\(String(repeating: "x", count: 70))⟧ regime.", terms: ["sanction*"]),
        Case(name: "wildcard matches when non-ASCII letters follow the stem",
             marked: "Ukraine ⟦sanctionéd⟧ firms.", terms: ["sanction*"]),
        Case(name: "not a prefix of an unrelated word",
             marked: "Ukraine asks about diplomatic sanctity.", terms: []),
    ]

    @Test(arguments: cases)
    func hitsLandOnTheMarkedSpans(_ c: Case) throws {
        let marked = MarkedText(c.marked)
        let score = try TestLexicon.classifier().score(marked.text)
        #expect(score.hits.map(\.term) == c.terms)
        #expect(score.hits.map { $0.span.start...($0.span.end - 1) } == marked.spans)
    }

    /// One word that starts more phrases than the walk's buffers first hold: every stem of
    /// `sanctions` is a wildcard phrase, so the walk keeps ten states at once and must grow.
    @Test func aWordReachingManyPhrasesStillMatchesLongestExact() throws {
        let stems = (1...9).map { String("sanctions".prefix($0)) + "* regime   1" }
        let axis = TestLexicon.axis.replacingOccurrences(of: "[pole pressure]\n", with: "[pole pressure]\n" + stems.joined(separator: "\n") + "\nsanctions regime   3\n")
        let classifier = try Classifier(lexicons: TestLexicon.set(axis: axis))
        let marked = MarkedText("Ukraine faces a ⟦sanctions regime⟧ and ⟦sanctioned regime⟧ now.")
        let score = classifier.score(marked.text)
        #expect(score.hits.map(\.term) == ["sanctions regime", "s* regime"])
        #expect(score.hits.map { $0.span.start...($0.span.end - 1) } == marked.spans)
    }

    /// Wildcards that share their first bytes: each word reaches exactly the stems it starts
    /// with, whatever other stems begin the same way (the prefix lookup only tries the lengths
    /// of stems that start with the word's first bytes).
    @Test(arguments: [
        ("Ukraine seeks ⟦sanctuary⟧.", ["sanctu*"]),
        ("Ukraine mocks ⟦sanctimonious⟧ talk.", ["sanctim*"]),
        ("Ukraine ⟦sanctioned⟧ firms.", ["sanction*"]),
        ("Ukraine asks for sanct.", []),
        ("Ukraine and ⟦sanctu⟧ and ⟦sanctim⟧.", ["sanctu*", "sanctim*"]),
        ("Ukraine and saint.", []),
    ])
    func wildcardsSharingTheirFirstBytes(_ text: String, _ terms: [String]) throws {
        let axis = TestLexicon.axis.replacingOccurrences(of: "[pole pressure]\n", with: "[pole pressure]\nsanctu*   1\nsanctim*   1\n")
        let classifier = try Classifier(lexicons: TestLexicon.set(axis: axis))
        let marked = MarkedText(text)
        let score = classifier.score(marked.text)
        #expect(score.hits.map(\.term) == terms)
        #expect(score.hits.map { $0.span.start...($0.span.end - 1) } == marked.spans)
    }

    /// A list occurrence is recorded once per start, with its longest end: `no longer`, not
    /// also `no`; and two lists reached from one word are both recorded.
    @Test func listOccurrencesKeepTheLongestEndPerStart() throws {
        let compiled = CompiledLexicon(try TestLexicon.set())
        let text = Array("They no longer back it, and no one may.".utf8)
        let document = text.withUnsafeBufferPointer {
            Document.build($0, automaton: compiled.automaton, headlineMaxTokens: 0, forceHeadline: false)
        }
        let matches = Matcher.match(document, with: compiled)
        let negators = matches.markers[Int(compiled.lists.negators)].map { [$0.start, $0.end] }
        #expect(negators == [[1, 3], [6, 7]])
        let hedges = matches.markers[Int(compiled.lists.hedges)].map { [$0.start, $0.end] }
        #expect(hedges == [[8, 9]])
    }

    @Test func semanticsIsDocumentedAsLeftmostLongest() {
        #expect(Matcher.semantics == .leftmostLongest)
    }
}
