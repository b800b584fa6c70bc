import Testing
@testable import SlantKit

/// Word lookup by hash: members are found, everything else is not, and the gate never says no to a member.
struct WordTableTests {
    static let words: [[UInt8]] = ["sanctions", "talks", "nato", "u.s", "don't", "путін", "a", String(repeating: "z", count: 63), "alliance"].map { Array($0.utf8) }

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
        // Eight bytes and fewer are found by hash alone; nine and more also compare bytes.
        ("alliance", 80), ("alliancf", -1), ("allianc", -1), ("talks", 10), ("talkz", -1),
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

/// The tokenizer hashes a word from its buffer eight bytes at a time; the lexicon hashes the
/// same word from an array. The two must agree at every length, whatever follows the word.
struct WordHashTests {
    @Test(arguments: [0, 1, 4, 7, 8, 9, 15, 16, 17, 63])
    func bufferAndArrayHashesAgree(length: Int) {
        let word = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
        for filler: UInt8 in [0, 0x73, 0xFF] {
            let buffer = word + [UInt8](repeating: filler, count: 72 - length)
            let fromBuffer = buffer.withUnsafeBufferPointer { WordTable.hash($0.baseAddress!, count: length) }
            #expect(fromBuffer == WordTable.hash(word), "length \(length), filler \(filler)")
        }
    }

    /// A word of at most eight bytes is looked up without comparing its bytes, because the
    /// hash is injective on such words (`WordTable.hash`). Checked exhaustively for every word
    /// of one and two bytes, and for three-byte words over an alphabet that includes the bytes
    /// a length difference would flip (`a` to `p`, and UTF-8 lead and continuation bytes).
    @Test func shortWordsNeverShareAHash() {
        var hashes = Set<UInt64>()
        var count = 0
        func add(_ word: [UInt8]) {
            hashes.insert(WordTable.hash(word))
            count += 1
        }
        for a in UInt8(1)...255 {
            add([a])
            for b in UInt8(1)...255 { add([a, b]) }
        }
        let alphabet = Array(UInt8(ascii: "a")...UInt8(ascii: "p")) + [0x80, 0x81, 0x8F, 0xBF, 0xC3, 0xD0, 0xE2, 0xF0, 0x01, 0x02, 0x03, 0x0F]
        for a in alphabet { for b in alphabet { for c in alphabet { add([a, b, c]) } } }
        #expect(hashes.count == count, "\(count - hashes.count) collisions among \(count) words")
    }

    @Test func wordsDifferingInOneByteOrInLengthHashApart() {
        let words = ["nato", "natp", "natoo", "nat", "sanctions", "sanctionz", "", "\0"].map { Array($0.utf8) }
        #expect(Set(words.map(WordTable.hash)).count == words.count)
    }
}

/// `DocumentBuilder.foldEight` must say exactly what the byte table says: how many leading
/// bytes are ASCII word characters, and their folded forms.
struct FoldEightTests {
    /// Every byte value at every position of an otherwise all-letter chunk.
    @Test func agreesWithTheByteTableForEveryByteAtEveryPosition() {
        let fold = Normalizer.asciiWordFold
        var mismatches: [String] = []
        for position in 0..<8 {
            for value in 0...255 {
                var bytes = Array("SaNcTiOn".utf8)
                bytes[position] = UInt8(value)
                let chunk = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
                let (folded, run) = DocumentBuilder.foldEight(chunk)
                let expectedRun = bytes.firstIndex { fold[Int($0)] == 0 } ?? 8
                let foldedBytes = (0..<run).map { UInt8(truncatingIfNeeded: folded >> UInt64(8 * $0)) }
                if run != expectedRun || foldedBytes != bytes[..<expectedRun].map({ fold[Int($0)] }) {
                    mismatches.append("byte \(value) at \(position)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test(arguments: [
        ("Ukraine!", "ukraine", 7), ("NATO_2k9", "nato_2k9", 8), ("a b c d ", "a", 1), ("@[`{/:AZ", "", 0),
        ("Zz09_Zz ", "zz09_zz", 7), ("Kyiv\u{E2}\u{80}\u{99}s", "kyiv", 4),
    ])
    func namedChunks(_ text: String, _ expected: String, _ run: Int) {
        let bytes = Array(text.utf8)
        let chunk = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
        let result = DocumentBuilder.foldEight(chunk)
        #expect(result.run == run)
        #expect(String(decoding: (0..<result.run).map { UInt8(truncatingIfNeeded: result.folded >> UInt64(8 * $0)) }, as: UTF8.self) == expected)
    }
}
