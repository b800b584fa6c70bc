import Testing
@testable import SlantKit

/// `slant bench` times the pipeline cut after each stage; each cut must run exactly the
/// stages it names, over every record, and count what they produced.
struct StageBreakdownTests {
    static let lines: [[UInt8]] = [
        #"{"id":"a","text":"Congress must impose new sanctions on Russia."}"#,
        #"{"id":"b","title":"Peace talks","text":"Allies want diplomacy and weapons."}"#,
        #"{"id":"#,  // malformed: no article to read, but still one output record
        #"{"id":"d","text":"Russia seeks sanctions relief and aid.\nSubscribe to our newsletter for weapons news."}"#,
    ].map { Array($0.utf8) }

    struct Case: CustomTestStringConvertible, Sendable {
        let stage: PipelineStage
        let tokens: Int
        let items: Int
        var testDescription: String { stage.rawValue }
    }

    static let cases: [Case] = [
        // 45 text bytes; "Peace talks" + "\n\n" + 34 text bytes; 38 + 1 + 45.
        Case(stage: .read, tokens: 0, items: 45 + 13 + 34 + 84),
        // 7 words; 2 + 5 words; 6 + 7 words.
        Case(stage: .tokenize, tokens: 27, items: 0),
        // `new sanctions` (leftmost-longest, not `sanction*`); `peace talks`, `diplomacy`,
        // `weapons`; `sanctions relief`, `aid`, `weapons`.
        Case(stage: .match, tokens: 27, items: 7),
        // The rules drop `aid`: a context-only term with no trigger in its window. `weapons`
        // in the boilerplate paragraph stays a hit, with its factor zeroed.
        Case(stage: .rules, tokens: 27, items: 6),
    ]

    @Test(arguments: cases)
    func eachCutCountsWhatItsStagesProduced(_ c: Case) throws {
        let classifier = try TestLexicon.classifier()
        let reporter = JSONReporter(options: ReportOptions(axes: classifier.lexicons.axes, evidenceLimit: 5), lines: true)
        let tally = StageBreakdown.run(Self.lines, classifier, reporter, through: c.stage)
        #expect(tally.tokens == c.tokens)
        #expect(tally.items == c.items)
    }

    @Test func theOutputCutRendersEveryRecordIncludingFailures() throws {
        let classifier = try TestLexicon.classifier()
        let reporter = JSONReporter(options: ReportOptions(axes: classifier.lexicons.axes, evidenceLimit: 5), lines: true)
        let scorer = BatchScorer(classifier: classifier)
        let rendered = Self.lines.enumerated().map { reporter.render(scorer.scoreJSONLLine($1, number: $0 + 1, source: "bench")) }
        let text = rendered.map { String(decoding: $0, as: UTF8.self) }
        // One JSON line per record, in input order; the malformed line is its error record.
        #expect(text.map { $0.prefix { $0 != "," } } == [#"{"id":"a""#, #"{"id":"b""#, #"{"id":"bench:3""#, #"{"id":"d""#])
        #expect(text.allSatisfy { $0.hasSuffix("}\n") && $0.filter { $0 == "\n" }.count == 1 })
        #expect(text[2].contains(#""error":"line 3: malformed JSON"#))
        #expect(text[0].contains(#""term":"new sanctions""#) && text[3].contains(#""term":"sanctions relief""#), "scored records carry their evidence")
        let tally = StageBreakdown.run(Self.lines, classifier, reporter, through: .output)
        #expect(tally.items == rendered.map(\.count).reduce(0, +))
    }

    @Test func theWordSplitCountsOneWordPerToken() throws {
        let lines = Self.lines + [Array(#"{"id":"c","text":"Putin's war — isn't it \"over\"? No: U.S. aid, 66.9 bn."}"#.utf8)]
        let classifier = try TestLexicon.classifier()
        let reporter = JSONReporter(options: ReportOptions(axes: classifier.lexicons.axes, evidenceLimit: 5), lines: true)
        let tokens = StageBreakdown.run(lines, classifier, reporter, through: .tokenize).tokens
        // putin 's war isn't it over no u.s aid 66.9 bn
        #expect(tokens == 27 + 11)
        #expect(StageBreakdown.measureWordSplit(lines, runs: 1, tokens: tokens) > 0)
    }
}
