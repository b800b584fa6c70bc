import Foundation

/// Reads a file descriptor line by line without holding more than one line and one chunk.
///
/// A line longer than `maxLineBytes` is never held whole: `next()` returns `.long` as
/// soon as the line is known to be over, and the caller reads the rest of it a chunk at a
/// time (`nextLineChunk`) or skips it (`skipLine()`), in bounded memory either way. A UTF-8
/// byte-order mark at the start of the stream (Windows tools write one) is dropped.
struct LineReader {
    /// What `next()` returns for one line.
    enum Line: Equatable {
        /// A line of at most `maxLineBytes`, without its `\n` (and a `\r` before it).
        case complete([UInt8])
        /// A line over `maxLineBytes`; read it with `nextLineChunk` or `skipLine()` before calling `next()` again.
        case long
    }

    private let fd: Int32
    private let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    /// `buffer[start..<scanned]` holds no newline. Searching resumes here, so a line
    /// that arrives in many reads (a 100 MB record through a pipe) is scanned once, not once per read.
    private var scanned = 0
    private var eof = false
    private var checkedByteOrderMark = false
    /// Bytes removed from the front of `buffer` so far.
    private var dropped = 0
    /// Within a long line: its bytes so far, and whether the last one was a `\r`.
    private var longLength = 0
    private var longEndsWithCR = false
    private var inLongLine = false
    /// The 1-based number of the line last returned by `next()`; 0 before the first.
    private(set) var lineNumber = 0
    static let chunkSize = 1 << 20

    /// Reads `fd` (not closed here) from its current offset; lines over `maxLineBytes`
    /// bytes, without their newline, come as `.long`.
    init(fd: Int32, maxLineBytes: Int = .max) {
        self.fd = fd
        self.maxLineBytes = maxLineBytes
    }

    /// Bytes of the stream consumed so far: through the last line returned or skipped
    /// (with its newline, and any byte-order mark before the first line).
    var position: Int { dropped + start }

    /// The next line, or nil at the end.
    mutating func next() throws -> Line? {
        precondition(!inLongLine, "read or skip the long line first")
        try skipByteOrderMark()
        while true {
            if let nl = newline() {
                let end = nl > start && buffer[nl - 1] == 0x0D ? nl - 1 : nl
                lineNumber += 1
                if end - start > maxLineBytes { return beginLongLine() }
                let line = Array(buffer[start..<end])
                start = nl + 1
                scanned = start
                return .complete(line)
            }
            scanned = buffer.count
            // One byte of slack: the line may still end in "\r\n".
            if buffer.count - start - 1 > maxLineBytes {
                lineNumber += 1
                return beginLongLine()
            }
            if eof {
                guard start < buffer.count else { return nil }
                lineNumber += 1
                if buffer.count - start > maxLineBytes { return beginLongLine() }
                let line = Array(buffer[start...])
                start = buffer.count
                return .complete(line)
            }
            try fill()
        }
    }

    private mutating func beginLongLine() -> Line {
        inLongLine = true
        longLength = 0
        longEndsWithCR = false
        return .long
    }

    /// Hands `body` the next bytes of the long line (what the buffer holds, never past the
    /// line's end); returns false, without calling `body`, once the line is over. The
    /// newline is consumed, not handed over.
    mutating func nextLineChunk(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Bool {
        guard inLongLine else { return false }
        if start == buffer.count {
            if !eof { try fill() }
            if start == buffer.count {
                endLongLine()
                return false
            }
        }
        let hit = newlineFrom(start)
        let end = hit ?? buffer.count
        try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
        if end > start {
            longLength += end - start
            longEndsWithCR = buffer[end - 1] == 0x0D
        }
        start = end
        if hit != nil {
            start += 1
            endLongLine()
        }
        return true
    }

    /// Skips the rest of the long line, a chunk at a time. Returns the line's length in
    /// bytes, without its newline and a `\r` before it.
    mutating func skipLine() throws -> Int {
        while try nextLineChunk({ _ in }) {}
        return longLineLength
    }

    /// The length of the long line just finished (once `nextLineChunk` has returned false), without its newline and a `\r` before it.
    var longLineLength: Int { longLength - (longEndsWithCR ? 1 : 0) }

    private mutating func endLongLine() {
        inLongLine = false
        scanned = start
    }

    private mutating func skipByteOrderMark() throws {
        guard !checkedByteOrderMark else { return }
        while buffer.count < 3 && !eof { try fill() }
        checkedByteOrderMark = true
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
            start = 3
            scanned = 3
        }
    }

    /// The index of the first newline at or after `scanned`.
    private func newline() -> Int? { newlineFrom(scanned) }

    private func newlineFrom(_ from: Int) -> Int? {
        buffer.withUnsafeBufferPointer { b in
            guard from < b.count, let base = b.baseAddress, let hit = memchr(base + from, 0x0A, b.count - from) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Drops the lines already returned and reads one more chunk straight into the buffer.
    private mutating func fill() throws {
        if start > 0 {
            buffer.removeFirst(start)
            scanned = max(scanned - start, 0)
            dropped += start
            start = 0
        }
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
        while true {
            let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + old, Self.chunkSize) }
            if n < 0 && errno == EINTR { continue }
            buffer.removeLast(Self.chunkSize - max(n, 0))
            if n < 0 { throw FileReader.ReadError(reason: String(cString: strerror(errno)).lowercased()) }
            if n == 0 { eof = true }
            return
        }
    }
}
