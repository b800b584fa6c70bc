import Testing
@testable import SlantKit

/// Reading `slant score --format jsonl` lines and raw records' extra fields back for `slant report`.
struct SummaryInputTests {
    static let scored = #"{"id":"a1","source":"in.jsonl:1","meta":{"outlet":"A","date":"2025-08-15","page":12,"tags":["x"],"paywall":true},"tokens":9,"genre":"opinion","axes":{"engagement_pressure":{"score":0.3679,"label":"pressure","confidence":0.3359,"hits":{"engagement":1,"pressure":2},"evidence":[{"term":"weapons","pole":"pressure","weight":1.5000,"base":1.0000,"offset":0,"length":7,"rules":["lead ×1.5"],"entry":"x.lex:3"}]}},"warnings":[]}"#

    static func read(_ lines: [String]) -> [ReportRecord] {
        var reader = ScoredLineReader()
        return lines.enumerated().map { reader.record(Array($0.element.utf8), number: $0.offset + 1, source: "s.jsonl") }
    }

    static func failure(_ record: ReportRecord) -> String? {
        if case .failed(let message) = record.outcome { return message }
        return nil
    }

    @Test func aScoreRecordKeepsItsMetaScoresAndEvidence() throws {
        let record = try #require(Self.read([Self.scored]).first)
        #expect(record.id == "a1")
        #expect(record.source == "in.jsonl:1")
        // Strings and numbers (as written); an array and a boolean name no group.
        #expect(record.meta == [MetaField("outlet", "A"), MetaField("date", "2025-08-15"), MetaField("page", "12")])
        guard case .scored(let axes) = record.outcome else { Issue.record("not scored"); return }
        #expect(axes.count == 1)
        #expect(axes[0].axis == ReportAxis(id: AxisID("engagement_pressure"), negative: "engagement", positive: "pressure"))
        #expect(axes[0].score == 0.3679 && axes[0].label == "pressure" && axes[0].confidence == 0.3359)
        #expect(axes[0].evidence == [ReportEvidence(term: "weapons", pole: "pressure", weight: 1.5)])
    }

    @Test func anErrorRecordStaysAnErrorWithItsMeta() throws {
        let record = try #require(Self.read([#"{"id":"x","source":"in.jsonl:4","meta":{"outlet":"B"},"error":"line 4: record has no \"text\" string","warnings":[]}"#]).first)
        #expect(Self.failure(record) == "line 4: record has no \"text\" string")
        #expect(record.meta == [MetaField("outlet", "B")])
        #expect(record.source == "in.jsonl:4")
    }

    @Test(arguments: [
        ("{\"id\": \"a\", \"axes\": ", "line 1: malformed JSON: column 21: unexpected end of line, expected '{'"),
        ("[1, 2]", "line 1: malformed JSON: column 1: expected '{'"),
        ("{\"id\": \"a\", \"text\": \"raw, not scored\"}", "line 1: not a slant score record (no \"axes\" and no \"error\")"),
        ("{\"axes\": {\"x\": {\"score\": 0.1, \"label\": \"neutral\", \"confidence\": 0}}}",
         "line 1: axis x needs \"hits\" with its two poles"),
        ("{\"axes\": {\"x\": {\"label\": \"neutral\", \"hits\": {\"a\": 0, \"b\": 0}}}}", "line 1: axis x needs \"score\", \"label\" and \"confidence\""),
    ])
    func aLineThatIsNoScoreRecordIsAnErrorRecord(_ line: String, _ message: String) throws {
        let record = try #require(Self.read([line]).first)
        #expect(Self.failure(record) == message)
        #expect(record.source == "s.jsonl:1")
    }

    /// Outputs of two lexicon versions mixed in one file cannot be summarized together.
    @Test func polesOrLabelsThatDisagreeWithEarlierLinesAreErrors() {
        let renamed = Self.scored.replacingOccurrences(of: "\"engagement\":1", with: "\"talks\":1")
        let badLabel = Self.scored.replacingOccurrences(of: "\"label\":\"pressure\"", with: "\"label\":\"hawkish\"")
        let records = Self.read([Self.scored, renamed, badLabel])
        #expect(Self.failure(records[0]) == nil)
        #expect(Self.failure(records[1]) == "line 2: axis engagement_pressure has poles talks and pressure, earlier lines engagement and pressure")
        #expect(Self.failure(records[2]) == "line 3: axis engagement_pressure: label \"hawkish\" is none of engagement, neutral, pressure")
        #expect(records[1].id == "a1")
    }
}
