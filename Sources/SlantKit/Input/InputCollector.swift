import Foundation

/// One thing to score, named the way the user named it.
public enum InputItem: Sendable, Equatable {
    /// A file, by its path as the user gave it or as found under a directory operand.
    case file(String)
    /// Standard input, the operand `-`.
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
    /// What a directory holds for article scoring, as lower-case extensions without the dot;
    /// a file named directly is read whatever its extension.
    public static let extensions: Set<String> = ["txt", "md", "html", "htm"]
    /// What a directory holds for `--jsonl`: record files, not articles.
    public static let jsonlExtensions: Set<String> = ["jsonl", "ndjson"]

    /// The input items for `operands`, in order: `-` is standard input, a directory expands to
    /// its files whose extension (in lower case) is in `extensions`, anything else is a file.
    ///
    /// Hidden entries (a name starting with `.`) are skipped. An operand that does not exist,
    /// or a directory that cannot be listed, becomes `.unreadable` with the reason, so the
    /// other inputs are still scored.
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

    /// The input's total size when every item's is known (regular files, and standard input
    /// redirected from one), for a progress percentage; nil when any is a pipe or a device.
    public static func totalBytes(_ items: [InputItem]) -> Int? {
        var total = 0
        for item in items {
            var info = stat()
            switch item {
            case .unreadable: continue
            case .standardInput:
                guard fstat(0, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
                total += max(0, Int(info.st_size) - Int(lseek(0, 0, SEEK_CUR)))
            case .file(let path):
                guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
                total += Int(info.st_size)
            }
        }
        return total
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
enum FileReader {
    /// Why an input could not be opened or read.
    struct ReadError: Error, Sendable, CustomStringConvertible {
        /// The system's message in lower case (`no such file or directory`), or the
        /// reason an input was already known to be unreadable.
        let reason: String
        /// The reason, as error messages show it.
        var description: String { reason }
    }

    /// The whole input.
    static func read(_ item: InputItem) throws -> [UInt8] { try read(item, limit: .max).bytes }

    /// Reads at most `limit` bytes of an input, plus one to tell whether there is more, and
    /// the input's whole size: what is past the limit is counted, never kept (a regular
    /// file's size comes from `fstat`; a stream is drained a chunk at a time).
    static func read(_ item: InputItem, limit: Int) throws -> (bytes: [UInt8], size: Int) {
        switch item {
        case .standardInput: return try readPrefix(fd: 0, limit: limit)
        case .unreadable(_, let reason): throw ReadError(reason: reason)
        case .file(let path):
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw ReadError(reason: String(cString: strerror(errno)).lowercased()) }
            defer { close(fd) }
            return try readPrefix(fd: fd, limit: limit)
        }
    }

    private static func readPrefix(fd: Int32, limit: Int) throws -> (bytes: [UInt8], size: Int) {
        var result: [UInt8] = []
        let keep = limit == .max ? limit : limit + 1
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while result.count < keep {
            let n = try readChunk(fd, &chunk, max: keep - result.count)
            if n == 0 { return (result, result.count) }
            result.append(contentsOf: chunk[0..<n])
        }
        var info = stat()
        if fstat(fd, &info) == 0 && info.st_mode & S_IFMT == S_IFREG && Int(info.st_size) >= result.count {
            return (result, Int(info.st_size))
        }
        var size = result.count
        while true {
            let n = try readChunk(fd, &chunk, max: chunk.count)
            if n == 0 { return (result, size) }
            size += n
        }
    }

    private static func readChunk(_ fd: Int32, _ chunk: inout [UInt8], max: Int) throws -> Int {
        while true {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, Swift.min($0.count, max)) }
            if n >= 0 { return n }
            if errno != EINTR { throw ReadError(reason: String(cString: strerror(errno)).lowercased()) }
        }
    }
}
