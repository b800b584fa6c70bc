import Foundation
import Testing
@testable import SlantKit

/// Each dictionary format reads its fixture into exactly the entries it holds; the YAML subset
/// and the term conversion refuse what they cannot read or express, at the offending column.
struct DictionaryReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/dictionaries")

    static func read(_ name: String, _ format: DictionaryFormat) throws -> ExternalDictionary {
        let path = fixtures.appendingPathComponent(name).path
        return try ExternalDictionary.read(Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: name, format: format)
    }

    /// `line:column category: term`, plus `@line:column` where the category or weight is written elsewhere.
    static func describe(_ e: DictionaryEntry) -> String {
        var text = "\(e.location.line):\(e.location.column) \(e.category): \(e.term)"
        if e.categoryLocation != e.location { text += " @\(e.categoryLocation.line):\(e.categoryLocation.column)" }
        if let weight = e.weight, let at = e.weightLocation { text += " = \(weight) @\(at.line):\(at.column)" }
        return text
    }

    struct GoodFile: CustomTestStringConvertible, Sendable {
        let file: String
        let format: DictionaryFormat
        let categories: [String]
        let entries: [String]
        var testDescription: String { file }
    }

    static let goodFiles: [GoodFile] = [
        GoodFile(file: "mood.dic", format: .liwc, categories: ["hopeful", "gloomy", "weather", "upbeat"], entries: [
            "7:1 hopeful: optimis* @7:10", "8:1 hopeful: turn a corner @8:15",
            "9:1 hopeful: bright future @9:15", "9:1 upbeat: bright future @9:17",
            "10:1 hopeful: looking up @10:12", "11:1 gloomy: setback* @11:10", "12:1 gloomy: bleak @12:7",
            "13:1 gloomy: grim outlook @13:14", "14:1 gloomy: stall* @14:8", "15:1 weather: rain* @15:7",
            "16:1 hopeful: harvest @16:9", "16:1 weather: harvest @16:11",
            "17:1 gloomy: dry spell @17:11", "17:1 weather: dry spell @17:13",
        ]),
        GoodFile(file: "mood.lc3", format: .lexicoder, categories: ["hopeful", "gloomy", "weather"], entries: [
            "2:1 hopeful: optimis*", "3:1 hopeful: turn a corner", "4:1 hopeful: bright future",
            "6:1 gloomy: setback*", "7:1 gloomy: bleak", "8:1 gloomy: grim outlook", "11:1 weather: rain*",
        ]),
        GoodFile(file: "mood.yml", format: .yaml, categories: ["mood.hopeful", "mood.gloomy", "weather"], entries: [
            "3:13 mood.hopeful: optimis*", "3:24 mood.hopeful: turn a corner", "4:14 mood.hopeful: bright future",
            "6:7 mood.gloomy: setback*", "7:7 mood.gloomy: bleak", "8:8 mood.gloomy: grim outlook", "9:10 weather: rain*",
        ]),
        GoodFile(file: "mood.tsv", format: .wordscore, categories: ["negative", "positive", "zero"], entries: [
            "2:1 positive: optimistic = 2.0 @2:12", "3:1 positive: turn a corner = 1.5 @3:15",
            "4:1 positive: bright future = 3.0 @4:15", "5:1 negative: setback = 2.0 @5:9",
            "6:1 negative: grim outlook = 2.25 @6:14", "7:1 zero: weather = 0.0 @7:9", "8:1 negative: bleak = 3.0 @8:7",
        ]),
    ]

    @Test(arguments: goodFiles)
    func goodFixtureReadsExactly(_ good: GoodFile) throws {
        let dictionary = try Self.read(good.file, good.format)
        #expect(dictionary.categories == good.categories)
        #expect(dictionary.entries.map(Self.describe) == good.entries)
        #expect(dictionary.entries.allSatisfy { $0.location.path == good.file })
    }

    @Test func liwcCategoryNamesRunToTheNextTab() throws {
        let text = "%\n1\tPositive Mood\t(words of hope)\n2 gloomy\n%\nbright\t1\ndim\t2\n"
        let dictionary = try ExternalDictionary.read(Array(text.utf8), path: "d.dic", format: .liwc)
        #expect(dictionary.categories == ["Positive Mood", "gloomy"])
        #expect(dictionary.entries.map(Self.describe) == ["5:1 Positive Mood: bright @5:8", "6:1 gloomy: dim @6:5"])
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("+hopeful\r\noptimis*\r\n+gloomy\r\nbleak\r\n".utf8)
        let dictionary = try ExternalDictionary.read(bytes, path: "d.lcd", format: .lexicoder)
        #expect(dictionary.entries.map(Self.describe) == ["2:1 hopeful: optimis*", "4:1 gloomy: bleak"])
    }

    // MARK: the YAML subset

    struct YAMLCase: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        /// `category: term` per entry, or the problem and where.
        let entries: [String]
        let problem: YAMLProblem?
        let at: (line: Int, column: Int)
        var testDescription: String { name }

        static func good(_ name: String, _ text: String, _ entries: [String]) -> YAMLCase {
            YAMLCase(name: name, text: text, entries: entries, problem: nil, at: (0, 0))
        }
        static func bad(_ name: String, _ text: String, _ problem: YAMLProblem, _ line: Int, _ column: Int) -> YAMLCase {
            YAMLCase(name: name, text: text, entries: [], problem: problem, at: (line, column))
        }
    }

    static let yamlCases: [YAMLCase] = [
        .good("flow sequence", "a: [x, y]\n", ["a: x", "a: y"]),
        .good("block sequence at the key's indentation", "a:\n- x\n- y\n", ["a: x", "a: y"]),
        .good("document marker and comments", "# head\n---\na: x  # note\n", ["a: x"]),
        .good("nested categories", "a:\n  b:\n    c: [x]\n  d: y\n", ["a.b.c: x", "a.d: y"]),
        .good("quoted keys and scalars", "'a b': [\"x \\\"q\\\"\", 'it''s']\n", ["a b: x \"q\"", "a b: it's"]),
        .good("flow sequence over two lines, trailing comma", "a: [x,\n    y,]\n", ["a: x", "a: y"]),
        .good("unicode escapes", "a: \"\\u00e9t\\u00e9\"\n", ["a: été"]),
        .good("an empty category", "a:\nb: [x]\n", ["b: x"]),
        .good("a hash inside a word is not a comment", "a: [x#y]\n", ["a: x#y"]),
        .bad("tab in indentation", "a:\n\t- x\n", .tab, 2, 1),
        .bad("tab between items", "a: [x,\ty]\n", .tab, 1, 7),
        .bad("anchor", "a: &x [y]\n", .anchor, 1, 4),
        .bad("alias", "a: *x\n", .alias, 1, 4),
        .bad("tag", "a: !!str x\n", .tag, 1, 4),
        .bad("block scalar", "a: >\n  x\n", .blockScalar, 1, 4),
        .bad("multi-line plain scalar", "a: x\n  y\n", .multiLineScalar, 2, 3),
        .bad("flow mapping", "a: {x: 1}\n", .flowMapping, 1, 4),
        .bad("complex key", "? a\n: b\n", .complexKey, 1, 1),
        .bad("directive", "%YAML 1.2\n---\na: x\n", .directive, 1, 1),
        .bad("second document", "a: x\n---\nb: y\n", .multipleDocuments, 2, 1),
        .bad("reserved indicator", "a: @x\n", .reservedIndicator("@"), 1, 4),
        .bad("unclosed quote", "a: \"x\n", .unclosedQuote, 1, 4),
        .bad("unclosed flow sequence", "a: [x, y\nb: [z]\n", .unclosedFlowSequence, 1, 4),
        .bad("empty flow item", "a: [x,, y]\n", .emptyFlowItem, 1, 7),
        .bad("unknown escape", "a: \"\\q\"\n", .badEscape("\\q"), 1, 5),
        .bad("colon in a plain scalar", "a: x: y\n", .colonInPlainScalar, 1, 5),
        .bad("indentation that matches nothing", "a:\n  - x\n - y\n", .badIndentation, 3, 2),
        .bad("a line that is no key", "a: x\njust text\n", .expectedKey, 2, 1),
        .bad("text after a quoted scalar", "a: \"x\" y\n", .trailingCharacters, 1, 8),
        .bad("duplicate key", "a: x\na: y\n", .duplicateKey("a", first: SourceLocation(path: "d.yml", line: 1, column: 1)), 2, 1),
        .bad("mapping in a sequence", "a:\n  - b: c\n", .mappingInSequence, 2, 6),
        .bad("sequence in a sequence", "a:\n  - - x\n", .nestedSequence, 2, 5),
        .bad("flow sequence in a flow sequence", "a: [[x]]\n", .nestedSequence, 1, 5),
        .bad("a list at the top", "- x\n- y\n", .notAMapping, 1, 1),
        .bad("an empty file", "", .notAMapping, 1, 1),
        .bad("only a comment", "# nothing\n", .notAMapping, 1, 1),
    ]

    @Test(arguments: yamlCases)
    func yamlSubset(_ c: YAMLCase) throws {
        do {
            let dictionary = try ExternalDictionary.read(Array(c.text.utf8), path: "d.yml", format: .yaml)
            #expect(c.problem == nil, "read, but expected \(String(describing: c.problem))")
            #expect(dictionary.entries.map { "\($0.category): \($0.term)" } == c.entries)
        } catch let error as ImportError {
            let expected = c.problem.map { ImportError.issues([DictionaryIssue(SourceLocation(path: "d.yml", line: c.at.line, column: c.at.column), .yaml($0))]) }
            #expect(error == expected)
        }
    }

    // MARK: what Slant can express

    struct TermCase: CustomTestStringConvertible, Sendable {
        let raw: String
        let glob: Bool
        /// The lexicon text, or nil when `problem` is expected at `column`.
        let text: String?
        let problem: DictionaryProblem?
        let column: Int
        var testDescription: String { raw.isEmpty ? "(empty)" : raw }
    }

    /// The terms start at column 5 of their line, so every column below is 5 plus the character's offset.
    static let termCases: [TermCase] = [
        TermCase(raw: "Optimis*", glob: false, text: "optimis*", problem: nil, column: 0),
        TermCase(raw: "turn  a\tcorner", glob: false, text: "turn a corner", problem: nil, column: 0),
        TermCase(raw: "Putin's war", glob: false, text: "putin's war", problem: nil, column: 0),
        TermCase(raw: "well-being", glob: false, text: "well-being", problem: nil, column: 0),
        TermCase(raw: "*ness", glob: false, text: nil, problem: .leadingWildcard("*ness"), column: 5),
        TermCase(raw: "dry *spell", glob: false, text: nil, problem: .leadingWildcard("dry *spell"), column: 9),
        TermCase(raw: "hope*ful", glob: false, text: nil, problem: .innerWildcard("hope*ful"), column: 9),
        TermCase(raw: "colo?r", glob: true, text: nil, problem: .singleCharacterGlob("colo?r"), column: 9),
        TermCase(raw: "colo?r", glob: false, text: nil, problem: .punctuation("colo?r", character: "?"), column: 9),
        TermCase(raw: "^hope", glob: false, text: nil, problem: .regexPattern("^hope"), column: 5),
        TermCase(raw: "(good|great)", glob: false, text: nil, problem: .regexPattern("(good|great)"), column: 5),
        TermCase(raw: "colou[r]", glob: false, text: nil, problem: .regexPattern("colou[r]"), column: 10),
        TermCase(raw: "{admin} caved", glob: false, text: nil, problem: .regexPattern("{admin} caved"), column: 5),
        TermCase(raw: ":-(", glob: false, text: nil, problem: .punctuation(":-(", character: ":"), column: 5),
        TermCase(raw: "gr*", glob: false, text: nil, problem: .broadWildcard("gr*"), column: 7),
        TermCase(raw: "dry spell*  gr*", glob: false, text: nil, problem: .broadWildcard("dry spell*  gr*"), column: 19),
        TermCase(raw: "a b c d e f g h i", glob: false, text: nil, problem: .tooManyWords("a b c d e f g h i", words: 9), column: 5),
        TermCase(raw: String(repeating: "x", count: 64), glob: false, text: nil,
                 problem: .longWord(String(repeating: "x", count: 64), word: String(repeating: "x", count: 64)), column: 5),
        TermCase(raw: "   ", glob: false, text: nil, problem: .emptyTerm, column: 5),
    ]

    @Test(arguments: termCases)
    func termConversion(_ c: TermCase) {
        let at = SourceLocation(path: "d", line: 3, column: 5)
        switch TermConversion.convert(c.raw, at: at, questionMarkIsGlob: c.glob) {
        case .success(let converted):
            #expect(converted.text == c.text)
            #expect(c.problem == nil)
        case .failure(let issue):
            #expect(c.text == nil)
            #expect(issue == DictionaryIssue(SourceLocation(path: "d", line: 3, column: c.column), c.problem ?? .emptyTerm))
        }
    }
}
