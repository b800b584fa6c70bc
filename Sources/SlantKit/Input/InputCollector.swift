import Foundation

/// One thing to score, named the way the user named it.
public enum InputItem: Sendable, Equatable {
    case file(String)
    case standardInput
    /// Could not be opened or listed; scoring reports it as an error record.
    case unreadable(path: String, reason: String)
}

/// Expands command-line operands into input items.
///
/// Directories are walked recursively for `.txt`, `.md`, `.html` and `.htm`
/// files, in sorted order, following symbolic links but never visiting the
/// same directory twice (a link loop is reported, not followed).
public enum InputCollector {
    public static let extensions: Set<String> = ["txt", "md", "html", "htm"]
    /// What a directory holds for `--jsonl`: record files, not articles.
    public static let jsonlExtensions: Set<String> = ["jsonl", "ndjson"]

    public static func expand(_ operands: [String], extensions: Set<String> = InputCollector.extensions) -> [InputItem] {
        var items: [InputItem] = []
        for operand in operands {
            if operand == "-" {
                items.append(.standardInput)
                continue
            }
            var info = stat()
            guard stat(operand, &info) == 0 else {
                items.append(.unreadable(path: operand, reason: String(cString: strerror(errno)).lowercased()))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                var visited: Set<String> = []
                walk(operand, extensions, into: &items, visited: &visited)
            } else {
                items.append(.file(operand))
            }
        }
        return items
    }

    private static func walk(_ directory: String, _ extensions: Set<String>, into items: inout [InputItem], visited: inout Set<String>) {
        guard let real = realpath(directory, nil) else {
            items.append(.unreadable(path: directory, reason: String(cString: strerror(errno)).lowercased()))
            return
        }
        let key = String(cString: real)
        free(real)
        guard visited.insert(key).inserted else {
            items.append(.unreadable(path: directory, reason: "symbolic link loop (directory already visited)"))
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            items.append(.unreadable(path: directory, reason: "cannot list directory"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else {
                var linkInfo = stat()
                if lstat(path, &linkInfo) == 0, extensions.contains((name as NSString).pathExtension.lowercased()) {
                    items.append(.unreadable(path: path, reason: String(cString: strerror(errno)).lowercased()))
                }
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(path, extensions, into: &items, visited: &visited)
            } else if extensions.contains((name as NSString).pathExtension.lowercased()) {
                items.append(.file(path))
            }
        }
    }
}

/// Reads whole files and standard input with POSIX calls, for exact error messages.
public enum FileReader {
    public struct ReadError: Error, Sendable, CustomStringConvertible {
        public let reason: String
        public var description: String { reason }
    }

    public static func read(_ item: InputItem) throws -> [UInt8] {
        switch item {
        case .standardInput: return try readAll(fd: 0)
        case .unreadable(_, let reason): throw ReadError(reason: reason)
        case .file(let path):
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw ReadError(reason: String(cString: strerror(errno)).lowercased()) }
            defer { close(fd) }
            return try readAll(fd: fd)
        }
    }

    static func readAll(fd: Int32) throws -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadError(reason: String(cString: strerror(errno)).lowercased())
            }
            if n == 0 { return result }
            result.append(contentsOf: chunk[0..<n])
        }
    }
}

/// Reads a file descriptor line by line without holding more than one line and one chunk.
public struct LineReader {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    /// `buffer[start..<scanned]` holds no newline. Searching resumes here, so a line
    /// that arrives in many reads (a 100 MB record through a pipe) is scanned once, not once per read.
    private var scanned = 0
    private var eof = false
    public private(set) var lineNumber = 0
    static let chunkSize = 1 << 20

    public init(fd: Int32) { self.fd = fd }

    /// The next line without its `\n` (and `\r`), or nil at the end.
    public mutating func next() throws -> [UInt8]? {
        while true {
            if let nl = newline() {
                let end = nl > start && buffer[nl - 1] == 0x0D ? nl - 1 : nl
                let line = Array(buffer[start..<end])
                start = nl + 1
                scanned = start
                lineNumber += 1
                return line
            }
            scanned = buffer.count
            if eof {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                lineNumber += 1
                return line
            }
            try fill()
        }
    }

    /// The index of the first newline at or after `scanned`.
    private func newline() -> Int? {
        buffer.withUnsafeBufferPointer { b in
            guard scanned < b.count, let base = b.baseAddress, let hit = memchr(base + scanned, 0x0A, b.count - scanned) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Drops the lines already returned and reads one more chunk straight into the buffer.
    private mutating func fill() throws {
        if start > 0 {
            buffer.removeFirst(start)
            scanned -= start
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
