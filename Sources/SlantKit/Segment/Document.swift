/// A paragraph: one non-empty line of the text.
public struct Paragraph: Sendable {
    /// The paragraph's bytes, from its first to its last non-space character.
    public var span: ByteSpan
    /// Its tokens, as a range of `Document.tokens`.
    var tokenStart: Int
    var tokenEnd: Int
    /// The number of tokens (words) in the paragraph.
    public var tokenCount: Int { tokenEnd - tokenStart }
}

/// The text split into paragraphs, sentences, clauses and tokens, in one pass.
struct Document {
    let tokens: TokenBuffer
    var prefixSymbols: [Int32] = []
    var paragraphs: [Paragraph] = []
    var sentenceCount = 0
    /// Sentences that end with a question mark.
    var questions: Set<Int32> = []
    /// Index of the headline paragraph, if the first line is short enough to be one.
    var headline: Int?

    init(tokens: TokenBuffer) { self.tokens = tokens }

    /// Normalizes, tokenizes and segments `bytes` in one pass, resolving words against `automaton`.
    static func build(_ bytes: UnsafeBufferPointer<UInt8>, automaton: Automaton, headlineMaxTokens: Int, forceHeadline: Bool) -> Document {
        // Eight bytes of slack: words are folded and hashed eight bytes at a time.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Limits.maxWordBytes + 8) { scratch in
            scratch.initialize(repeating: 0)
            var builder = DocumentBuilder(automaton: automaton, bytes: bytes, scratch: scratch)
            Scanner.scan(bytes, into: &builder)
            return builder.finish(headlineMaxTokens: headlineMaxTokens, forceHeadline: forceHeadline)
        }
    }
}

/// Builds a `Document` while the scanner walks the bytes: resolves each word to
/// its lexicon symbols through the word tables and tracks paragraphs, sentences,
/// clauses and quotation state.
///
/// Paragraphs are lines: scraped pages put one paragraph per line, with or
/// without blank lines between them.
struct DocumentBuilder: TokenSink {
    private let automaton: Automaton
    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var document: Document

    /// The current word's first `Limits.maxWordBytes` folded bytes (and eight bytes of slack),
    /// and its length, which may be longer.
    private let scratch: UnsafeMutableBufferPointer<UInt8>
    private var length = 0
    /// The shortest wildcard-prefix length (`Int.max`: no wildcards): the prefix gate reads
    /// the hash of a word's first that many bytes when the word ends.
    private let gateLength: Int
    private var current = Token(start: 0, end: 0, word: -1, prefixStart: 0, prefixCount: 0, paragraph: 0, sentence: 0, clause: 0, joined: false, quoted: false)
    private var paragraphOpen = false
    private var paragraphStartByte = 0
    /// First non-space character of the current line (a word or punctuation), so a paragraph keeps its leading quote.
    private var lineContentStart: Int?
    private var lastByte = 0
    /// Index of the current (last opened) paragraph, and the paragraph of the last token.
    private var paragraph: Int32 = -1
    private var lastTokenParagraph: Int32 = -1
    private var sentence: Int32 = 0
    private var clause: Int32 = 0
    private var sentenceHasTokens = false
    private var inQuote = false

    init(automaton: Automaton, bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>) {
        self.automaton = automaton
        self.bytes = bytes
        self.scratch = scratch
        gateLength = automaton.prefixGateLength
        // Room for the usual article up front (a word and its space average six bytes; one
        // word in about 60 reaches a wildcard stem; a paragraph every few hundred bytes), so
        // the arrays rarely regrow.
        document = Document(tokens: TokenBuffer(capacity: bytes.count / 5))
        document.prefixSymbols.reserveCapacity(bytes.count / 64)
        document.paragraphs.reserveCapacity(bytes.count / 256)
    }

    @inline(__always)
    mutating func beginWord(at offset: Int, joined: Bool) {
        if !paragraphOpen {
            paragraphOpen = true
            paragraphStartByte = lineContentStart ?? offset
            document.paragraphs.append(Paragraph(span: ByteSpan(start: offset, end: offset), tokenStart: document.tokens.count, tokenEnd: document.tokens.count))
            paragraph += 1
        }
        length = 0
        current.start = Int32(offset)
        current.prefixStart = Int32(document.prefixSymbols.count)
        current.prefixCount = 0
        current.joined = joined && lastTokenParagraph == paragraph
        current.quoted = inQuote
    }

    mutating func wordByte(_ byte: UInt8) {
        if length < Limits.maxWordBytes { scratch[length] = byte }
        length += 1
    }

