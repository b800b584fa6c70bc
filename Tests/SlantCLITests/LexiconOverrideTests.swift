import Foundation
import Testing

/// `SLANT_LEXICONS=DIR`: the shipped lexicons read from DIR instead of the built-in copy,
/// under their shipped names, so output changes only where DIR's contents differ.
struct LexiconOverrideTests {
    /// The environment of this test run without `SLANT_LEXICONS` (the mutation tests set it), plus `extra`.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["SLANT_LEXICONS"] = nil
        return environment.merging(extra) { $1 }
    }

    /// A copy of the repository's Lexicons/ in a fresh directory, with `edit` applied to `file`.
    static func copy(editing file: String? = nil, _ edit: (String) -> String = { $0 }) throws -> URL {
        let dir = try Slant.temporaryDirectory()
        let lexicons = dir.appendingPathComponent("my-lexicons")
        try FileManager.default.copyItem(at: Slant.root.appendingPathComponent("Lexicons"), to: lexicons)
        if let file {
            let url = lexicons.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let edited = edit(text)
            try #require(edited != text, "the edit changes \(file)")
            try edited.write(to: url, atomically: true, encoding: .utf8)
        }
        return lexicons
    }

    static let article = ["score", "Evaluation/examples/example-article.txt", "--format", "json", "--evidence", "20"]

    @Test func anUnchangedCopyScoresByteForByteLikeTheBuiltInLexicons() throws {
        let lexicons = try Self.copy()
        defer { try? FileManager.default.removeItem(at: lexicons.deletingLastPathComponent()) }
        let builtIn = try Slant.run(Self.article, environment: Self.environment())
        let copied = try Slant.run(Self.article, environment: Self.environment(["SLANT_LEXICONS": lexicons.path]))
        #expect(builtIn.status == 0 && copied.status == 0, "\(copied.stderr)")
        #expect(builtIn.stdout.contains("\"entry\":\"Lexicons/"))
        #expect(copied.stdout == builtIn.stdout)
    }

    /// An edited copy scores what `--lexicons` gives for it, with the entries still named
    /// `Lexicons/FILE:LINE`, and `--lexicons` wins over the variable.
    @Test func anEditedCopyIsWhatSlantScoresUnderTheShippedNames() throws {
        // `sanctions relief` weighs 5 instead of its shipped weight.
        let lexicons = try Self.copy(editing: "engagement_pressure.lex") { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("sanctions relief ") && !line.contains("|") ? "sanctions relief   5" : line
            }.joined(separator: "\n")
        }
        defer { try? FileManager.default.removeItem(at: lexicons.deletingLastPathComponent()) }
        let text = ["score", "-", "--format", "json", "--axis", "engagement_pressure"]
        let stdin = ScoreCommandTests.engagement
        let builtIn = try Slant.run(text, stdin: stdin, environment: Self.environment())
        let overridden = try Slant.run(text, stdin: stdin, environment: Self.environment(["SLANT_LEXICONS": lexicons.path]))
        let named = try Slant.run(text + ["--lexicons", lexicons.path], stdin: stdin, environment: Self.environment())
        #expect(overridden.status == 0, "\(overridden.stderr)")
        #expect(overridden.stdout != builtIn.stdout)
        #expect(overridden.stdout.contains(#""term":"sanctions relief","pole":"engagement","weight":-"#))
        #expect(overridden.stdout.contains(#""base":5.0000"#))
        #expect(overridden.stdout == named.stdout.replacingOccurrences(of: lexicons.path + "/", with: "Lexicons/"))
        let both = try Slant.run(text + ["--lexicons", "Tests/Fixtures/lexicons"], stdin: stdin,
                                 environment: Self.environment(["SLANT_LEXICONS": lexicons.path]))
        #expect(both.stdout.contains("\"entry\":\"Tests/Fixtures/lexicons/axis.lex:"), "--lexicons wins")
    }

    @Test func aMissingDirectoryIsALexiconErrorThatNamesTheVariable() throws {
        let missing = "/nonexistent/lexicons"
        let run = try Slant.run(["score", "-"], stdin: "", environment: Self.environment(["SLANT_LEXICONS": missing]))
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "\(missing):0:0: error: lexicon directory not found (SLANT_LEXICONS)\nslant: lexicons not loaded (1 problem)\n")
    }

    /// `slant lint` without `--lexicons` checks the directory the variable names, even where ./Lexicons exists.
    @Test func lintChecksTheOverridingDirectory() throws {
        let lexicons = try Self.copy(editing: "engagement_pressure.lex") { $0 + "\n[pole pressure]\nsanctions relief   1\n" }
        defer { try? FileManager.default.removeItem(at: lexicons.deletingLastPathComponent()) }
        let lines = try String(contentsOf: lexicons.appendingPathComponent("engagement_pressure.lex"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let added = lines.count - 1  // the planted entry's line
        let run = try Slant.run(["lint"], environment: Self.environment(["SLANT_LEXICONS": lexicons.path]))
        #expect(run.status == 1)
        #expect(run.stdout.contains("Lexicons/engagement_pressure.lex:\(added):1: error: [conflict] "), "\(run.stdout.suffix(2000))")
        #expect(try Slant.run(["lint"], environment: Self.environment()).status == 0)
    }
}
