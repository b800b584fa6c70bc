import Testing

/// Usage errors exit 2 with a message naming the problem; help and version exit 0.
struct UsageTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        let status: Int32
        let stderr: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unknown command", arguments: ["grade"], status: 2,
             stderr: "slant: unknown command 'grade'\nRun 'slant --help' for the list of commands.\n"),
        Case(name: "unknown option", arguments: ["score", "--colour", "x"], status: 2,
             stderr: "slant score: unknown option '--colour'\nRun 'slant score --help' for usage.\n"),
        Case(name: "missing value", arguments: ["score", "x.txt", "--format"], status: 2,
             stderr: "slant score: option '--format' needs a value\nRun 'slant score --help' for usage.\n"),
        Case(name: "bad format", arguments: ["score", "x.txt", "--format", "xml"], status: 2,
             stderr: "slant score: invalid value 'xml' for '--format'; expected text|json|jsonl|csv\nRun 'slant score --help' for usage.\n"),
        Case(name: "bad axis", arguments: ["score", "x.txt", "--axis", "mood"], status: 2,
             stderr: "slant score: invalid value 'mood' for '--axis'; expected one of engagement_pressure, nato_skeptic_alliance, trump_evaluation, war_responsibility\nRun 'slant score --help' for usage.\n"),
        Case(name: "no input", arguments: ["score"], status: 2,
             stderr: "slant score: missing input: name files, directories, or - for standard input\nRun 'slant score --help' for usage.\n"),
        Case(name: "flag with value", arguments: ["score", "--jsonl=yes"], status: 2,
             stderr: "slant score: option '--jsonl' takes no value\nRun 'slant score --help' for usage.\n"),
        Case(name: "article limit not a byte count", arguments: ["score", "x.txt", "--max-article-bytes", "4X"], status: 2,
             stderr: "slant score: invalid value '4X' for '--max-article-bytes'; expected a byte count from 1 to 64G, such as 4194304, 512K or 4M\nRun 'slant score --help' for usage.\n"),
        Case(name: "article limit zero", arguments: ["score", "x.txt", "--max-article-bytes", "0"], status: 2,
             stderr: "slant score: invalid value '0' for '--max-article-bytes'; expected a byte count from 1 to 64G, such as 4194304, 512K or 4M\nRun 'slant score --help' for usage.\n"),
        Case(name: "article limit too large", arguments: ["score", "x.txt", "--max-article-bytes", "65G"], status: 2,
             stderr: "slant score: invalid value '65G' for '--max-article-bytes'; expected a byte count from 1 to 64G, such as 4194304, 512K or 4M\nRun 'slant score --help' for usage.\n"),
        Case(name: "meta without csv", arguments: ["score", "--jsonl", "--meta", "outlet"], status: 2,
             stderr: "slant score: option '--meta' needs '--format csv' (json and jsonl carry every field under \"meta\")\nRun 'slant score --help' for usage.\n"),
        Case(name: "meta naming a record field", arguments: ["score", "--jsonl", "--format", "csv", "--meta", "title"], status: 2,
             stderr: "slant score: invalid value 'title' for '--meta'; expected a metadata field (id, text and title are read by slant, not metadata)\nRun 'slant score --help' for usage.\n"),
        Case(name: "progress both ways", arguments: ["score", "x.txt", "--progress", "--no-progress"], status: 2,
             stderr: "slant score: options '--progress' and '--no-progress' cannot be used together\nRun 'slant score --help' for usage.\n"),
    ]

    @Test(arguments: cases)
    func usageErrorExitsTwo(_ c: Case) throws {
        let run = try Slant.run(c.arguments)
        #expect(run.status == c.status)
        #expect(run.stderr == c.stderr)
        #expect(run.stdout.isEmpty)
    }

    @Test(arguments: [["--help"], ["-h"], ["score", "--help"], ["score", "--format", "bogus", "--help"]])
    func helpIsACleanExit(_ arguments: [String]) throws {
        let run = try Slant.run(arguments)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("USAGE: slant"))
        #expect(run.stderr.isEmpty)
    }

    @Test func versionIsACleanExit() throws {
        let run = try Slant.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == "slant 0.1.0\n")
    }
}
