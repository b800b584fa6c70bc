import Foundation
import Testing

/// `slant report` end to end: golden text, CSV and JSON on a hand-written
/// archive of score records, raw records scored on the way, usage errors, and
/// the HTML page in a browser.
///
/// Re-record the golden files after an intended change with
/// `SLANT_RECORD_GOLDEN=1 swift test --filter ReportCommandTests` and review the diff.
struct ReportCommandTests {
    /// 15 lines: outlets A (6 articles) and B (5), C with a date that is not ISO,
    /// one record without meta, an error record from `slant score`, a malformed line.
    static let fixture = "Tests/Fixtures/report/scored.jsonl"
    static let failed = "slant: 2 of 15 inputs could not be scored\n"

    @Test(arguments: ["text", "csv", "json"])
    func byOutletMatchesGoldenFile(_ format: String) throws {
        let run = try Slant.run(["report", Self.fixture, "--by", "outlet", "--compare", "A", "B", "--format", format])
        #expect(run.status == 3)
        #expect(run.stderr == Self.failed)
        try Slant.expectGolden(run.stdout, "report-outlet.\(format)")
    }

    @Test func byOutletAndMonthMatchesGoldenFile() throws {
        let run = try Slant.run(["report", Self.fixture, "--by", "outlet", "--period", "month", "--min-articles", "2", "--top", "1",
                                 "--compare", "A / 2025-07", "A / 2025-08", "--axis", "engagement_pressure"])
        #expect(run.status == 3)
        try Slant.expectGolden(run.stdout, "report-month.text")
    }

    /// The numbers the golden text shows for outlet A, worked by hand: mean 2/6, shares 1/6, 1/6, 4/6.
    @Test func theTextShowsTheHandComputedNumbers() throws {
        let run = try Slant.run(["report", Self.fixture, "--by", "outlet"])
        #expect(run.stdout.hasPrefix("slant report: 15 records, 13 scored in 4 groups (by outlet)\n"))
        #expect(run.stdout.contains("\n  A           6  +0.3333  [-0.0417, +0.7083]       16.7%    16.7%     66.7%  0.5500\n"))
        #expect(run.stdout.contains("\n  C           1  too few articles (n=1)\n  (none)      1  too few articles (n=1)\n"))
        #expect(run.stdout.contains("2 records were errors and are not in any group:\n  archive.jsonl:10: line 10: record has no \"text\" string\n"))
    }

    @Test func theSeedFixesTheIntervalsAndAnotherMovesThem() throws {
        let args = ["report", Self.fixture, "--by", "outlet", "--format", "csv", "--axis", "engagement_pressure"]
        let first = try Slant.run(args), again = try Slant.run(args), other = try Slant.run(args + ["--seed", "7"])
        #expect(first.stdout == again.stdout)
        #expect(first.stdout.contains("\ngroup,A,,A,engagement_pressure,6,0.3333,-0.0417,0.7083,"))
        #expect(other.stdout.contains("\ngroup,A,,A,engagement_pressure,6,0.3333,-0.0833,0.7500,"))
    }

