/// One line of a dictionary file, with what it takes to report a 1-based `path:line:column`.
///
/// Dictionaries come from other tools, so a UTF-8 byte-order mark and CRLF line ends are
/// accepted (and not counted in columns). Columns count Unicode scalars, as lexicon errors do.
struct TextLine {
    let path: String
    let number: Int
    /// The line's bytes, without its line end.
    let bytes: ArraySlice<UInt8>

    /// Splits a file into lines; a final line end does not make an extra line.
    static func split(_ bytes: [UInt8], path: String) -> [TextLine] {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lines: [TextLine] = []
        var number = 1
        while start < bytes.count {
            let lineEnd = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var end = lineEnd
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            lines.append(TextLine(path: path, number: number, bytes: bytes[start..<end]))
            start = lineEnd + 1
            number += 1
        }
        return lines
    }

    /// The location of the byte at `index` (an index into `bytes`).
    func location(_ index: Int) -> SourceLocation {
        SourceLocation(path: path, line: number, column: Line.scalars(bytes[bytes.startIndex..<min(index, bytes.endIndex)]) + 1)
    }

    /// The location of the first byte that is not a space or tab (the line's start when blank).
    var contentLocation: SourceLocation { location(bytes.firstIndex { !TextLine.isBlank($0) } ?? bytes.startIndex) }

    /// The bytes without leading and trailing spaces and tabs.
    var trimmed: ArraySlice<UInt8> { TextLine.trim(bytes) }

    var isBlank: Bool { bytes.allSatisfy(TextLine.isBlank) }

    static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

    static func trim(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let first = bytes.firstIndex(where: { !isBlank($0) }) else { return bytes[bytes.endIndex...] }
        let last = bytes.lastIndex(where: { !isBlank($0) })!
        return bytes[first...last]
    }

    /// Runs of bytes separated by `separator` (a tab), each trimmed (slices keep their indices).
    static func fields(_ bytes: ArraySlice<UInt8>, separatedBy separator: UInt8) -> [ArraySlice<UInt8>] {
        bytes.split(separator: separator, omittingEmptySubsequences: false).map(trim)
    }

    /// Whitespace-separated words.
    static func words(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        bytes.split(whereSeparator: isBlank)
    }
}

extension ArraySlice<UInt8> {
    var string: String { String(decoding: self, as: UTF8.self) }
}
