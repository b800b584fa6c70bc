/// A half-open range of bytes in the scored text. Line and column are computed only when printing.
public struct ByteSpan: Hashable, Sendable, Comparable {
    public let start: Int
    public let end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
    public var length: Int { end - start }
    public static func < (a: ByteSpan, b: ByteSpan) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

/// One word of the scored text, with where it sits in the document structure.
struct Token {
    var start: Int32
    var end: Int32
    /// The exact-word symbol, or -1 when the word is in no pattern.
    var word: Int32
    /// Prefix-wildcard symbols this word matches, as a range of `Document.prefixSymbols`.
    var prefixStart: Int32
    var prefixCount: Int32
    var paragraph: Int32
    var sentence: Int32
    var clause: Int32
    /// Only spaces, a word-internal hyphen or a possessive split separate this word from the previous one.
    var joined: Bool
    /// Inside quotation marks.
    var quoted: Bool

    var span: ByteSpan { ByteSpan(start: Int(start), end: Int(end)) }
    var hasSymbols: Bool { word >= 0 || prefixCount > 0 }
}
