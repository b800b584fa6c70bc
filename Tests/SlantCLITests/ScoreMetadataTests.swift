import Foundation
import Testing

/// JSONL metadata through `slant score` (json/jsonl `meta`, CSV `--meta` columns) and the
/// UTF-8 byte-order mark, end to end.
struct ScoreMetadataTests {
    static let pressure = "Congress must impose new sanctions on Russia."
    static let axisAndNoEvidence = ["--axis", "engagement_pressure", "--evidence", "0"]

    static let records = [
        #"{"id":"a","outlet":"Outlet A","date":"2025-08-15","words":812,"score":-1.50e2,"text":"\#(pressure)"}"#,
        #"{"id":"b","text":"\#(pressure)"}"#,
        #"{"id":"c","outlet":{"name":"A"},"text":"x"}"#,
        #"{"id":"d","outlet":"B, \"the\" paper","text":"Talks now."}"#,
        #"{"id":"e","outlet":"C"}"#,
    ].joined(separator: "\n") + "\n"

    static let pressureAxes = #""tokens":7,"genre":"opinion","axes":{"engagement_pressure":{"score":0.5211,"label":"pressure","confidence":0.3624,"hits":{"engagement":0,"pressure":2},"evidence":[]}},"warnings":[]}"#

    /// `meta` follows `source`, fields in input order, numbers as written; a record without
    /// extra fields has no `meta` (its line is what it was before metadata existed); a field
    /// of the wrong type is an error record and the batch goes on.
    @Test func metadataComesBackUnderMetaRightAfterSource() throws {
        let run = try Slant.run(["score", "--jsonl", "--format", "jsonl"] + Self.axisAndNoEvidence, stdin: Self.records)
        #expect(run.status == 3)
        #expect(run.stderr == "slant: 2 of 5 inputs could not be scored\n")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines == [
            #"{"id":"a","source":"-:1","meta":{"outlet":"Outlet A","date":"2025-08-15","words":812,"score":-1.50e2},"# + Self.pressureAxes,
            #"{"id":"b","source":"-:2","# + Self.pressureAxes,
            #"{"id":"-:3","source":"-:3","error":"line 3: field \"outlet\" must be a string or a number","warnings":[]}"#,
            #"{"id":"d","source":"-:4","meta":{"outlet":"B, \"the\" paper"},"tokens":2,"genre":"opinion","axes":{"engagement_pressure":{"score":0.0000,"label":"neutral","confidence":0.0000,"hits":{"engagement":0,"pressure":0},"evidence":[]}},"warnings":["no lexicon entry matched; scores are not meaningful"]}"#,
            #"{"id":"e","source":"-:5","meta":{"outlet":"C"},"error":"line 5: record has no \"text\" string","warnings":[]}"#,
        ])
        let json = try Slant.run(["score", "--jsonl", "--format", "json"] + Self.axisAndNoEvidence, stdin: Self.records)
        let array = try #require(try Slant.json(json.stdout) as? [[String: Any]])
        #expect((array[0]["meta"] as? [String: Any])?["words"] as? Int == 812, "json output is valid JSON with the number as a number")
    }

    @Test func csvHasAColumnPerMetaFieldAfterTheLeadingColumns() throws {
        let run = try Slant.run(["score", "--jsonl", "--format", "csv", "--axis", "engagement_pressure", "--meta", "date", "--meta", "outlet",
                                 "--meta", "missing", "--meta", "date"], stdin: Self.records)
        #expect(run.status == 3)
        #expect(run.stdout == """
            id,source,tokens,date,outlet,missing,engagement_pressure_score,engagement_pressure_label,engagement_pressure_confidence,error
            a,-:1,7,2025-08-15,Outlet A,,0.5211,pressure,0.3624,
            b,-:2,7,,,,0.5211,pressure,0.3624,
            -:3,-:3,,,,,,,,"line 3: field ""outlet"" must be a string or a number"
            d,-:4,2,,"B, ""the"" paper",,0.0000,neutral,0.0000,
            e,-:5,,,C,,,,,"line 5: record has no ""text"" string"

            """)
    }

    /// Windows tools start a file with EF BB BF; the first record (or the article) reads as if it were not there.
    @Test func aByteOrderMarkIsSkippedInJSONLAndTextFiles() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let jsonl = Array("{\"id\":\"a\",\"outlet\":\"A\",\"text\":\"\(Self.pressure)\"}\n{\"id\":\"b\",\"text\":\"Talks now.\"}\n".utf8)
        try Data(bom + jsonl).write(to: dir.appendingPathComponent("bom.jsonl"))
        try Data(jsonl).write(to: dir.appendingPathComponent("plain.jsonl"))
        let article = Array(Self.pressure.utf8)
        try Data(bom + article).write(to: dir.appendingPathComponent("bom.txt"))
        try Data(article).write(to: dir.appendingPathComponent("plain.txt"))

        for (args, name) in [(["--jsonl"], "jsonl"), ([], "txt")] {
            let withMark = try Slant.run(["score", "--format", "jsonl"] + args + [dir.appendingPathComponent("bom.\(name)").path])
            let without = try Slant.run(["score", "--format", "jsonl"] + args + [dir.appendingPathComponent("plain.\(name)").path])
            #expect(withMark.status == 0, "\(withMark.stdout)")
            #expect(withMark.stdout.replacingOccurrences(of: "bom.\(name)", with: "plain.\(name)") == without.stdout, "\(name)")
            #expect(!withMark.stdout.contains("error"))
        }
        let piped = try Slant.run(["score", "--jsonl", "--format", "csv", "--meta", "outlet", "--axis", "engagement_pressure"],
                                  stdin: "\u{FEFF}" + String(decoding: jsonl, as: UTF8.self))
        #expect(piped.status == 0)
        #expect(piped.stdout.split(separator: "\n")[1] == "a,-:1,7,A,0.5211,pressure,0.3624,", "standard input too")
    }
}
