import Testing
@testable import SlantKit

/// Word lookup by hash: members are found, everything else is not, and the gate never says no to a member.
struct WordTableTests {
    static let words: [[UInt8]] = ["sanctions", "talks", "nato", "u.s", "don't", "путін", "a", String(repeating: "z", count: 63)].map { Array($0.utf8) }

    static func lookup(_ table: WordTable, _ word: [UInt8]) -> Int32 {
        var copy = word
        return copy.withUnsafeMutableBufferPointer { table.symbol(WordTable.hash(word), $0, length: word.count) }
    }

    @Test func membersAreFoundWithTheirSymbols() {
        let table = WordTable(Self.words.enumerated().map { ($0.element, Int32($0.offset * 10)) })
        for (index, word) in Self.words.enumerated() {
            #expect(Self.lookup(table, word) == Int32(index * 10), "\(String(decoding: word, as: UTF8.self))")
        }
    }

    @Test(arguments: ["sanction", "sanctionss", "talk", "Talks", "us", "dont", "", "b", String(repeating: "z", count: 62)])
    func nonMembersAreNotFound(_ word: String) {
        let table = WordTable(Self.words.enumerated().map { ($0.element, Int32($0.offset)) })
        #expect(Self.lookup(table, Array(word.utf8)) == -1)
    }

    /// Lookups from a buffer longer than the word, as the tokenizer's: the bytes past the
    /// word's length must not matter, and a difference anywhere in the word must.
    @Test(arguments: [
        ("nato", 20), ("natx", -1), ("xato", -1), ("sanctions", 0), ("sanctionz", -1), ("xanctions", -1),
        ("sanctionss", -1), ("a", 60), ("b", -1), ("путін", 50), ("путіх", -1),
    ])
    func lookupsFromALongerBufferCompareOnlyTheWord(_ word: String, _ symbol: Int) {
        let table = WordTable(Self.words.enumerated().map { ($0.element, Int32($0.offset * 10)) })
        let bytes = Array(word.utf8)
        var buffer = bytes + [UInt8](repeating: UInt8(ascii: "s"), count: 63 - bytes.count)
        let found = buffer.withUnsafeMutableBufferPointer { table.symbol(WordTable.hash(bytes), $0, length: bytes.count) }
        #expect(found == Int32(symbol))
    }

    @Test func aThousandWordsAllResolve() {
        let words = (0..<1000).map { Array("w\($0)x".utf8) }
        let table = WordTable(words.enumerated().map { ($0.element, Int32($0.offset)) })
        #expect(words.enumerated().allSatisfy { Self.lookup(table, $0.element) == Int32($0.offset) })
        #expect(Self.lookup(table, Array("w1000x".utf8)) == -1)
    }

    @Test func gateHasNoFalseNegativesAndRejectsMostOthers() {
        var generator = BenchInputs.Generator(seed: 7)
        let members = (0..<5000).map { _ in generator.next() }
        let gate = HashGate(members)
        #expect(members.allSatisfy(gate.mayContain))
        let others = (0..<10000).map { _ in generator.next() }
        let passed = others.filter(gate.mayContain).count
        #expect(passed < 1000, "\(passed) of 10000 non-members passed a 16-bits-per-key gate")
    }

    @Test func articleWordsLongerThanTheLimitNeverMatchExactlyButStillMatchPrefixes() throws {
        let classifier = try TestLexicon.classifier()
        let long = "sanctions" + String(repeating: "s", count: 100)
        let hits = classifier.score("Congress wants \(long) now.").hits.map(\.term)
        #expect(hits == ["sanction*"], "got \(hits)")
    }
}