    @Test func outputFileIsWrittenWhole() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("report.json")
        let run = try Slant.run(["report", Self.fixture, "--format", "json", "--output", file.path])
        #expect(run.status == 3)
        #expect(run.stdout.isEmpty)
        let report = try #require(try Slant.json(String(contentsOf: file, encoding: .utf8)) as? [String: Any])
        #expect(report["records"] as? Int == 15)
        #expect((report["groups"] as? [[String: Any]])?.map { $0["name"] as? String } == ["all"])
    }

    /// Scoring raw records in the report gives the report of their `slant score` output, byte for byte.
    @Test(arguments: ["text", "json"])
    func rawRecordsGiveTheReportOfTheirScores(_ format: String) throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let scored = dir.appendingPathComponent("scored.jsonl")
        let archive = "Evaluation/examples/archive.jsonl"
        let score = try Slant.run(["score", "--jsonl", archive, "--format", "jsonl", "--output", scored.path])
        #expect(score.status == 0, "\(score.stderr)")
        let fromScores = try Slant.run(["report", scored.path, "--format", format])
        let fromRaw = try Slant.run(["report", "--jsonl", archive, "--format", format])
        #expect(fromRaw.status == 0, "\(fromRaw.stderr)")
        #expect(fromRaw.stdout == fromScores.stdout)
        #expect(fromRaw.stdout.contains("70"))
    }

    /// The raw records' own fields group them: four outlets over three months, every record in one group.
    @Test func rawRecordsAreGroupedByTheirFields() throws {
        let run = try Slant.run(["report", "--jsonl", "Evaluation/examples/archive.jsonl", "--by", "outlet", "--period", "month", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try Slant.json(run.stdout) as? [String: Any])
        let groups = try #require(report["groups"] as? [[String: Any]])
        #expect(groups.count == 12)
        #expect(groups.compactMap { $0["articles"] as? Int }.reduce(0, +) == 70)
        #expect(Set(groups.compactMap { ($0["key"] as? [String: Any])?["outlet"] as? String })
            == ["Civic Lantern", "Harbor Review", "Meridian Ledger", "Northgate Wire"])
        #expect(Set(groups.compactMap { ($0["key"] as? [String: Any])?["month"] as? String }) == ["2025-07", "2025-08", "2025-09"])
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs python3"))
    func theExampleArchiveIsWhatItsScriptWrites() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let written = dir.appendingPathComponent("archive.jsonl")
        let run = try Slant.tool("/usr/bin/python3", ["Evaluation/examples/make-archive.py", written.path], capturing: .standardError)
        #expect(run.status == 0, "\(run.text)")
        let committed = try Data(contentsOf: Slant.root.appendingPathComponent("Evaluation/examples/archive.jsonl"))
        #expect(try Data(contentsOf: written) == committed, "make-archive.py no longer writes the committed archive")
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        let stderr: String
        var testDescription: String { name }
    }

    static let usage = "\nRun 'slant report --help' for usage.\n"

    static let usageCases: [Case] = [
        Case(name: "one group to compare", arguments: ["report", fixture, "--compare", "A"],
             stderr: "slant report: invalid value 'A' for '--compare'; expected two group names" + usage),
        Case(name: "no group to compare", arguments: ["report", fixture, "--compare"],
             stderr: "slant report: option '--compare' needs a value" + usage),
        Case(name: "unknown group", arguments: ["report", fixture, "--by", "outlet", "--compare", "A", "Z"],
             stderr: "slant report: no group 'Z' to compare; the groups: A, B, C, (none)" + usage),
        Case(name: "unknown axis", arguments: ["report", fixture, "--axis", "mood"],
             stderr: "slant report: no axis 'mood' in the input; its axes: engagement_pressure, trump_evaluation" + usage),
        Case(name: "bad period", arguments: ["report", fixture, "--period", "year"],
             stderr: "slant report: invalid value 'year' for '--period'; expected week|month" + usage),
        Case(name: "minimum of one", arguments: ["report", fixture, "--min-articles", "1"],
             stderr: "slant report: invalid value '1' for '--min-articles'; expected a whole number from 2 to 1000000" + usage),
        Case(name: "lexicons without raw records", arguments: ["report", fixture, "--lexicons", "Lexicons"],
             stderr: "slant report: option '--lexicons' needs '--jsonl'" + usage),
        Case(name: "progress forced and silenced", arguments: ["report", fixture, "--progress", "--no-progress"],
             stderr: "slant report: options '--progress' and '--no-progress' cannot be used together" + usage),
        Case(name: "scored and raw input", arguments: ["report", "--jsonl", "x.jsonl", fixture],
             stderr: "slant report: unexpected argument '\(fixture)'" + usage),
    ]

    @Test(arguments: usageCases)
    func usageErrorExitsTwo(_ c: Case) throws {
        let run = try Slant.run(c.arguments)
        #expect(run.status == 2)
        #expect(run.stderr == c.stderr)
        #expect(run.stdout.isEmpty)
    }

    @Test func helpNamesEveryOption() throws {
        let run = try Slant.run(["report", "--compare", "A", "--help"])
        #expect(run.status == 0)
        for option in ["--by", "--period", "--compare", "--min-articles", "--top", "--axis", "--seed", "--format", "--output", "--jsonl", "--lexicons",
                       "--jobs", "--progress", "--no-progress"] {
            #expect(run.stdout.contains("  \(option) "), "help lacks \(option)")
        }
    }

    /// Raw records from standard input are scored once, their metadata carried by the scorer.
    @Test func rawRecordsFromStandardInputAreGroupedLikeAFile() throws {
        let archive = "Evaluation/examples/archive.jsonl"
        let lines = try String(contentsOf: Slant.root.appendingPathComponent(archive), encoding: .utf8)
        let piped = try Slant.run(["report", "--jsonl", "-", "--by", "outlet", "--format", "csv"], stdin: lines)
        let file = try Slant.run(["report", "--jsonl", archive, "--by", "outlet", "--format", "csv"])
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout == file.stdout)
        #expect(piped.stdout.contains("Harbor Review"))
    }

    /// `--progress` draws the meter on any stderr and erases it at the end; without it, a pipe gets nothing.
    @Test func progressIsShownWhenForcedAndNeverInAPipe() throws {
        let forced = try Slant.run(["report", Self.fixture, "--progress"])
        #expect(forced.stderr.hasPrefix("\rslant report: 1 record, "), "\(forced.stderr.debugDescription)")
        #expect(forced.stderr.contains("\u{1B}[K"), "the line is erased at the end")
        let piped = try Slant.run(["report", Self.fixture])
        #expect(!piped.stderr.contains("slant report: "), "\(piped.stderr.debugDescription)")
    }

    @Test func scoreRecordsFromStandardInput() throws {
        let lines = try String(contentsOf: Slant.root.appendingPathComponent(Self.fixture), encoding: .utf8)
        let run = try Slant.run(["report", "--by", "outlet", "--format", "csv"], stdin: lines)
        #expect(run.status == 3)
        #expect(run.stdout == (try Slant.run(["report", Self.fixture, "--by", "outlet", "--format", "csv"])).stdout.replacingOccurrences(
            of: Self.fixture, with: "-"))
    }
}
