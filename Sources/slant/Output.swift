import Foundation
import SlantKit

/// Writes to standard output (or the `--output` file) and standard error with `write(2)`.
///
/// SIGPIPE is ignored at start-up, so a closed pipe (`slant score dir | head`)
/// shows up here as EPIPE, and the process exits 0 without a message: the
/// reader has what it wanted. Any other write error is fatal and reported:
/// output is never silently lost.
enum Console {
    nonisolated(unsafe) static var outputFD: Int32 = 1

    static func ignoreSigpipe() { signal(SIGPIPE, SIG_IGN) }

    static func out(_ buffer: inout OutputBuffer) {
        write(fd: outputFD, buffer.bytes)
        buffer.bytes.removeAll(keepingCapacity: true)
    }

    static func out(_ s: String) { write(fd: outputFD, Array(s.utf8)) }
    static func err(_ s: String) { write(fd: 2, Array((s + "\n").utf8)) }
    /// Bytes to standard error as they are (a progress line's `\r` and erase).
    static func err(bytes: [UInt8]) { write(fd: 2, bytes) }

    private static func write(fd: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE && fd == 1 { exit(ExitCode.success.rawValue) }
                if fd == 2 { return }
                let reason = String(cString: strerror(errno)).lowercased()
                AtomicOutput.abandon()
                err("slant: cannot write output: \(reason)")
                exit(ExitCode.usage.rawValue)
            }
            offset += n
        }
    }
}

/// `--progress` / `--no-progress`: whether a long run shows a progress line on standard error.
enum ProgressChoice {
    /// The default: on a terminal, once the run has lasted `ProgressMeter.defaultDelay`.
    case auto
    /// `--progress`: from the first record, whatever standard error is.
    case always
    /// `--no-progress`.
    case never

    static let flags: [OptionSpec] = [.flag("--progress"), .flag("--no-progress")]
    /// Overrides the automatic delay, in milliseconds, so tests can see the line without a
    /// run of a second (`SLANT_PROGRESS_DELAY_MS=0`). Not meant for users.
    static let delayVariable = "SLANT_PROGRESS_DELAY_MS"

    init(_ arguments: ParsedArguments, command: String) throws {
        switch (arguments.flag("--progress"), arguments.flag("--no-progress")) {
        case (true, true): throw CLIError.conflictingOptions(command: command, first: "--progress", second: "--no-progress")
        case (true, false): self = .always
        case (false, true): self = .never
        case (false, false): self = .auto
        }
    }

    /// The meter to drive, or nil when nothing is to be shown.
    func meter(label: String) -> ProgressMeter? {
        let delay: Double
        switch self {
        case .never: return nil
        case .always: delay = 0
        case .auto:
            guard isatty(2) != 0 else { return nil }
            let milliseconds = ProcessInfo.processInfo.environment[Self.delayVariable].flatMap { Double($0) }
            delay = milliseconds.map { $0 / 1000 } ?? ProgressMeter.defaultDelay
        }
        return ProgressMeter(label: label, delay: delay) { Console.err(bytes: $0) }
    }
}

/// `--output FILE`: output goes to a temporary file beside FILE, renamed over
/// FILE only when the run completes. An interrupted run (SIGINT, SIGTERM) or a
/// failed one removes the temporary file, so FILE is either the old file or
/// the complete new one, never a truncated one.
///
/// Only regular files are replaced. A device, FIFO or socket (`--output /dev/null`,
/// a named pipe) is written directly: renaming over it would put a regular file
/// where the device was. A symbolic link is followed, so the file it points to is
/// replaced and the link stays.
enum AtomicOutput {
    /// The temporary path as a C string, for the signal handler (which may only call async-signal-safe functions).
    nonisolated(unsafe) private static var temporary: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var destination = ""

    static func begin(_ path: String) throws {
        func failure() -> CLIError { CLIError.outputFailed(path: path, reason: String(cString: strerror(errno)).lowercased()) }
        var info = stat()
        if stat(path, &info) == 0 && info.st_mode & S_IFMT != S_IFREG {
            let fd = open(path, O_WRONLY)  // a directory fails here, with "is a directory"
            guard fd >= 0 else { throw failure() }
            Console.outputFD = fd
            return
        }
        // An existing path is resolved through any symbolic links; a new one is used as given.
        let target = realpath(path, nil).map { resolved in defer { free(resolved) }; return String(cString: resolved) } ?? path
        let url = URL(fileURLWithPath: target)
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).slant-\(getpid()).tmp").path
        let fd = open(tmp, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
        guard fd >= 0 else { throw failure() }
        temporary = strdup(tmp)
        destination = target
        Console.outputFD = fd
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { sig in
                if let t = AtomicOutput.temporary { unlink(t) }
                _exit(128 + sig)
            }
            sigaddset(&unblock, sig)
        }
        // A parent may start us with these signals blocked (the mask is inherited
        // through exec); then an interrupt would never reach the handler.
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }

    /// Makes the output visible under its name.
    static func commit() throws {
        guard let tmp = temporary else { return }
        let fd = Console.outputFD
        if fsync(fd) != 0 || close(fd) != 0 || rename(tmp, destination) != 0 {
            let reason = String(cString: strerror(errno)).lowercased()
            abandon()
            throw CLIError.outputFailed(path: destination, reason: reason)
        }
        Console.outputFD = 1
        free(tmp)
        temporary = nil
    }

    /// Removes the temporary file after a failure.
    static func abandon() {
        guard let tmp = temporary else { return }
        unlink(tmp)
        free(tmp)
        temporary = nil
    }
}

/// Whole files that `import` and `export` write into a directory: each goes to a temporary
/// file renamed over its name, so a failed run leaves every file either old or complete.
/// POSIX calls, so a failure reports the system's reason (`not a directory`, `permission denied`).
enum FileOutput {
    static func write(_ files: [(path: String, text: String)], creating directory: String) throws {
        try makeDirectory(directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory)
        for file in files {
            let url = URL(fileURLWithPath: file.path)
            let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).slant-\(getpid()).tmp").path
            let bytes = Array(file.text.utf8)
            let fd = open(tmp, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
            guard fd >= 0 else { throw failure(file.path) }
            var offset = 0
            while offset < bytes.count {
                let n = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else {
                    let error = failure(file.path)
                    close(fd)
                    unlink(tmp)
                    throw error
                }
                offset += n
            }
            guard close(fd) == 0, rename(tmp, file.path) == 0 else {
                let error = failure(file.path)
                unlink(tmp)
                throw error
            }
        }
    }

    /// `mkdir -p`: the directory and any missing parents.
    private static func makeDirectory(_ path: String) throws {
        var info = stat()
        if stat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { return }
            throw CLIError.outputFailed(path: path, reason: "not a directory")
        }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if parent != path && !path.isEmpty { try makeDirectory(parent) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw failure(path) }
    }

    private static func failure(_ path: String) -> CLIError {
        CLIError.outputFailed(path: path, reason: String(cString: strerror(errno)).lowercased())
    }
}
