import Foundation
import Testing
import SlantKit

/// `slant tune` end to end on Tests/Fixtures/tune: output, `--write`, errors.
struct TuneCommandTests {
    static let labels = ["--labels", "Tests/Fixtures/tune/labels.jsonl"]
    static let fixture = labels + ["--lexicons", "Tests/Fixtures/tune/lexicons"]

    @Test func reportsThePlantedEntryAsTheMostHarmful() throws {
        let run = try Slant.run(["tune"] + Self.fixture)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let harmful = try #require(lines.firstIndex { $0.hasPrefix("most harmful") })
        #expect(lines[harmful + 3] == "   -1.436  push  -7.50 Tests/Fixtures/tune/lexicons/axis.lex:21 \"summit\" → pressure 2")
        #expect(run.stdout.contains("  Tests/Fixtures/tune/lexicons/axis.lex:21  \"summit\" → pressure  2 → 1.0\n"))
        #expect(run.stdout.contains("    14 detente; 26 aid\n"))
        #expect(lines.allSatisfy { $0.count <= 100 }, "fits a terminal")
    }

    @Test func jsonIsTheSameForTheSameSeed() throws {
        let once = try Slant.run(["tune", "--format", "json", "--seed", "3", "--folds", "4"] + Self.fixture)
        let twice = try Slant.run(["tune", "--format", "json", "--seed", "3", "--folds", "4"] + Self.fixture)
        #expect(once.status == 0, "\(once.stderr)")
        #expect(once.stdout == twice.stdout)
        let object = try #require(try Slant.json(once.stdout) as? [String: Any])
        #expect(object["folds"] as? Int == 4)
        let first = try #require((object["contributions"] as? [[String: Any]])?.first)
        #expect(first["term"] as? String == "summit")
        #expect(first["fitted_weight"] as? Double == 1.0)
        #expect((object["dead"] as? [[String: Any]])?.map { $0["entry"] as? String } == [
            "Tests/Fixtures/tune/lexicons/axis.lex:14", "Tests/Fixtures/tune/lexicons/axis.lex:26",
        ])
    }

    /// Everything outside the weight fields keeps its bytes: mask the weights of
    /// every entry and rule in both versions and compare.
    @Test func writeChangesOnlyTheWeightFields() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lexicons = dir.appendingPathComponent("lexicons")
        try FileManager.default.copyItem(at: Slant.root.appendingPathComponent("Tests/Fixtures/tune/lexicons"), to: lexicons)
        let original = try LexiconSet.load(directory: lexicons)
        let before = try Self.contents(lexicons)

        let run = try Slant.run(["tune", "--write", "--lexicons", lexicons.path] + Self.labels)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "slant tune: wrote 10 weights to 1 file: \(lexicons.path)/axis.lex\n")
        let after = try Self.contents(lexicons)
        #expect(after.keys.sorted() == before.keys.sorted())
        #expect(after != before, "some weight changed")
        for (name, text) in before {
            let path = lexicons.appendingPathComponent(name).path
            let fields = original.axes.flatMap { $0.entries.map(\.weightLocation) + $0.contextRules.map(\.weightLocation) }
                .filter { $0.path == path }
            #expect(Self.masked(text, fields) == Self.masked(after[name]!, fields), "\(name)")
        }
        let line = after["axis.lex"]!.split(separator: "\n").first { $0.hasPrefix("summit ") }
        #expect(line == "summit             1.0       # planted: pushes the wrong way")
        // The written lexicons load, with the reported weights.
        let reloaded = try LexiconSet.load(directory: lexicons)
        #expect(reloaded.axes[0].entries.first { $0.term.text == "summit" }?.weight == 1.0)
    }

    @Test func writeWithoutLexiconsNeedsAShippedCopyInTheCurrentDirectory() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let labels = Slant.root.appendingPathComponent("Tests/Fixtures/tune/labels.jsonl").path
        let run = try Slant.run(["tune", "--write", "--labels", labels], cwd: dir)
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "slant: cannot write 'Lexicons': no such directory here; run from the project root or pass --lexicons DIR\n")
    }

    struct UsageCase: CustomTestStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        let status: Int32
        let stderr: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        UsageCase(name: "folds below 2", arguments: ["--folds", "1"], status: 2,
                  stderr: "slant tune: invalid value '1' for '--folds'; expected a whole number from 2 to 100\nRun 'slant tune --help' for usage.\n"),
        UsageCase(name: "unknown format", arguments: ["--format", "csv"], status: 2,
                  stderr: "slant tune: invalid value 'csv' for '--format'; expected text|json\nRun 'slant tune --help' for usage.\n"),
        UsageCase(name: "stray operand", arguments: ["extra"], status: 2,
                  stderr: "slant tune: unexpected argument 'extra'\nRun 'slant tune --help' for usage.\n"),
        UsageCase(name: "missing labels file", arguments: ["--labels", "nope.jsonl"], status: 2,
                  stderr: "nope.jsonl:0: cannot read labels file\nslant: labels not loaded (1 problem); no metrics computed\n"),
        UsageCase(name: "help wins", arguments: ["--folds", "1", "--help"], status: 0, stderr: ""),
    ])
    func usageErrorsExitTwo(_ c: UsageCase) throws {
        let run = try Slant.run(["tune", "--lexicons", "Tests/Fixtures/tune/lexicons"] + c.arguments)
        #expect(run.status == c.status)
        #expect(run.stderr == c.stderr)
        if c.status == 0 { #expect(run.stdout.hasPrefix("USAGE: slant tune ")) }
    }

    private static func contents(_ dir: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
            result[name] = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
        }
        return result
    }

    /// `text` with the number at each weight location (up to the next space) replaced by `W`.
    private static func masked(_ text: String, _ fields: [SlantKit.SourceLocation]) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        for field in fields {
            var line = lines[field.line - 1]
            let start = field.column - 1
            let end = line[start...].firstIndex { $0.isWhitespace } ?? line.endIndex
            line.replaceSubrange(start..<end, with: ["W"])
            lines[field.line - 1] = line
        }
        return lines.map { String($0) }.joined(separator: "\n")
    }
}
