/// Receives the words and structural marks the scanner finds, in text order.
///
/// The document builder and the lexicon-term splitter are the two sinks; both
/// see exactly the same word boundaries, which is what lets a term written in
/// a lexicon match the same words in an article.
protocol TokenSink {
    /// A word starts at byte `offset`; `joined` is true when only spaces, a
    /// word-internal hyphen or a possessive split separate it from the previous word.
    mutating func beginWord(at offset: Int, joined: Bool)
    /// One case-folded byte of the current word.
    mutating func wordByte(_ byte: UInt8)
    /// Continues the current word with the run of ASCII word characters that starts at
    /// `start` (`bytes[start]` is one) and returns where the run ends. `fold` maps each byte
    /// to its folded form, or to 0 when it is not an ASCII word character. Runs are most of
    /// the text, so a sink can find, fold and consume one in a single tight loop.
    mutating func asciiWordRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, fold: UnsafePointer<UInt8>) -> Int
    /// The current word ends at byte `offset` (exclusive).
    mutating func endWord(at offset: Int)
    /// A structural mark between words.
    mutating func mark(_ mark: StructuralMark, at offset: Int)
}

extension TokenSink {
    mutating func asciiWordRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, fold: UnsafePointer<UInt8>) -> Int {
        var i = start
        while i < bytes.count, case let f = fold[Int(bytes[i])], f != 0 {
            wordByte(f)
            i += 1
        }
        return i
    }
}

/// Punctuation that matters to segmentation and to the rules.
enum StructuralMark: Sendable, Equatable {
    /// A line break: the paragraph ends.
    case lineBreak
    /// `.`; `boundaryFollows` says the next text looks like a new sentence
    /// (space, then not a lower-case letter). The sink still checks abbreviations.
    case period(boundaryFollows: Bool)
    /// `!` followed by a boundary.
    case terminal
    /// `?` followed by a boundary: the sentence is a question.
    case question
    /// Comma, semicolon, colon, bracket, dash, ellipsis: a clause break.
    case clauseBreak
    case quoteOpen
    case quoteClose
    case quoteToggle
    /// Any other symbol: breaks phrase joining but not the clause.
    case symbol
}

