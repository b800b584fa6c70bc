import Foundation
import Testing

/// `slant eval` end to end: golden outputs, the regression gate, bad input.
///
/// Golden files live in Tests/Fixtures/golden. To re-record them after an
/// intended change, run `SLANT_RECORD_GOLDEN=1 swift test --filter EvalCommandTests`
/// and review the diff.
struct EvalCommandTests {
    static let fixture = ["--labels", "Tests/Fixtures/labels/mini.jsonl", "--lexicons", "Tests/Fixtures/lexicons"]

    @Test(arguments: ["text", "markdown", "json", "junit"])
    func outputMatchesGoldenFile(_ format: String) throws {
        let run = try Slant.run(["eval"] + Self.fixture + ["--format", format])
        #expect(run.status == 0, "\(run.stderr)")
        try Slant.expectGolden(run.stdout, "eval-mini.\(format)")
    }

    @Test func gateFailsOnAPlantedRegressionAndNamesTheCase() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lexicons = dir.appendingPathComponent("lexicons")
        try FileManager.default.copyItem(at: Slant.root.appendingPathComponent("Tests/Fixtures/lexicons"), to: lexicons)
        let baseline = dir.appendingPathComponent("baseline.json").path
        let labels = ["--labels", "Tests/Fixtures/labels/mini.jsonl", "--lexicons", lexicons.path, "--baseline", baseline]

        let record = try Slant.run(["eval"] + labels + ["--update-baseline"])
        #expect(record.status == 0, "\(record.stderr)")
        #expect(record.stderr == "slant eval: baseline written to \(baseline)\n")
        let clean = try Slant.run(["eval"] + labels)
        #expect(clean.status == 0)
        #expect(clean.stderr == "slant eval: no regression against \(baseline)\n")

        // Remove the key entry `weapons`: the "arms" case loses all its evidence.
        let axis = lexicons.appendingPathComponent("axis.lex")
        let text = try String(contentsOf: axis, encoding: .utf8)
        #expect(text.contains("weapons            1\n"))
        try text.replacingOccurrences(of: "weapons            1\n", with: "").write(to: axis, atomically: true, encoding: .utf8)
        let regressed = try Slant.run(["eval"] + labels)
        #expect(regressed.status == 1)
        #expect(regressed.stderr.contains("slant eval: regression: case arms passed in the baseline and now fails\n"))
        #expect(regressed.stderr.contains("slant eval: regression: engagement_pressure.within: 0.750 -> 0.500\n"))
        #expect(regressed.stderr.hasSuffix(" regressions against the baseline\n"))
    }

    @Test func projectCorpusPassesItsBaseline() throws {
        let run = try Slant.run(["eval", "--baseline", "Evaluation/baseline.json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("axis "))
    }

    /// The same gate on the project corpus and shipped lexicons: without the
    /// `sanctions relief` entry, engagement_pressure gets measurably worse.
    @Test func projectGateFailsWhenAKeyShippedEntryIsRemoved() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lexicons = dir.appendingPathComponent("Lexicons")
        try FileManager.default.copyItem(at: Slant.root.appendingPathComponent("Lexicons"), to: lexicons)
        let axis = lexicons.appendingPathComponent("engagement_pressure.lex")
        let lines = try String(contentsOf: axis, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let kept = lines.filter { !$0.hasPrefix("sanctions relief ") || $0.contains("|") }
        #expect(kept.count == lines.count - 1, "exactly one entry removed")
        try kept.joined(separator: "\n").write(to: axis, atomically: true, encoding: .utf8)
        let run = try Slant.run(["eval", "--lexicons", lexicons.path, "--baseline", "Evaluation/baseline.json"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("slant eval: regression: engagement_pressure."))
        #expect(run.stderr.hasSuffix("against the baseline\n"))
    }

    @Test func badLabelsExitTwoWithoutMetrics() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let labels = dir.appendingPathComponent("bad.jsonl")
        try "{\"id\": \"a\", \"text\": \"x\", \"expect\": {\"engagement_pressure\": 2}}\nnot json\n".write(to: labels, atomically: true, encoding: .utf8)
        let run = try Slant.run(["eval", "--labels", labels.path, "--lexicons", "Tests/Fixtures/lexicons"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == """
            \(labels.path):1: case 'a': expect.engagement_pressure = 2.0 is outside [-1, 1]
            \(labels.path):2: malformed JSON (each line must be one JSON object)
            slant: labels not loaded (2 problems); no metrics computed

            """)
    }
}
