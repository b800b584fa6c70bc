import Foundation
import Testing

/// End-to-end runs of the built `slant score`: stdout, stderr and exit codes.
struct ScoreCommandTests {
    static let pressure = "Congress must impose new sanctions on Russia and arm Ukraine now, before Putin's next offensive."
    static let engagement = "Washington should offer Moscow sanctions relief and pursue a negotiated settlement to end the war in Ukraine."

    @Test func scoresTheShippedExampleArticle() throws {
        let run = try Slant.run(["score", "Evaluation/examples/example-article.txt", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let records = try #require(try Slant.json(run.stdout) as? [[String: Any]])
        #expect(records.count == 1)
        let axes = try #require(records[0]["axes"] as? [String: [String: Any]])
        #expect(Set(axes.keys) == ["engagement_pressure", "nato_skeptic_alliance", "war_responsibility", "trump_evaluation"])
        for (_, axis) in axes {
            let score = try #require(axis["score"] as? Double)
            #expect((-1...1).contains(score))
            #expect(axis["label"] is String && axis["confidence"] is Double && axis["hits"] is [String: Int] && axis["evidence"] is [Any])
        }
    }

    @Test func jsonFieldsAndSignsForWrittenSentences() throws {
        let run = try Slant.run(["score", "--jsonl", "--format", "jsonl", "--axis", "engagement_pressure"],
                                stdin: "{\"id\": \"p\", \"text\": \"\(Self.pressure)\"}\n{\"id\": \"e\", \"text\": \"\(Self.engagement)\"}\n")
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let p = try #require(try Slant.json(lines[0]) as? [String: Any])
        let e = try #require(try Slant.json(lines[1]) as? [String: Any])
        #expect(p["id"] as? String == "p")
        #expect(p["source"] as? String == "-:1")
        #expect(p["tokens"] as? Int == 16)
        let pAxis = try #require((p["axes"] as? [String: [String: Any]])?["engagement_pressure"])
        let eAxis = try #require((e["axes"] as? [String: [String: Any]])?["engagement_pressure"])
        #expect(pAxis["label"] as? String == "pressure")
        #expect(eAxis["label"] as? String == "engagement")
        #expect((pAxis["score"] as? Double ?? 0) > 0.15)
        #expect((eAxis["score"] as? Double ?? 0) < -0.15)
        let evidence = try #require((pAxis["evidence"] as? [[String: Any]])?.first)
        #expect(Set(evidence.keys) == ["term", "pole", "weight", "base", "offset", "length", "rules", "entry"])
        // Every item's offset and length spell its term in the text (no term here has a
        // wildcard, a word class or an apostrophe, so the spelling differs only in case).
        let bytes = Array(Self.pressure.utf8)
        var spelled: [String] = []
        for item in try #require(pAxis["evidence"] as? [[String: Any]]) {
            let offset = try #require(item["offset"] as? Int)
            let length = try #require(item["length"] as? Int)
            try #require(offset >= 0 && length > 0 && offset + length <= bytes.count, "\(item)")
            let text = String(decoding: bytes[offset..<offset + length], as: UTF8.self)
            #expect(text.lowercased() == item["term"] as? String, "offset \(offset), length \(length)")
            spelled.append(text)
        }
        #expect(spelled.contains("new sanctions") && spelled.contains("arm Ukraine"), "\(spelled)")
        #expect(((p["axes"] as? [String: Any])?.keys.count) == 1, "--axis filters the output")
    }

    @Test func missingInputIsReportedAndTheRestIsScored() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("good.txt")
        try Self.pressure.write(to: good, atomically: true, encoding: .utf8)
        let missing = dir.appendingPathComponent("missing.txt").path
        let run = try Slant.run(["score", good.path, missing])
        #expect(run.status == 3)
        #expect(run.stderr == "slant: \(missing): no such file or directory\nslant: 1 of 2 inputs could not be scored\n")
        #expect(run.stdout.hasPrefix("\(good.path)  (16 tokens)\n"))

        let jsonl = try Slant.run(["score", good.path, missing, "--format", "jsonl"])
        #expect(jsonl.status == 3)
        let lines = jsonl.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[1] == "{\"id\":\"\(missing)\",\"source\":\"\(missing)\",\"error\":\"no such file or directory\",\"warnings\":[]}")
    }

    @Test func malformedJSONLLineIsAnErrorRecordWithItsLineNumber() throws {
        let input = "{\"id\": \"a\", \"text\": \"\(Self.pressure)\"}\n{\"id\": \"b\", \"text\": \n\n{\"id\": \"c\"}\n"
        let run = try Slant.run(["score", "--jsonl", "--format", "jsonl"], stdin: input)
        #expect(run.status == 3)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1].contains("\"error\":\"line 2: malformed JSON: column 21: unexpected end of line, expected a value\""))
        #expect(lines[2] == "{\"id\":\"c\",\"source\":\"-:4\",\"error\":\"line 4: record has no \\\"text\\\" string\",\"warnings\":[]}")
    }

    @Test func directoriesAreWalkedRecursivelyInSortedOrder() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Self.pressure.write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try "<html><body><p>\(Self.engagement)</p><script>sanctions sanctions</script></body></html>"
            .write(to: dir.appendingPathComponent("sub/a.html"), atomically: true, encoding: .utf8)
        try "ignored".write(to: dir.appendingPathComponent("notes.pdf"), atomically: true, encoding: .utf8)
        let run = try Slant.run(["score", dir.path, "--format", "csv", "--axis", "engagement_pressure"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = run.stdout.split(separator: "\n").map(String.init)
        #expect(rows[0] == "id,source,tokens,engagement_pressure_score,engagement_pressure_label,engagement_pressure_confidence,error")
        #expect(rows.count == 3)
        #expect(rows[1].hasPrefix("\(dir.path)/b.txt,") && rows[1].contains(",pressure,"))
        #expect(rows[2].hasPrefix("\(dir.path)/sub/a.html,") && rows[2].contains(",engagement,"))
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let args = ["score", "../shared/seeds", "Evaluation/examples", "--format", "jsonl"]
        let first = try Slant.run(args)
        let second = try Slant.run(args)
        #expect(first.stdout == second.stdout)
        #expect(!first.stdout.isEmpty)
    }

    @Test func parallelOutputIsByteIdenticalAndInInputOrder() throws {
        let args = ["score", "Evaluation/corpus", "../shared/seeds", "/nonexistent.txt", "--format", "jsonl"]
        let one = try Slant.run(args + ["--jobs", "1"])
        #expect(one.status == 3)
        #expect(one.stdout.split(separator: "\n").count == 74)
        for jobs in ["2", "3", "8"] {
            let many = try Slant.run(args + ["--jobs", jobs])
            #expect(many.stdout == one.stdout, "--jobs \(jobs)")
            #expect(many.status == 3)
        }
        var lines = ""
        for i in 0..<600 { lines += "{\"id\": \"r\(i)\", \"text\": \"Ukraine needs weapons \(i).\"}\n" }
        let serial = try Slant.run(["score", "--jsonl", "--format", "jsonl"], stdin: lines)
        let parallel = try Slant.run(["score", "--jsonl", "--format", "jsonl", "--jobs", "4"], stdin: lines)
        #expect(parallel.stdout == serial.stdout)
        #expect(parallel.stdout.split(separator: "\n").count == 600)
    }

    @Test func badLexiconDirectoryIsAUsageError() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "slant-lexicon 1\naxis broken \"B\"\npole - a \"a\"\npole + b \"b\"\n[pole a]\nword zero\n"
            .write(to: dir.appendingPathComponent("broken.lex"), atomically: true, encoding: .utf8)
        let run = try Slant.run(["score", "--lexicons", dir.path, "-"], stdin: "text")
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("\(dir.path)/broken.lex:6:6: error: weight 'zero' is not a number\n"))
        #expect(run.stderr.hasSuffix("lexicons not loaded (46 problems)\n"))
    }

    @Test func worksFromAnyDirectoryWithEmbeddedLexicons() throws {
        let run = try Slant.run(["score", "-", "--format", "csv"], stdin: Self.pressure, cwd: URL(fileURLWithPath: "/"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == 2)
    }

    @Test func closedPipeExitsQuietly() throws {
        let script = "'\(Slant.binary.path)' score ../shared/seeds ../shared/seeds ../shared/seeds Evaluation --format jsonl | head -c 10 > /dev/null; echo ${PIPESTATUS[0]}"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = Slant.root
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let status = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(status == "0\n")
        #expect(stderr.isEmpty)
    }
}
