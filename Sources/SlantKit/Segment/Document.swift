/// A paragraph: one non-empty line of the text.
public struct Paragraph: Sendable {
    /// The paragraph's bytes, from its first to its last non-space character.
    public var span: ByteSpan
    /// Its tokens, as a range of `Document.tokens`.
    var tokenStart: Int
    var tokenEnd: Int
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
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Limits.maxWordBytes) { scratch in
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

    /// The current word's first `Limits.maxWordBytes` folded bytes, its length and its hash so far.
    private let scratch: UnsafeMutableBufferPointer<UInt8>
    private var length = 0
    private var hash = WordTable.seed
    /// The shortest wildcard-prefix length (`Int.max`: no wildcards), and the hash of the current
    /// word's first that many bytes: the prefix gate reads it when the word ends.
    private let gateLength: Int
    private var gateHash: UInt64 = 0
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
        hash = WordTable.seed
        current.start = Int32(offset)
        current.prefixStart = Int32(document.prefixSymbols.count)
        current.prefixCount = 0
        current.joined = joined && lastTokenParagraph == paragraph
        current.quoted = inQuote
    }

    mutating func wordByte(_ byte: UInt8) {
        if length < Limits.maxWordBytes {
            scratch[length] = byte
            hash = WordTable.hash(hash, byte)
        }
        length += 1
        if length == gateLength { gateHash = hash }
    }

    @inline(__always)
    mutating func asciiWordRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, fold: UnsafePointer<UInt8>) -> Int {
        // Length and hash stay in locals (registers) for the whole run.
        var (length, hash) = (self.length, self.hash)
        var i = start
        let n = bytes.count
        let scratch = self.scratch
        /// Folds and hashes the run's bytes until the word has `limit` bytes or the run ends.
        @inline(__always) func foldRun(upTo limit: Int) {
            let stop = limit > length ? min(n, i + (limit - length)) : i
            while i < stop {
                let f = fold[Int(bytes[i])]
                if f == 0 { break }
                scratch[length] = f
                hash = WordTable.hash(hash, f)
                length += 1
                i += 1
            }
        }
        if length < gateLength {
            foldRun(upTo: min(gateLength, Limits.maxWordBytes))
            if length == gateLength { gateHash = hash }
        }
        foldRun(upTo: Limits.maxWordBytes)
        // Past the kept bytes: only count the rest (the word cannot be a lexicon word).
        while i < n && fold[Int(bytes[i])] != 0 {
            length += 1
            i += 1
        }
        (self.length, self.hash) = (length, hash)
        return i
    }

    /// Records the symbol of every wildcard prefix the current word starts with, shortest first.
    ///
    /// Runs only past the gate on the word's first `gateLength` bytes, which most words fail.
    /// Only the lengths of prefixes that start with those bytes are looked up; the hash at each
    /// is extended from the kept bytes.
    private mutating func lookUpPrefixes() {
        let kept = min(length, Limits.maxWordBytes)
        var lengths = automaton.prefixStartLengths.get(Automaton.prefixStartKey(gateHash)) & (UInt64.max >> UInt64(63 - kept))
        var l = gateLength
        var h = gateHash
        while lengths != 0 {
            let next = lengths.trailingZeroBitCount
            lengths &= lengths - 1
            while l < next {
                h = WordTable.hash(h, scratch[l])
                l += 1
            }
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
        if length >= gateLength && automaton.prefixGate.mayContain(gateHash) { lookUpPrefixes() }
        current.end = Int32(offset)
        current.word = length <= Limits.maxWordBytes ? automaton.exactWords.symbol(hash, scratch, length: length) : -1
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
