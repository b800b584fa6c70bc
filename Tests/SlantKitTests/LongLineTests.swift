import Foundation
import Testing
@testable import SlantKit

/// `LineReader` over real file descriptors (byte-order mark, over-long lines handed over
/// unheld, stream positions) and `ReducedLine`, which cuts an over-long JSONL line for `--truncate`.
struct LongLineTests {
    /// What the reader gave, line by line, and its position after each.
    enum Event: Equatable {
        case line(String)
        /// A long line, skipped: its length.
        case skipped(Int)
        /// A long line read a chunk at a time: its bytes, and the length the reader reports.
        case streamed([UInt8], length: Int)
    }

    /// Writes `bytes` to a temporary file and reads it through with a `LineReader` of `limit`,
    /// streaming the long lines whose numbers are in `stream` and skipping the others.
    static func read(_ bytes: [UInt8], limit: Int, stream: Set<Int> = []) throws -> (events: [Event], positions: [Int]) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("slant-lines-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fd = open(path, O_RDONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        var reader = LineReader(fd: fd, maxLineBytes: limit)
        var events: [Event] = []
        var positions: [Int] = []
        while let line = try reader.next() {
            switch line {
            case .complete(let bytes): events.append(.line(String(decoding: bytes, as: UTF8.self)))
            case .long where stream.contains(reader.lineNumber):
                var bytes: [UInt8] = []
                while try reader.nextLineChunk({ bytes += $0 }) {}
                events.append(.streamed(bytes, length: reader.longLineLength))
            case .long: events.append(.skipped(try reader.skipLine()))
            }
            positions.append(reader.position)
        }
        return (events, positions)
    }

    @Test func byteOrderMarkIsDroppedAndLongLinesAreHandedOver() throws {
        let ys = Array(repeating: UInt8(ascii: "y"), count: 30)
        let input = [0xEF, 0xBB, 0xBF] + Array("first\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 50) + Array("\r\nsecond\r\n".utf8) + ys
        let (events, positions) = try Self.read(input, limit: 20, stream: [4])
        #expect(events == [.line("first"), .skipped(50), .line("second"), .streamed(ys, length: 30)],
                "a skipped line's length leaves out its \\r\\n; the last line has no newline")
        #expect(positions == [9, 61, 69, input.count], "the mark counts with the first line, every newline with its line")
    }

    /// With `ending` "" the line is the last of the file, without a newline.
    @Test(arguments: [(20, "\n", false), (21, "\n", true), (20, "\r\n", false), (21, "\r\n", true), (20, "", false), (21, "", true)])
    func aLineIsLongOnlyWhenItsTextIsOverTheLimit(_ length: Int, _ ending: String, _ long: Bool) throws {
        let line = String(repeating: "z", count: length)
        let (events, _) = try Self.read(Array((line + ending + (ending.isEmpty ? "" : "next\n")).utf8), limit: 20)
        #expect(events == [long ? .skipped(length) : .line(line)] + (ending.isEmpty ? [] : [.line("next")]))
    }

    /// A line many chunks long is skipped, or streamed, across every refill.
    @Test func aLineOfManyChunksIsSkippedOrStreamed() throws {
        let length = LineReader.chunkSize * 5 / 2
        let bs = Array(repeating: UInt8(ascii: "b"), count: length)
        let input = Array(repeating: UInt8(ascii: "a"), count: length) + [0x0A] + bs + Array("\nok\n".utf8)
        let (events, positions) = try Self.read(input, limit: 1000, stream: [2])
        #expect(events == [.skipped(length), .streamed(bs, length: length), .line("ok")])
        #expect(positions.last == input.count)
    }

    struct ReduceCase: CustomTestStringConvertible, Sendable {
        let name: String
        let limit: Int
        let line: String
        /// The reduced line, or nil when the line does not fit at all.
        let reduced: String?
        var testDescription: String { name }
    }

    static let sixty = String(repeating: "0123456789", count: 6)
    static let forty = String(repeating: "0123456789", count: 4)

    static let reduceCases: [ReduceCase] = [
        ReduceCase(name: "text cut, the fields after it kept", limit: 40, line: #"{"text":"\#(sixty)","id":"x","outlet":"A"}"#,
                   reduced: #"{"text":"\#(forty)","id":"x","outlet":"A"}"#),
        ReduceCase(name: "an escape at the cut is kept whole", limit: 40, line: #"{"text":"\#(forty.dropLast())\n\#(sixty)"}"#,
                   reduced: #"{"text":"\#(forty.dropLast())\n"}"#),
        ReduceCase(name: "a \\u escape is never split", limit: 40, line: #"{"text":"\#(forty.dropLast(3))\u00e9\#(sixty)"}"#,
                   reduced: #"{"text":"\#(forty.dropLast(3))\u00e9"}"#),
        ReduceCase(name: "a high surrogate whose low half is cut goes", limit: 40, line: #"{"text":"\#(forty.dropLast(6))\ud83d\ude00\#(sixty)"}"#,
                   reduced: #"{"text":"\#(forty.dropLast(6))"}"#),
        ReduceCase(name: "escaped quotes and backslashes in the dropped part", limit: 40,
                   line: #"{"text":"\#(sixty)\"x\\","id":"y"}"#, reduced: #"{"text":"\#(forty)","id":"y"}"#),
        ReduceCase(name: "title and text have a budget each", limit: 40, line: #"{"title":"\#(sixty)","text":"\#(sixty)"}"#,
                   reduced: #"{"title":"\#(forty)","text":"\#(forty)"}"#),
        ReduceCase(name: "a key written with escapes is still text", limit: 40, line: #"{"te\u0078t":"\#(sixty)"}"#,
                   reduced: #"{"te\u0078t":"\#(forty)"}"#),
        ReduceCase(name: "strings named text inside other values are not cut", limit: 100, line: #"{"text":"ab","x":{"text":"\#(forty)"}}"#,
                   reduced: #"{"text":"ab","x":{"text":"\#(forty)"}}"#),
        ReduceCase(name: "other fields over the limit", limit: 40, line: #"{"text":"a","html":"\#(forty)"}"#, reduced: nil),
    ]

    @Test(arguments: reduceCases)
    func overLongLinesAreCutInTextAndTitleOnly(_ c: ReduceCase) throws {
        var source = ArrayLineSource(Array(c.line.utf8))
        let reduced = try ReducedLine.read(&source, limit: c.limit)
        #expect(reduced.length == c.line.utf8.count)
        if let expected = c.reduced {
            #expect(reduced.fits)
            #expect(String(decoding: reduced.bytes, as: UTF8.self) == expected)
        } else {
            #expect(!reduced.fits && reduced.bytes.isEmpty)
        }
    }

    /// A syntax error after a cut is reported at the column of the line as written.
    @Test func errorColumnsAreTheLinesColumns() throws {
        let line = #"{"text":"\#(Self.sixty)","k":[1,}"#
        var source = ArrayLineSource(Array(line.utf8))
        let reduced = try ReducedLine.read(&source, limit: 40)
        do {
            _ = try JSONLRecordReader.parse(reduced.bytes[...])
            Issue.record("the reduced line parsed")
        } catch let error as JSONLRecordReader.SyntaxError {
            #expect(reduced.lineColumn(error.column) == line.utf8.count, "the closing brace, the line's last byte")
            #expect(error.message == "expected a value")
        }
    }
}