    @inline(__always)
    mutating func asciiWordRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, fold: UnsafePointer<UInt8>) -> Int {
        var length = self.length
        var i = start
        let n = bytes.count
        let out = scratch.baseAddress!
        // Eight bytes at a time while eight can be read: fold them all, store them all (bytes
        // past the run are overwritten or ignored), and advance by the run's part of them.
        while i &+ 8 <= n {
            let (folded, run) = Self.foldEight(UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)))
            if length < Limits.maxWordBytes { UnsafeMutableRawPointer(out + length).storeBytes(of: folded.littleEndian, as: UInt64.self) }
            length &+= run
            i &+= run
            if run < 8 {
                self.length = length
                return i
            }
        }
        while i < n, case let f = fold[Int(bytes[i])], f != 0 {
            if length < Limits.maxWordBytes { out[length] = f }
            length &+= 1
            i &+= 1
        }
        self.length = length
        return i
    }

    /// Folds eight ASCII bytes (`A`-`Z` to `a`-`z`) and counts how many of them, from the
    /// first, are word characters (letters, digits, `_`), as `Normalizer.asciiWordFold` says.
    /// The first byte is the lowest (a little-endian load).
    @inline(__always)
    static func foldEight(_ x: UInt64) -> (folded: UInt64, run: Int) {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // The high bit of each byte of `atLeast(c)` is set when that byte is >= c; exact per
        // byte for bytes below 0x80 (no borrow crosses a byte), and the high bytes are
        // excluded below.
        @inline(__always) func atLeast(_ c: UInt64) -> UInt64 { ((x | highs) &- ones &* c) & highs }
        let upper = atLeast(0x41) & ~atLeast(0x5B)
        let lower = atLeast(0x61) & ~atLeast(0x7B)
        let digit = atLeast(0x30) & ~atLeast(0x3A)
        let underscore = atLeast(0x5F) & ~atLeast(0x60)
        let word = (upper | lower | digit | underscore) & ~x
        let run = (~word & highs).trailingZeroBitCount >> 3
        return (x | upper >> 2, run)
    }

    /// Records the symbol of every wildcard prefix the current word starts with, shortest first.
    ///
    /// Runs only past the gate on the word's first `gateLength` bytes, which most words fail.
    /// Only the lengths of prefixes that start with those bytes are looked up.
    private mutating func lookUpPrefixes(gateHash: UInt64) {
        let kept = min(length, Limits.maxWordBytes)
        var lengths = automaton.prefixStartLengths.get(Automaton.prefixStartKey(gateHash)) & (UInt64.max >> UInt64(63 - kept))
        while lengths != 0 {
            let l = lengths.trailingZeroBitCount
            lengths &= lengths - 1
            let h = WordTable.hash(scratch.baseAddress!, count: l)
            guard automaton.prefixHashes.mayContain(h) else { continue }
            let prefix = automaton.prefixWords.symbol(h, scratch, length: l)
            if prefix >= 0 {
                document.prefixSymbols.append(prefix)
                current.prefixCount += 1
            }
        }
    }

    @inline(__always)
    mutating func endWord(at offset: Int) {
        let word = scratch.baseAddress!
        if length >= gateLength, case let gateHash = WordTable.hash(word, count: gateLength), automaton.prefixGate.mayContain(gateHash) {
            lookUpPrefixes(gateHash: gateHash)
        }
        current.end = Int32(offset)
        current.word = length <= Limits.maxWordBytes ? automaton.exactWords.symbol(WordTable.hash(word, count: length), scratch, length: length) : -1
        current.paragraph = paragraph
        lastTokenParagraph = paragraph
        current.sentence = sentence
        current.clause = clause
        document.tokens.append(current)
        sentenceHasTokens = true
        lastByte = offset
    }

    mutating func mark(_ mark: StructuralMark, at offset: Int) {
        if mark != .lineBreak && lineContentStart == nil { lineContentStart = offset }
        switch mark {
        case .lineBreak:
            closeParagraph()
            lineContentStart = nil
        case .period(let boundaryFollows):
            if boundaryFollows && !previousTokenIsAbbreviation(periodAt: offset) { endSentence() }
            lastByte = max(lastByte, offset + 1)
        case .terminal:
            endSentence()
            lastByte = max(lastByte, offset + 1)
        case .question:
            if sentenceHasTokens { document.questions.insert(sentence) }
            endSentence()
            lastByte = max(lastByte, offset + 1)
        case .clauseBreak:
            clause += 1
            lastByte = max(lastByte, offset + 1)
        case .quoteOpen:
            inQuote = true
        case .symbol:
            lastByte = max(lastByte, offset + 1)
        case .quoteClose:
            inQuote = false
            lastByte = max(lastByte, offset + 1)
        case .quoteToggle:
            inQuote.toggle()
            lastByte = max(lastByte, offset + 1)
        }
    }

    /// Closes the last paragraph and decides whether the first line is a headline.
    mutating func finish(headlineMaxTokens: Int, forceHeadline: Bool) -> Document {
        closeParagraph()
        document.sentenceCount = Int(sentence)
        if let first = document.paragraphs.first, document.paragraphs.count > 1,
           forceHeadline || first.tokenCount <= headlineMaxTokens {
            document.headline = 0
        }
        return document
    }

    private mutating func closeParagraph() {
        if paragraphOpen {
            let index = document.paragraphs.count - 1
            document.paragraphs[index].tokenEnd = document.tokens.count
            document.paragraphs[index].span = ByteSpan(start: paragraphStartByte, end: max(lastByte, paragraphStartByte))
            paragraphOpen = false
        }
        endSentence()
        inQuote = false
    }

    private mutating func endSentence() {
        if sentenceHasTokens {
            sentence += 1
            sentenceHasTokens = false
        }
        clause += 1
    }

    /// A period after an abbreviation (`Sen.`, `U.S.`) or a single capital initial (`J.`) does not end the sentence.
    private func previousTokenIsAbbreviation(periodAt offset: Int) -> Bool {
        guard let last = document.tokens.last, Int(last.end) == offset else { return false }
        if last.word >= 0 && automaton.isAbbreviation[Int(last.word)] { return true }
        if last.end - last.start == 1 {
            let b = bytes[Int(last.start)]
            return b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")
        }
        return false
    }
}