/// One pass over UTF-8 bytes that finds words and structural marks.
///
/// Word rules (shared by text and lexicon terms):
/// - a hyphen between word characters splits words without breaking the phrase;
/// - a possessive `'s` becomes a word of its own (`putin` `'s`);
/// - other apostrophes inside a word stay (`doesn't`);
/// - a period between a letter or digit and another stays (`u.s`, `66.9`).
struct Scanner {
    static func scan<Sink: TokenSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        Normalizer.asciiClass.withUnsafeBufferPointer { table in
            Normalizer.asciiWordFold.withUnsafeBufferPointer { fold in scan(bytes, table, fold.baseAddress!, into: &sink) }
        }
    }

    private static func scan<Sink: TokenSink>(_ bytes: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<CharClass>,
                                              _ fold: UnsafePointer<UInt8>, into sink: inout Sink) {
        let n = bytes.count
        var i = 0
        var inWord = false
        var joinNext = false  // the next word continues a phrase
        while i < n {
            // ASCII fast path: a run of word bytes goes to the sink in one call.
            let b = bytes[i]
            if fold[Int(b)] != 0 {
                if !inWord {
                    sink.beginWord(at: i, joined: joinNext)
                    inWord = true
                }
                i = sink.asciiWordRun(bytes, from: i, fold: fold)
                // Most words end at one ASCII space: end the word here, as `.space` below
                // does, without the class lookup and dispatch.
                if i < n && bytes[i] == 0x20 {
                    sink.endWord(at: i)
                    inWord = false
                    joinNext = true
                    i += 1
                }
                continue
            }
            let (cls, len) = b < 0x80 ? (table[Int(b)], 1) : Normalizer.classify(bytes, at: i)
            switch cls {
            case .word:
                if !inWord {
                    sink.beginWord(at: i, joined: joinNext)
                    inWord = true
                }
                Normalizer.fold(bytes, at: i, length: len, into: &sink)
            case .ignorable:
                break
            case .space:
                if inWord { sink.endWord(at: i); inWord = false; joinNext = true }
            case .apostrophe:
                if inWord, isPossessive(bytes, after: i + len) {
                    sink.endWord(at: i)
                    sink.beginWord(at: i, joined: true)
                    sink.wordByte(UInt8(ascii: "'"))
                    sink.wordByte(UInt8(ascii: "s"))
                    sink.endWord(at: i + len + 1)
                    i += len + 1
                    inWord = false
                    joinNext = true
                    continue
                }
                if inWord, i + len < n, Normalizer.classify(bytes, at: i + len).0 == .word {
                    sink.wordByte(UInt8(ascii: "'"))
                } else {
                    if inWord { sink.endWord(at: i); inWord = false }
                    sink.mark(.symbol, at: i)
                    joinNext = false
                }
            case .period:
                if inWord, i + 1 < n, fold[Int(bytes[i + 1])] != 0 {
                    sink.wordByte(UInt8(ascii: "."))
                } else {
                    if inWord { sink.endWord(at: i); inWord = false }
                    sink.mark(.period(boundaryFollows: boundaryFollows(bytes, after: i + 1)), at: i)
                    joinNext = false
                }
            case .hyphen:
                if inWord, i + len < n, Normalizer.classify(bytes, at: i + len).0 == .word {
                    sink.endWord(at: i)
                    inWord = false
                    joinNext = true
                } else {
                    if inWord { sink.endWord(at: i); inWord = false }
                    sink.mark(.clauseBreak, at: i)
                    joinNext = false
                }
            default:
                if inWord { sink.endWord(at: i); inWord = false }
                sink.mark(mark(for: cls, bytes, after: i + len), at: i)
                joinNext = false
            }
            i += len
        }
        if inWord { sink.endWord(at: n) }
    }

    private static func mark(for cls: CharClass, _ bytes: UnsafeBufferPointer<UInt8>, after j: Int) -> StructuralMark {
        switch cls {
        case .newline: return .lineBreak
        case .terminal:
            guard boundaryFollows(bytes, after: j) else { return .clauseBreak }
            return bytes[j - 1] == UInt8(ascii: "?") ? .question : .terminal
        case .clause, .dash: return .clauseBreak
        case .quoteOpen: return .quoteOpen
        case .quoteClose: return .quoteClose
        case .quoteToggle: return .quoteToggle
        default: return .symbol
        }
    }

    /// Folds an ASCII word byte (`A`-`Z` to `a`-`z`).
    @inline(__always)
    static func foldASCII(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }

    /// True when `'` at the previous position starts a possessive `'s` that ends there.
    @inline(__always)
    private static func isPossessive(_ bytes: UnsafeBufferPointer<UInt8>, after j: Int) -> Bool {
        guard j < bytes.count, bytes[j] | 0x20 == UInt8(ascii: "s") else { return false }
        return j + 1 >= bytes.count || Normalizer.classify(bytes, at: j + 1).0 != .word
    }

    /// True when the text after a `.`/`!`/`?` looks like the start of a new sentence:
    /// closing quotes or brackets, then whitespace or the end, then anything but a lower-case letter.
    private static func boundaryFollows(_ bytes: UnsafeBufferPointer<UInt8>, after start: Int) -> Bool {
        var j = start
        let n = bytes.count
        var sawSpace = false
        while j < n {
            let (cls, len) = Normalizer.classify(bytes, at: j)
            switch cls {
            case .quoteClose, .quoteToggle, .apostrophe, .ignorable:
                if sawSpace { return true }
            case .clause where bytes[j] == UInt8(ascii: ")") || bytes[j] == UInt8(ascii: "]"):
                if sawSpace { return true }
            case .space, .newline:
                sawSpace = true
            case .word:
                guard sawSpace else { return false }
                let b = bytes[j]
                return !(b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z"))
            default:
                return sawSpace
            }
            j += len
        }
        return true
    }
}

/// Splits a lexicon term into case-folded words, exactly as article text is split.
///
/// Folded bytes go into one flat buffer; a word becomes its own array only when asked for,
/// because lexicon loading (thousands of short terms) is on every command's start-up path.
struct TermSplitter: TokenSink {
    private var folded: [UInt8] = []
    /// Where each word starts in `folded`; the next word's start (or the end) closes it.
    private var starts: [Int] = []
    /// The byte offset just past each word, in the split text.
    private(set) var ends: [Int] = []
    /// Offsets of punctuation between words: terms must not rely on it (the parser allows a final `*`).
    private(set) var marks: [Int] = []

    static func split(_ utf8: ArraySlice<UInt8>) -> TermSplitter {
        var splitter = TermSplitter()
        splitter.folded.reserveCapacity(utf8.count + 4)
        utf8.withUnsafeBufferPointer { buffer in Scanner.scan(buffer, into: &splitter) }
        return splitter
    }

    var count: Int { starts.count }

    /// The case-folded bytes of word `index`.
    func word(_ index: Int) -> [UInt8] {
        Array(folded[starts[index]..<(index + 1 < starts.count ? starts[index + 1] : folded.count)])
    }

    var words: [[UInt8]] { (0..<count).map(word) }

    mutating func beginWord(at offset: Int, joined: Bool) { starts.append(folded.count) }
    mutating func wordByte(_ byte: UInt8) { folded.append(byte) }
    mutating func endWord(at offset: Int) { ends.append(offset) }
    mutating func mark(_ mark: StructuralMark, at offset: Int) { marks.append(offset) }
}
