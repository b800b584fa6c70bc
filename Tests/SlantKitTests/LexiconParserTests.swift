import Testing
@testable import SlantKit

/// Each malformed file fails the whole load with `path:line:column: message`.
struct LexiconParserTests {
    struct BadFile: CustomTestStringConvertible, Sendable {
        let name: String
        let body: String
        let expected: String
        var testDescription: String { name }
    }

    static let header = "slant-lexicon 1\naxis engagement_pressure \"E\"\npole - engagement \"a\"\npole + pressure \"b\"\n"

    static let badFiles: [BadFile] = [
        BadFile(name: "missing version", body: "axis x \"X\"\n",
                expected: "axis.lex:1:1: error: expected version line 'slant-lexicon 1' before anything else"),
        BadFile(name: "future version", body: "slant-lexicon 9\n",
                expected: "axis.lex:1:15: error: unsupported format version '9' (this slant reads 1)"),
        BadFile(name: "weight not a number", body: header + "[pole pressure]\nsanction*   heavy\n",
                expected: "axis.lex:6:13: error: weight 'heavy' is not a number"),
        BadFile(name: "zero weight", body: header + "[pole pressure]\n  sanctions 0\n",
                expected: "axis.lex:6:13: error: weight 0 is out of range; weights are > 0 and at most 5.0 (the pole gives the direction)"),
        BadFile(name: "negative weight", body: header + "[pole pressure]\nsanctions -1\n",
                expected: "axis.lex:6:11: error: weight -1 is out of range; weights are > 0 and at most 5.0 (the pole gives the direction)"),
        BadFile(name: "entry without weight", body: header + "[pole pressure]\nsanctions\n",
                expected: "axis.lex:6:1: error: expected 'TERM WEIGHT' (the weight is the last field)"),
        BadFile(name: "unknown pole section", body: header + "[pole hawks]\n",
                expected: "axis.lex:5:1: error: unknown pole 'hawks'; declare it first with 'pole - hawks \"...\"' or 'pole + hawks \"...\"'"),
        BadFile(name: "wildcard in the middle", body: header + "[pole pressure]\nsanc*tions 1\n",
                expected: "axis.lex:6:1: error: '*' may only end a word, in 'sanc*tions'"),
        BadFile(name: "wildcard without a prefix", body: header + "[pole pressure]\npeace *   1\n",
                expected: "axis.lex:6:1: error: a wildcard needs a prefix before '*'"),
        BadFile(name: "punctuation in term", body: header + "[pole pressure]\nrelated: 1\n",
                expected: "axis.lex:6:1: error: 'related:' contains punctuation that matching ignores; write the words only"),
        BadFile(name: "context rule with 3 fields", body: header + "[context]\naid | halt | 2\n",
                expected: "axis.lex:6:1: error: expected 'TERM | TRIGGER, TRIGGER ... | WITHIN | POLE WEIGHT' (4 fields separated by '|', found 3)"),
        BadFile(name: "context rule bad window", body: header + "[context]\naid | halt | many | engagement 1\n",
                expected: "axis.lex:6:14: error: window must be a whole number of tokens from 1 to 30, found 'many'"),
        BadFile(name: "context rule unknown pole", body: header + "[context]\naid | halt | 2 | doves 1\n",
                expected: "axis.lex:6:18: error: unknown pole 'doves' (this axis has 'engagement' and 'pressure')"),
        BadFile(name: "context rule unknown list", body: header + "[context]\naid | @nothing | 2 | engagement 1\n",
                expected: "axis.lex:6:7: error: unknown list '@nothing'"),
        BadFile(name: "unknown section", body: header + "[weights]\n",
                expected: "axis.lex:5:1: error: unknown section '[weights]'; expected [pole NAME], [target NAME], [context], [list NAME] or [parameters]"),
        BadFile(name: "pole declared twice", body: header + "pole + hawks \"c\"\n",
                expected: "axis.lex:5:6: error: pole '+' declared twice"),
        BadFile(name: "word longer than the matcher reads", body: header + "[pole pressure]\n" + String(repeating: "x", count: 64) + " sanctions 1\n",
                expected: "axis.lex:6:1: error: the word '\(String(repeating: "x", count: 64))' has 64 bytes; a word has at most 63"),
        BadFile(name: "long non-ASCII word (scanner path)", body: header + "[pole pressure]\n" + String(repeating: "ж", count: 32) + "-talks 1\n",
                expected: "axis.lex:6:1: error: the word '\(String(repeating: "ж", count: 32))' has 64 bytes; a word has at most 63"),
        BadFile(name: "unknown parameter", body: "slant-lexicon 1\n[parameters]\nnegation.strength 2\n",
                expected: "axis.lex:3:1: error: unknown parameter 'negation.strength'"),
        BadFile(name: "parameter out of range", body: "slant-lexicon 1\n[parameters]\nhedge.factor 3\n",
                expected: "axis.lex:3:1: error: parameter 'hedge.factor' must be a number in 0.0...1.0, found 3.0"),
        BadFile(name: "calibration of an undeclared axis", body: header + "[parameters]\ncalibration.hawks 2\n",
                expected: "axis.lex:6:1: error: parameter 'calibration.hawks' names no declared axis"),
        BadFile(name: "calibration out of range", body: header + "[parameters]\ncalibration.engagement_pressure 20\n",
                expected: "axis.lex:6:1: error: parameter 'calibration.engagement_pressure' must be a number in 0.1...10.0, found 20.0"),
        BadFile(name: "camp loading out of range", body: header + "[parameters]\ncamp.engagement_pressure -2\n",
                expected: "axis.lex:6:1: error: parameter 'camp.engagement_pressure' must be a number in -1.0...1.0, found -2.0"),
        BadFile(name: "calibration set twice", body: header + "[parameters]\ncalibration.engagement_pressure 2\ncalibration.engagement_pressure 3\n",
                expected: "axis.lex:7:1: error: parameter 'calibration.engagement_pressure' already set at axis.lex:6:1"),
        BadFile(name: "coupling strength of an undeclared axis", body: header + "[parameters]\ncoupling.strength.hawks 0.5\n",
                expected: "axis.lex:6:1: error: parameter 'coupling.strength.hawks' names no declared axis"),
        BadFile(name: "coupling strength out of range", body: header + "[parameters]\ncoupling.strength.engagement_pressure 1.5\n",
                expected: "axis.lex:6:1: error: parameter 'coupling.strength.engagement_pressure' must be a number in 0.0...1.0, found 1.5"),
        BadFile(name: "unknown word class", body: header + "[pole pressure]\nsanction {hawks} 1\n",
                expected: "axis.lex:6:10: error: unknown class '{hawks}': no [list hawks] is defined"),
        BadFile(name: "word class with a bad name", body: header + "[pole pressure]\nsanction {Hawks!} 1\n",
                expected: "axis.lex:6:10: error: a word class is written '{name}' with a list name of lower-case letters, digits and '_', found '{Hawks!}'"),
        BadFile(name: "word class followed by more than 's", body: header + "[pole pressure]\n{negators}ish 1\n",
                expected: "axis.lex:6:1: error: only 's may follow a word class directly, found '{negators}ish'"),
        BadFile(name: "word class expanding past eight words", body: header + "[pole pressure]\none two three four five six seven {negators} 1\n",
                expected: "axis.lex:6:1: error: 'one two three four five six seven {negators}' expands to a term of 9 words; a term has at most 8"),
    ]

