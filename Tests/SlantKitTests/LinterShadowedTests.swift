import Testing
@testable import SlantKit

/// `Linter.shadowed` looks candidates up by first word; it must find exactly what comparing
/// every pair of entries finds (the check as it was first written, kept here as the reference).
struct LinterShadowedTests {
    static func pairwise(_ axis: Axis) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let entries = axis.entries
        for (j, entry) in entries.enumerated() {
            let wildcards = entry.term.words.filter(\.isPrefix).count
            for (i, other) in entries.enumerated() where i != j && other.term.words.count == entry.term.words.count && other.term.key != entry.term.key {
                let otherWildcards = other.term.words.filter(\.isPrefix).count
                let outranks = otherWildcards < wildcards || (otherWildcards == wildcards && i < j)
                guard outranks, zip(other.term.words, entry.term.words).allSatisfy(Linter.covers) else { continue }
                findings.append(Diagnostic(entry.id.location, "'\(entry.term.text)' can never match: '\(other.term.text)' at \(other.id.location.path):\(other.id.location.line) matches everything it does and wins the tie", severity: .warning, check: "shadowed"))
                break
            }
        }
        return findings
    }

    @Test func indexedLookupFindsWhatEveryPairFinds() throws {
        // Words that prefix one another, as stems and as whole words, in phrases of one to three words.
        let stems = ["sanc", "sanction", "sanctions", "talk", "talks", "talking", "pea", "peace"]
        var lines: [String] = []
        var seen = Set<String>()
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        while lines.count < 400 {
            let words = (0...next(3)).map { _ in stems[next(stems.count)] + (next(2) == 0 ? "*" : "") }
            let term = words.joined(separator: " ")
            if seen.insert(term).inserted { lines.append("\(term) 1") }
        }
        let half = lines.count / 2
        let text = "slant-lexicon 1\naxis engagement_pressure \"E\"\npole - engagement \"a\"\npole + pressure \"b\"\n[pole engagement]\n"
            + lines[..<half].joined(separator: "\n") + "\n[pole pressure]\n" + lines[half...].joined(separator: "\n") + "\n"
        let axis = try #require(try TestLexicon.set(axis: text).axes.first)
        let expected = Self.pairwise(axis)
        #expect(expected.count > 30)
        #expect(Linter.shadowed(axis) == expected)
    }
}
