/// What one character (one UTF-8 sequence) means to the tokenizer.
///
/// Normalization happens here, by classifying bytes rather than rewriting the
/// text: curly and straight quotes, every dash and every Unicode space map to
/// one class each, so byte offsets always point into the caller's original
/// text and no normalized copy is ever made.
enum CharClass: UInt8, Sendable {
    /// Part of a word (letters, digits, any script).
    case word
    /// Horizontal space, including NBSP and the U+2000 spaces.
    case space
    /// Line break: ends the current paragraph.
    case newline
    /// `'` and its curly forms; inside a word it may join or split (`'s`).
    case apostrophe
    /// A straight `"` (toggles quotation state).
    case quoteToggle
    /// An opening double quote (`“`, `„`, `«`).
    case quoteOpen
    /// A closing double quote (`”`, `»`).
    case quoteClose
    /// `-` or U+2010/2011: joins words when between word characters.
    case hyphen
    /// En and em dashes, minus: always a clause break.
    case dash
    /// `.` (may end a sentence, or sit inside `u.s`).
    case period
    /// `!` and `?`: end a sentence.
    case terminal
    /// `, ; : ( ) [ ]` and the ellipsis: clause breaks.
    case clause
    /// Zero-width characters: skipped without breaking a word.
    case ignorable
    /// Any other punctuation or symbol.
    case other
}

/// Classifies UTF-8 sequences and folds case, working on raw bytes.
enum Normalizer {
    /// Class of each ASCII byte; bytes >= 0x80 are decided in `classify`.
    static let asciiClass: [CharClass] = {
        var table = [CharClass](repeating: .other, count: 128)
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(b)] = .word }
        for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(b)] = .word }
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(b)] = .word }
        table[Int(UInt8(ascii: "_"))] = .word
        for b: UInt8 in [0x20, 0x09, 0x0B, 0x0C, 0x0D] { table[Int(b)] = .space }
        table[0x0A] = .newline
        table[0x00] = .space
        table[Int(UInt8(ascii: "'"))] = .apostrophe
        table[Int(UInt8(ascii: "`"))] = .apostrophe
        table[Int(UInt8(ascii: "\""))] = .quoteToggle
        table[Int(UInt8(ascii: "-"))] = .hyphen
        table[Int(UInt8(ascii: "."))] = .period
        table[Int(UInt8(ascii: "!"))] = .terminal
        table[Int(UInt8(ascii: "?"))] = .terminal
        for c in ",;:()[]{}" { table[Int(c.asciiValue!)] = .clause }
        return table
    }()

    /// For each byte: its case-folded form when it is an ASCII word character, else 0.
    /// One load answers both "does the word go on?" and "what byte does it add?".
    static let asciiWordFold: [UInt8] = (0..<256).map { b in
        b < 0x80 && asciiClass[b] == .word ? Scanner.foldASCII(UInt8(b)) : 0
    }

    /// Classifies the character starting at `i`; returns its class and byte length.
    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (CharClass, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (asciiClass[Int(b0)], 1) }
        let n = bytes.count
        switch b0 {
        case 0xC2 where i + 1 < n:
            switch bytes[i + 1] {
            case 0xA0: return (.space, 2)
            case 0x85: return (.newline, 2)
            case 0xAB: return (.quoteOpen, 2)
            case 0xBB: return (.quoteClose, 2)
            case 0xAD: return (.ignorable, 2)  // soft hyphen
            case 0xAA, 0xB5, 0xBA: return (.word, 2)
            default: return (.other, 2)
            }
        case 0xC3 where i + 1 < n:
            let b1 = bytes[i + 1]
            return (b1 == 0x97 || b1 == 0xB7 ? .other : .word, 2)
        case 0xE2 where i + 2 < n:
            return classifyGeneralPunctuation(bytes[i + 1], bytes[i + 2])
        case 0xE3 where i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80:
            return (.space, 3)  // ideographic space
        case 0xEF where i + 2 < n && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF:
            return (.ignorable, 3)  // BOM / zero-width no-break space
        default:
            return (.word, sequenceLength(b0, available: n - i))
        }
    }

    /// Classifies U+2000...U+2FFF (lead byte 0xE2), where the typographic punctuation lives.
    private static func classifyGeneralPunctuation(_ b1: UInt8, _ b2: UInt8) -> (CharClass, Int) {
        if b1 == 0x80 {
            switch b2 {
            case 0x80...0x8A, 0xAF: return (.space, 3)
            case 0x8B...0x8D: return (.ignorable, 3)
            case 0x90, 0x91: return (.hyphen, 3)
            case 0x92...0x95: return (.dash, 3)
            case 0x98, 0x99, 0x9A, 0x9B, 0xB2: return (.apostrophe, 3)
            case 0x9C, 0x9E, 0x9F: return (.quoteOpen, 3)
            case 0x9D, 0xB3: return (.quoteClose, 3)
            case 0xA6: return (.clause, 3)  // ellipsis
            case 0xA8, 0xA9: return (.newline, 3)
            default: return (.other, 3)
            }
        }
        if b1 == 0x81 && b2 == 0x9F { return (.space, 3) }
        if b1 == 0x81 && b2 == 0xA0 { return (.ignorable, 3) }
        if b1 == 0x88 && b2 == 0x92 { return (.dash, 3) }
        // Arrows, maths, box drawing, dingbats: symbols, not words.
        return (.other, 3)
    }

    /// Length of a UTF-8 sequence from its lead byte; 1 for a stray byte.
    @inline(__always)
    static func sequenceLength(_ lead: UInt8, available: Int) -> Int {
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: length = 1
        }
        return min(length, available)
    }

    /// Appends the case-folded bytes of the word character at `i` (length `len`).
    ///
    /// Folds ASCII, Latin-1 letters and basic Cyrillic (Russian and Ukrainian);
    /// other scripts pass through unchanged.
    @inline(__always)
    static func fold<Sink: TokenSink>(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length len: Int, into sink: inout Sink) {
        let b0 = bytes[i]
        if len == 1 {
            sink.wordByte(Scanner.foldASCII(b0))
            return
        }
        if len == 2 {
            let b1 = bytes[i + 1]
            switch (b0, b1) {
            case (0xC3, 0x80...0x9E): sink.wordByte(0xC3); sink.wordByte(b1 + 0x20)
            case (0xD0, 0x90...0x9F): sink.wordByte(0xD0); sink.wordByte(b1 + 0x20)
            case (0xD0, 0xA0...0xAF): sink.wordByte(0xD1); sink.wordByte(b1 - 0x20)
            case (0xD0, 0x80...0x8F): sink.wordByte(0xD1); sink.wordByte(b1 + 0x10)
            case (0xD2, 0x90): sink.wordByte(0xD2); sink.wordByte(0x91)
            default: sink.wordByte(b0); sink.wordByte(b1)
            }
            return
        }
        for k in 0..<len { sink.wordByte(bytes[i + k]) }
    }
}
