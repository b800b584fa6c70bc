import Foundation
import Testing

/// `--max-article-bytes` and `--truncate` with small limits, so they run in every `swift test`.
/// (`LargeInputTests` checks the memory bound on 500 MB, against a release build.)
struct ArticleLimitTests {
    static let sentence = "Washington must impose new sanctions on Russia and send more weapons to Ukraine now. "
    static let axisAndNoEvidence = ["--axis", "engagement_pressure", "--evidence", "0"]

    /// Writes `files` into a fresh directory.
    static func directory(_ files: [String: String]) throws -> URL {
        let dir = try Slant.temporaryDirectory()
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    @Test func overTheLimitIsAnErrorRecordAndTheRestIsScored() throws {
        let big = String(repeating: Self.sentence, count: 3)
        let dir = try Self.directory(["big.txt": big, "small.txt": "Ukraine needs weapons."])
        defer { try? FileManager.default.removeItem(at: dir) }
        let bigPath = dir.appendingPathComponent("big.txt").path
        let files = try Slant.run(["score", "--format", "jsonl", "--max-article-bytes", "100"] + Self.axisAndNoEvidence
            + [bigPath, dir.appendingPathComponent("small.txt").path])
        #expect(files.status == 3)
        #expect(files.stderr == "slant: 1 of 2 inputs could not be scored\n")
        let lines = files.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0] == #"{"id":"\#(bigPath)","source":"\#(bigPath)","error":"article is \#(big.utf8.count) bytes, over the --max-article-bytes limit of 100","warnings":[]}"#)
        #expect(lines[1].contains(#""tokens":3,"#))

        let line = #"{"id":"long","outlet":"A","text":"\#(big)"}"#
        let jsonl = try Slant.run(["score", "--jsonl", "--format", "jsonl", "--max-article-bytes", "100"] + Self.axisAndNoEvidence,
                                  stdin: #"{"id":"one","text":"Ukraine needs weapons."}"# + "\n" + line + "\n" + #"{"id":"three","text":"Talks now."}"# + "\n")
        #expect(jsonl.status == 3)
        let records = jsonl.stdout.split(separator: "\n").map(String.init)
        #expect(records.count == 3)
        #expect(records[0].hasPrefix(#"{"id":"one","source":"-:1","tokens":3,"#))
        #expect(records[1] == #"{"id":"-:2","source":"-:2","error":"line 2: article is \#(line.utf8.count) bytes, over the --max-article-bytes limit of 100","warnings":[]}"#)
        #expect(records[2].hasPrefix(#"{"id":"three","source":"-:3","#))
    }

    /// A truncated article scores exactly as its first bytes do on their own, with a warning.
    @Test func truncateScoresTheFirstBytesWithAWarning() throws {
        let big = String(repeating: Self.sentence, count: 3) + "Talks."
        let kept = String(big.utf8.prefix(200))!
        let dir = try Self.directory(["big.txt": big, "kept.txt": kept])
        defer { try? FileManager.default.removeItem(at: dir) }
        let truncated = try Slant.run(["score", "--format", "jsonl", "--max-article-bytes", "200", "--truncate", dir.appendingPathComponent("big.txt").path])
        let alone = try Slant.run(["score", "--format", "jsonl", dir.appendingPathComponent("kept.txt").path])
        #expect(truncated.status == 0, "\(truncated.stderr)")
        let warning = "article is \(big.utf8.count) bytes, over the --max-article-bytes limit of 200: scored its first 200 bytes"
        #expect(truncated.stdout.replacingOccurrences(of: "big.txt", with: "kept.txt")
            == alone.stdout.replacingOccurrences(of: #""warnings":[]"#, with: #""warnings":["\#(warning)"]"#))

        // JSONL: the text is cut, and the fields after it are kept.
        let line = #"{"id":"long","text":"\#(big)","outlet":"A"}"#
        let jsonl = try Slant.run(["score", "--jsonl", "--format", "jsonl", "--max-article-bytes", "200", "--truncate"] + Self.axisAndNoEvidence,
                                  stdin: line + "\n")
        let keptRecord = try Slant.run(["score", "--jsonl", "--format", "jsonl"] + Self.axisAndNoEvidence,
                                       stdin: #"{"id":"long","outlet":"A","text":"\#(kept)"}"# + "\n")
        #expect(jsonl.status == 0, "\(jsonl.stderr)")
        let jsonlWarning = "article is \(line.utf8.count) bytes, over the --max-article-bytes limit of 200: scored its first 200 bytes"
        #expect(jsonl.stdout == keptRecord.stdout.replacingOccurrences(of: #""warnings":[]"#, with: #""warnings":["\#(jsonlWarning)"]"#))

        // Cut on the reading thread, scored on the workers: the same bytes with --jobs.
        let mixed = String(repeating: #"{"id":"s","text":"Ukraine needs weapons."}"# + "\n" + line + "\n", count: 300)
        let serial = try Slant.run(["score", "--jsonl", "--format", "jsonl", "--max-article-bytes", "200", "--truncate"], stdin: mixed)
        let parallel = try Slant.run(["score", "--jsonl", "--format", "jsonl", "--max-article-bytes", "200", "--truncate", "--jobs", "3"], stdin: mixed)
        #expect(serial.stdout.split(separator: "\n").count == 600)
        #expect(parallel.stdout == serial.stdout)
    }

    @Test func theDefaultLimitIsFourMebibytesAndSuffixesArePowersOf1024() throws {
        let dir = try Self.directory(["big.txt": String(repeating: "a", count: 4 << 20) + "b", "k.txt": String(repeating: "a", count: 1025)])
        defer { try? FileManager.default.removeItem(at: dir) }
        let big = try Slant.run(["score", "--format", "csv", "--axis", "engagement_pressure", dir.appendingPathComponent("big.txt").path])
        #expect(big.status == 3)
        #expect(big.stdout.hasSuffix(",\"article is 4194305 bytes, over the --max-article-bytes limit of 4194304\"\n"))
        let k = try Slant.run(["score", "--format", "csv", "--axis", "engagement_pressure", "--max-article-bytes", "1k", dir.appendingPathComponent("k.txt").path])
        #expect(k.stdout.hasSuffix(",\"article is 1025 bytes, over the --max-article-bytes limit of 1024\"\n"))
    }

    /// Standard input as one article is counted through to its end, not held.
    @Test func standardInputOverTheLimitIsCountedNotHeld() throws {
        let run = try Slant.run(["score", "--format", "csv", "--axis", "engagement_pressure", "--max-article-bytes", "10", "-"],
                                stdin: String(repeating: "x", count: 100_000))
        #expect(run.status == 3)
        #expect(run.stdout.hasSuffix("\n-,-,,,,,\"article is 100000 bytes, over the --max-article-bytes limit of 10\"\n"))
    }
}
