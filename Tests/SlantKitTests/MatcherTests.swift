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

    /// One entry of a tie-break case, in file order.
    struct Entry: Sendable {
        let pole: String
        let term: String
    }

    /// `MatchSemantics.leftmostLongest`'s tie-breaks as its documentation states them: among
    /// matches that start at the same word, the longest wins; among equally long ones, fewer
    /// wildcards, then the earlier entry in the files, whatever pole each entry has.
    @Test(arguments: [
        ("exact beats a wildcard written before it", [Entry(pole: "engagement", term: "sanction* regime"), Entry(pole: "pressure", term: "sanctions regime")],
         "sanctions regime", "pressure"),
        ("exact beats a wildcard written after it", [Entry(pole: "engagement", term: "sanctions regime"), Entry(pole: "pressure", term: "sanction* regime")],
         "sanctions regime", "engagement"),
        ("equal wildcards: the earlier entry wins", [Entry(pole: "engagement", term: "sanction* regime"), Entry(pole: "pressure", term: "sanctions regim*")],
         "sanction* regime", "engagement"),
        ("equal wildcards, written the other way round", [Entry(pole: "engagement", term: "sanctions regim*"), Entry(pole: "pressure", term: "sanction* regime")],
         "sanctions regim*", "engagement"),
        ("longer beats fewer wildcards", [Entry(pole: "engagement", term: "sanctions regime"), Entry(pole: "pressure", term: "sanction* regime change")],
         "sanction* regime change", "pressure"),
    ])
    func tiesGoToTheLongerThenFewerWildcardsThenTheEarlierEntry(_ name: String, _ entries: [Entry], _ term: String, _ pole: String) throws {
        // Each entry under its own section header, so the file order is the order given.
        let body = entries.map { "[pole \($0.pole)]\n\($0.term)   1\n" }.joined()
        let axis = "slant-lexicon 1\naxis engagement_pressure \"E\"\npole - engagement \"a\"\npole + pressure \"b\"\n" + body
        let classifier = try Classifier(lexicons: TestLexicon.set(axis: axis))
        let score = classifier.score("Ukraine fears a sanctions regime change.")
        #expect(score.hits.map(\.term) == [term], "\(name)")
        #expect(score.hits.map { $0.side == .positive ? "pressure" : "engagement" } == [pole], "\(name)")
    }

    /// A word shared by several entries is one symbol, whichever entry the compiler met first.
    @Test func aWordSharedByEntriesMatchesInEachOfThem() throws {
        let axis = "slant-lexicon 1\naxis engagement_pressure \"E\"\npole - engagement \"a\"\npole + pressure \"b\"\n"
            + "[pole pressure]\nembargo 1\nembargo talks 1\n[pole engagement]\nlift the embargo 1\n"
        let classifier = try Classifier(lexicons: TestLexicon.set(axis: axis))
        let hits = classifier.score("Ukraine wants an embargo. Embargo talks began; some would lift the embargo.").hits
        #expect(hits.map(\.term) == ["embargo", "embargo talks", "lift the embargo"])
    }

    /// Each axis resolves its own overlaps: a phrase two axes list counts once on each.
    @Test func onePhraseCountsOnEveryAxisThatListsIt() throws {
        let second = "slant-lexicon 1\naxis second \"S\"\npole - left \"l\"\npole + right \"r\"\n[pole right]\nsanctions relief   1\n"
        let classifier = try Classifier(lexicons: TestLexicon.set(extra: [("second.lex", second)]))
        let marked = MarkedText("Ukraine wants ⟦sanctions relief⟧ now.")
        let score = classifier.score(marked.text)
        #expect(score.hits.map { "\($0.axis.rawValue): \($0.term)" } == ["engagement_pressure: sanctions relief", "second: sanctions relief"])
        #expect(score.hits.map { $0.span.start...($0.span.end - 1) } == marked.spans + marked.spans)
    }
}
