import Foundation
import Testing

/// `slant kwic` and `slant diff` end to end on small fixtures.
struct ExploreCommandTests {
    static let text = "Sanctions relief is on the table.\nCongress wants new “sanctions” — and SANCTIONED banks.\nNo relief."

    @Test(arguments: [
        ("sanction*", ["-:1:1: [Sanctions] relief is", "-:2:21: ants new “[sanctions]” — and SA", "-:2:38: ns” — and [SANCTIONED] banks. No"]),
        ("sanctions relief", ["-:1:1: [Sanctions relief] is on the"]),
        ("relief", ["-:1:11: Sanctions [relief] is on the", "-:3:4: banks. No [relief]."]),
        ("tariffs", []),
    ])
    func kwicFindsTermsWithTheLexiconSyntax(_ term: String, _ lines: [String]) throws {
        let run = try Slant.run(["kwic", "--width", "10", term], stdin: Self.text)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == lines.map { $0 + "\n" }.joined())
    }

    @Test func kwicExpandsWordClassesFromTheLexicons() throws {
        let run = try Slant.run(["kwic", "--width", "8", "{admin} caved"], stdin: "Trump caved to Putin. Then the White House caved again.\n")
        #expect(run.status == 0, "\(run.stderr)")
        // Eight characters each side; the final newline shows as a space.
        #expect(run.stdout == "-:1:1: [Trump caved] to Puti\n-:1:28: n. Then [the White House caved] again. \n")
        let unknown = try Slant.run(["kwic", "{hawks} caved", "-"], stdin: "")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("slant kwic: invalid value '{hawks} caved' for 'TERM'; expected unknown class '{hawks}': no [list hawks] is defined"))
    }

    @Test func kwicRejectsABadTerm() throws {
        let run = try Slant.run(["kwic", "sanc*tions", "-"], stdin: "")
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("slant kwic: invalid value 'sanc*tions' for 'TERM'; expected '*' may only end a word"))
    }

    @Test func diffListsMovedCasesAndMetricDeltas() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let candidate = dir.appendingPathComponent("candidate")
        try FileManager.default.copyItem(at: Slant.root.appendingPathComponent("Tests/Fixtures/lexicons"), to: candidate)
        let axis = candidate.appendingPathComponent("axis.lex")
        try String(contentsOf: axis, encoding: .utf8).replacingOccurrences(of: "weapons            1\n", with: "")
            .write(to: axis, atomically: true, encoding: .utf8)
        let run = try Slant.run(["diff", "--lexicons", candidate.path, "--against", "Tests/Fixtures/lexicons",
                                 "--labels", "Tests/Fixtures/labels/mini.jsonl"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("engagement_pressure      within         0.750     0.500    -0.250\n"))
        #expect(run.stdout.contains("cases passing: 3 -> 2 of 4\n"))
        #expect(run.stdout.contains("  arms  engagement_pressure  +0.77 -> +0.00  pressure -> neutral  expected +0.60\n"))
    }

    @Test func diffNeedsBothVersions() throws {
        let run = try Slant.run(["diff", "--lexicons", "Lexicons"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("slant diff: missing --against DIR (the reference)"))
    }
}

/// `slant bench` runs on a small generated corpus and reports every figure.
struct BenchCommandTests {
    @Test func benchReportsEveryFigureAsJSON() throws {
        let run = try Slant.run(["bench", "--mb", "1", "--runs", "1", "--entries", "500", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try Slant.json(run.stdout) as? [String: Any])
        for key in ["mb_per_s", "articles_per_s", "ns_per_token", "compile_shipped_ms", "startup_in_process_ms", "startup_process_ms",
                    "big_mb_per_s", "big_lexicon_cost_ratio", "parallel_speedup", "peak_rss_mb"] {
            let value = try #require(report[key] as? Double, "\(key)")
            #expect(value > 0, "\(key)")
        }
        #expect((report["word_split_ns_per_byte"] as? Double ?? 0) > 0)
        // One figure per pipeline stage, in pipeline order; the stages add up to the whole
        // single-thread pipeline, which cannot cost nothing.
        let stages = try #require(report["stage_ns_per_byte"] as? [String: Double])
        #expect(run.stdout.contains(#""stage_ns_per_byte":{"read":"#))
        let order = ["read", "tokenize", "match", "rules", "output"].compactMap { run.stdout.range(of: "\"\($0)\":")?.lowerBound }
        #expect(order.count == 5 && order == order.sorted())
        #expect(Set(stages.keys) == ["read", "tokenize", "match", "rules", "output"])
        #expect(stages.values.reduce(0, +) > 0)
        #expect(report["big_lexicon_entries"] as? Int == 500)
        #expect((report["corpus_bytes"] as? Int ?? 0) >= 1_000_000)
    }
}
