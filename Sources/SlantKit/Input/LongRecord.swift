/// The bytes of one JSONL line too long to hold, read once, front to back.
protocol LongLineSource {
    /// Hands `body` the next bytes of the line; false, without calling it, once the line is over.
    mutating func nextLineChunk(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Bool
    /// Skips the rest of the line and returns the whole line's length in bytes.
    mutating func skipLine() throws -> Int
    /// The whole line's length, once `nextLineChunk` has returned false.
    var longLineLength: Int { get }
}

extension LineReader: LongLineSource {}

/// A line already in memory (`BatchScorer.scoreJSONLLine` called with a long one).
struct ArrayLineSource: LongLineSource {
    let bytes: [UInt8]
    var delivered = false

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func nextLineChunk(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows -> Bool {
        guard !delivered else { return false }
        delivered = true
        try bytes.withUnsafeBufferPointer(body)
        return true
    }

    mutating func skipLine() -> Int {
        delivered = true
        return bytes.count
    }

    var longLineLength: Int { bytes.count }
}

/// A JSONL line over the article limit, cut down so it can be parsed in bounded memory (`--truncate`).
///
/// The contents of the top-level `"text"` and `"title"` strings keep their first `limit`
/// bytes each, as written in the line (an escape counts at its written length and is
/// never split, and a high surrogate escape whose low half was cut goes too); everything
/// else is copied as it is, and may not take more than `limit` bytes in all. The result is
/// parsed by `JSONLRecordReader` like any other line, so it is checked as strictly, and
/// fields after the text (an `id` or metadata written last) are kept.
struct ReducedLine: Sendable {
    /// A removal: `removed` bytes of the line were left out before offset `at` of `bytes`.
    struct Cut: Sendable {
        let at: Int
        let removed: Int
    }

    var bytes: [UInt8]
    /// The whole line's length in bytes.
    var length: Int
    var cuts: [Cut]
    /// False when the fields other than text and title alone are over the limit; then
    /// `bytes` is empty and the line was skipped.
    var fits: Bool

    /// The line's column for a column of `bytes` (both 1-based), for error messages.
    func lineColumn(_ column: Int) -> Int {
        column + cuts.filter { $0.at <= column - 1 }.reduce(0) { $0 + $1.removed }
    }

    /// Reads the rest of a long line from `source`.
    static func read<Source: LongLineSource>(_ source: inout Source, limit: Int) throws -> ReducedLine {
        var scan = Scan(limit: limit)
        while try source.nextLineChunk({ scan.take($0) }) {
            if scan.other > limit {
                return ReducedLine(bytes: [], length: try source.skipLine(), cuts: [], fits: false)
            }
        }
        scan.endCut()
        return ReducedLine(bytes: scan.out, length: source.longLineLength, cuts: scan.cuts, fits: true)
    }

    /// The state of the scan: just enough JSON structure to know where the top-level
    /// keys, and the strings of `text` and `title`, begin and end.
    private struct Scan {
        let limit: Int
        var out: [UInt8] = []
        /// Bytes copied outside the contents of text and title.
        var other = 0
        var cuts: [Cut] = []
        var depth = 0
        var inString = false
        /// Inside a string, the last byte was a backslash that starts an escape.
        var escaped = false
        var expectKey = false
        var key: [UInt8]?
        var lastKey = ""
        var budgets = ["text": 0, "title": 0]
        /// Within a text or title string.
        var cutting: String?
        var budget = 0
        var removed = 0
        var dropping = false
        /// Bytes of the current escape still to come, while keeping.
        var escapeLeft = 0
        var escapeStart = -1

        init(limit: Int) {
            self.limit = limit
            budgets = ["text": limit, "title": limit]
        }

