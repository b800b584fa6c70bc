import Foundation
import Testing

/// `slant lint` on planted mistakes, and on the shipped lexicons.
struct LintCommandTests {
    static let planted = """
        slant-lexicon 1
        axis engagement_pressure "E"
        pole - engagement "talks"
        pole + pressure "sanctions"

        [pole engagement]
        peace talks        1
        diplomacy          1
        sanctions relief   2
        diplomacy          1.5

        [pole pressure]
        sanction*          1
        sanctions*         1
        peace talks        1
        Putin-friendly     1
        putin friendly     1
        re*                1
        new*               1

        [context]
        ceasefire | halt | 2 | engagement 1
        """

    @Test func plantedMistakesAreFlaggedWithLocations() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lexicons = dir.appendingPathComponent("lex")
        try FileManager.default.copyItem(at: Slant.root.appendingPathComponent("Tests/Fixtures/lexicons"), to: lexicons)
        try Self.planted.write(to: lexicons.appendingPathComponent("axis.lex"), atomically: true, encoding: .utf8)
        let corpus = dir.appendingPathComponent("corpus.txt")
        try "Ukraine wants a ceasefire and peace talks.".write(to: corpus, atomically: true, encoding: .utf8)
        let noCeasefire = dir.appendingPathComponent("other.txt")
        try "Ukraine wants peace talks.".write(to: noCeasefire, atomically: true, encoding: .utf8)

        let run = try Slant.run(["lint", "--lexicons", lexicons.path, "--corpus", noCeasefire.path])
        #expect(run.status == 1)
        let p = lexicons.path + "/axis.lex"
        #expect(run.stdout == """
            \(p):10:1: error: [duplicate] duplicate entry 'diplomacy' (first at \(p):8); this one never counts
            \(p):14:1: warning: [shadowed] 'sanctions*' can never match: 'sanction*' at \(p):13 matches everything it does and wins the tie
            \(p):15:1: error: [conflict] 'peace talks' is on both poles of engagement_pressure (engagement at \(p):7); the first wins, this one never counts
            \(p):17:1: warning: [normalized-duplicate] 'putin friendly' is the same term as 'Putin-friendly' at \(p):16 after normalization; this one never counts
            \(p):18:1: error: [broad-wildcard] wildcard 're*' in 're*' is too broad to mean anything
            \(p):19:1: warning: [short-wildcard] wildcard 'new*' in 'new*' is short; check what it catches with `slant kwic`
            \(p):22:1: warning: [unseen-context-term] context rule term 'ceasefire' occurs nowhere in the corpus (1 texts)
            \(lexicons.path)/lists.lex:45:1: warning: [unused-list] list 'relief_words' is used by no rule and no context rule
            3 files, 3 errors, 5 warnings

            """)
        #expect(run.stderr == "slant lint: 3 errors in the lexicons\n")

        let seen = try Slant.run(["lint", "--lexicons", lexicons.path, "--corpus", corpus.path])
        #expect(!seen.stdout.contains("unseen-context-term"))
    }

    @Test func emptyPoleAndParseErrorsAreErrors() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: Slant.root.appendingPathComponent("Tests/Fixtures/lexicons"), to: dir.appendingPathComponent("lex"))
        let axis = dir.appendingPathComponent("lex/axis.lex")
        try "slant-lexicon 1\naxis engagement_pressure \"E\"\npole - engagement \"a\"\npole + pressure \"b\"\n[pole pressure]\nweapons 1\n"
            .write(to: axis, atomically: true, encoding: .utf8)
        let empty = try Slant.run(["lint", "--lexicons", dir.appendingPathComponent("lex").path, "--corpus", axis.path])
        #expect(empty.status == 1)
        #expect(empty.stdout.hasPrefix("\(axis.path):2:1: error: [empty-pole] pole 'engagement' of engagement_pressure has no entries and no context rules\n"))

        try "slant-lexicon 1\naxis engagement_pressure \"E\"\npole - engagement \"a\"\npole + pressure \"b\"\n[pole pressure]\nweapons 0\n"
            .write(to: axis, atomically: true, encoding: .utf8)
        let broken = try Slant.run(["lint", "--lexicons", dir.appendingPathComponent("lex").path])
        #expect(broken.status == 1)
        #expect(broken.stdout.hasPrefix("\(axis.path):6:9: error: [parse] weight 0 is out of range"))
    }

    @Test func shippedLexiconsHaveNoErrors() throws {
        let run = try Slant.run(["lint"])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains(" 0 errors, "))
    }
}