    /// Replaces the test axis file with `body` (keeping lists and parameters), so only `body` is at fault.
    @Test(arguments: badFiles)
    func malformedFileFailsWithLocation(_ bad: BadFile) throws {
        let error = #expect(throws: LexiconError.self) {
            try TestLexicon.set(axis: bad.body)
        }
        let messages = error?.diagnostics.map(\.description) ?? []
        #expect(messages.contains(bad.expected), "got: \(messages)")
    }

    @Test(arguments: ["0", "1", "2.5", "0.1", "0.3", "1.25", "4.99", "5.0", "0001.5", "123456789012345", "1.23456789012345", "0.00000000000001"])
    func plainDecimalsParseExactlyLikeFoundation(_ text: String) {
        #expect(LexiconParser.plainDecimal(Array(text.utf8)[...]) == Double(text)!)
    }

    @Test(arguments: ["", ".", "1.", ".5", "1.2.3", "-1", "+1", "1e3", "0x10", "1234567890123456", "0.000000000000001", "nan", "1,5"])
    func otherNumbersAreLeftToTheGeneralParser(_ text: String) {
        #expect(LexiconParser.plainDecimal(Array(text.utf8)[...]) == nil)
    }

    @Test func randomPlainDecimalsMatchFoundation() {
        var generator = BenchInputs.Generator(seed: 3)
        for _ in 0..<20_000 {
            let length = 1 + generator.below(15)
            var digits = (0..<length).map { _ in Character(String(generator.below(10))) }
            if generator.below(4) > 0 { digits.insert(".", at: 1 + generator.below(length)) }
            let text = String(digits)
            guard let parsed = Double(text) else { continue }  // "12." is not a number to either parser
            let fast = LexiconParser.plainDecimal(Array(text.utf8)[...])
            #expect(fast == nil || fast == parsed, "\(text)")
            if fast != parsed && !text.hasSuffix(".") { Issue.record("\(text): \(String(describing: fast)) != \(parsed)") }
        }
    }

    @Test func missingParameterIsNamed() throws {
        let parameters = TestLexicon.parameters.replacingOccurrences(of: "quote.factor 0.25\n", with: "")
        let error = #expect(throws: LexiconError.self) {
            try LexiconSet.parse([("axis.lex", TestLexicon.axis), ("lists.lex", TestLexicon.lists), ("parameters.lex", parameters)])
        }
        #expect(error?.diagnostics.map(\.description) == [
            "axis.lex:1:1: error: missing parameter 'quote.factor' (multiplier for a hit inside quotation marks)",
        ])
    }

    @Test func missingRequiredListIsNamed() throws {
        let lists = TestLexicon.lists.replacingOccurrences(of: "[list hedges]\nperhaps\nmay\nsome argue\n", with: "")
        let error = #expect(throws: LexiconError.self) {
            try LexiconSet.parse([("axis.lex", TestLexicon.axis), ("lists.lex", lists), ("parameters.lex", TestLexicon.parameters)])
        }
        #expect(error?.diagnostics.map(\.description) == ["axis.lex:1:1: error: missing required list '[list hedges]'"])
    }

    @Test func duplicateAxisAcrossFilesIsRejected() throws {
        let error = #expect(throws: LexiconError.self) {
            try TestLexicon.set(extra: [("zz.lex", TestLexicon.axis)])
        }
        #expect(error?.diagnostics.map(\.description) == ["zz.lex:2:1: error: axis 'engagement_pressure' already declared at axis.lex:2:1"])
    }

    /// The longest word the matcher reads is a word like any other: it loads and matches.
    @Test func aWordOfTheLongestLengthLoadsAndMatches() throws {
        let word = String(repeating: "x", count: Limits.maxWordBytes)
        let classifier = try Classifier(lexicons: TestLexicon.set(axis: Self.header + "[pole pressure]\n\(word) sanctions 1\n"))
        #expect(classifier.score("Ukraine faces \(word) sanctions.").hits.map(\.term) == ["\(word) sanctions"])
    }

    /// A title whose closing quote is missing is read as the id, as a line without a title is.
    @Test(arguments: [
        ("axis", "axis engagement_pressure \"E\"\n", "axis engagement_pressure \"Engagement\n", "engagement_pressure"),
        ("pole", "pole - engagement \"a\"\n", "pole - engagement \"a\n", ""),
    ])
    func aTitleWithoutItsClosingQuoteIsNotATitle(_ line: String, _ original: String, _ replacement: String, _ title: String) throws {
        let set = try TestLexicon.set(axis: Self.header.replacingOccurrences(of: original, with: replacement) + "[pole pressure]\nsanctions 1\n")
        let axis = try #require(set.axes.first)
        #expect((line == "axis" ? axis.title : axis.negative.summary) == title)
    }

    @Test func everyProblemIsReportedNotJustTheFirst() throws {
        let body = Self.header + "[pole pressure]\nsanctions x\nweapons 0\n"
        let error = #expect(throws: LexiconError.self) {
            try TestLexicon.set(axis: body)
        }
        #expect(error?.diagnostics.map(\.description) == [
            "axis.lex:6:11: error: weight 'x' is not a number",
            "axis.lex:7:9: error: weight 0 is out of range; weights are > 0 and at most 5.0 (the pole gives the direction)",
        ])
    }

    @Test func commentsAndBlankLinesAreIgnoredAndTermsAreSplitLikeText() throws {
        let body = "# leading comment\n\n" + Self.header + "[pole pressure]\nPutin-friendly   1.5   # a comment\nPutin’s war 2\n"
        let set = try TestLexicon.set(axis: body)
        let keys = set.axes[0].entries.map(\.term.key)
        #expect(keys == ["putin friendly", "putin 's war"])
        #expect(set.axes[0].entries[0].weightLocation == SourceLocation(path: "axis.lex", line: 8, column: 18))
    }
}