        /// A chunk of the line. Most of a huge line is the dropped part of its text, so that is
        /// skipped in a tight loop to the next quote or backslash; the rest (at most `limit`
        /// bytes of structure and twice `limit` of kept text) goes byte by byte.
        mutating func take(_ chunk: UnsafeBufferPointer<UInt8>) {
            var i = 0
            while i < chunk.count && other <= limit {
                if cutting != nil && dropping && !escaped {
                    let from = i
                    while i < chunk.count && chunk[i] != UInt8(ascii: "\"") && chunk[i] != UInt8(ascii: "\\") { i += 1 }
                    removed += i - from
                    if i == chunk.count { return }
                }
                take(chunk[i])
                i += 1
            }
        }

        private mutating func take(_ b: UInt8) {
            if cutting != nil { return takeContent(b) }
            out.append(b)
            other += 1
            if inString {
                if escaped {
                    escaped = false
                } else if b == UInt8(ascii: "\\") {
                    escaped = true
                } else if b == UInt8(ascii: "\"") {
                    inString = false
                    if let k = key { lastKey = Self.decodeKey(k) }
                    key = nil
                    return
                }
                key?.append(b)
                return
            }
            switch b {
            case UInt8(ascii: "\""):
                inString = true
                if depth == 1 && expectKey {
                    key = []
                } else if depth == 1, let left = budgets[lastKey] {
                    cutting = lastKey
                    budget = left
                    removed = 0
                    dropping = false
                    escapeLeft = 0
                    escapeStart = -1
                }
            case UInt8(ascii: "{"):
                depth += 1
                if depth == 1 { expectKey = true }
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: ","): if depth == 1 { expectKey = true }
            case UInt8(ascii: ":"): if depth == 1 { expectKey = false }
            default: break
            }
        }

        /// A byte inside the text or title string: kept while its budget lasts, then dropped up to the closing quote.
        private mutating func takeContent(_ b: UInt8) {
            if dropping {
                if escaped {
                    escaped = false
                } else if b == UInt8(ascii: "\\") {
                    escaped = true
                } else if b == UInt8(ascii: "\"") {
                    return closeContent()
                }
                removed += 1
                return
            }
            if escapeLeft > 0 {
                // The byte after the backslash: `u` brings four hex digits.
                escapeLeft = escaped && b == UInt8(ascii: "u") ? 4 : escapeLeft - 1
                escaped = false
                out.append(b)
                budget -= 1
                return
            }
            if b == UInt8(ascii: "\"") { return closeContent() }
            if budget <= 0 {
                dropping = true
                dropCutSurrogate()
                removed += 1
                escaped = b == UInt8(ascii: "\\")
                return
            }
            if b == UInt8(ascii: "\\") {
                escaped = true
                escapeLeft = 1
                escapeStart = out.count
            }
            out.append(b)
            budget -= 1
        }

        /// A `\uD800`-`\uDBFF` escape at the cut has lost its low half: drop it rather than score U+FFFD.
        private mutating func dropCutSurrogate() {
            guard escapeStart >= 0, escapeStart == out.count - 6, out[escapeStart + 1] == UInt8(ascii: "u"),
                  out[escapeStart + 2] | 0x20 == UInt8(ascii: "d"),
                  "89abAB".utf8.contains(out[escapeStart + 3]) else { return }
            out.removeLast(6)
            removed += 6
        }

        private mutating func closeContent() {
            endCut()
            out.append(UInt8(ascii: "\""))
            other += 1
            inString = false
        }

        /// Ends the text or title string in progress (also at the end of an unterminated line).
        mutating func endCut() {
            guard let name = cutting else { return }
            if removed > 0 { cuts.append(Cut(at: out.count, removed: removed)) }
            budgets[name] = max(0, budget)
            cutting = nil
            escaped = false
        }

        /// A key as the record reader will see it (`"te\u0078t"` is `text`).
        private static func decodeKey(_ raw: [UInt8]) -> String {
            var reader = JSONReader(bytes: ([UInt8(ascii: "\"")] + raw + [UInt8(ascii: "\"")])[...])
            return (try? reader.readString()) ?? String(decoding: raw, as: UTF8.self)
        }
    }
}
