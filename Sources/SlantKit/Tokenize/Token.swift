/// A half-open range of bytes in the scored text. Line and column are computed only when printing.
public struct ByteSpan: Hashable, Sendable, Comparable {
    /// The byte offset of the first byte, into the scored text.
    public let start: Int
    /// The byte offset just past the last byte, into the scored text.
    public let end: Int
    /// The bytes `start..<end`, as given (not checked against any text).
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
    /// The number of bytes, `end - start`.
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

/// A document's tokens, in one growable buffer that only the document builder appends to.
///
/// Not an `Array`: an `Array` append checks uniqueness and capacity for every word, about
/// 30 instructions; here an append is a capacity test, a store and an increment, about 8
/// (0.9% of all instructions on the 3 MB benchmark corpus). A class, so a `Document` copy
/// shares the tokens rather than copying them.
final class TokenBuffer: RandomAccessCollection {
    // Unchecked: only the builder writes, before anything reads, and the runtime's exclusivity
    // check on every append and read cost a tenth of a debug build's instructions.
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<Token>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private(set) var endIndex = 0
    var startIndex: Int { 0 }

    init(capacity: Int = 16) {
        self.capacity = Swift.max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    subscript(index: Int) -> Token {
        precondition(index >= 0 && index < endIndex, "token index out of range")
        return base[index]
    }

    @inline(__always)
    func append(_ token: Token) {
        if endIndex == capacity { grow() }
        (base + endIndex).initialize(to: token)
        endIndex += 1
    }

    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Token>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: endIndex))
    }

    private func grow() {
        let bigger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: endIndex)
        base.deallocate()
        base = bigger
        capacity *= 2
    }
}
