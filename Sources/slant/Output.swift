import Foundation
import SlantKit

/// Writes to standard output and standard error with `write(2)`.
///
/// SIGPIPE is ignored at start-up, so a closed pipe (`slant score dir | head`)
/// shows up here as EPIPE, and the process exits 0 without a message: the
/// reader has what it wanted.
enum Console {
    static func ignoreSigpipe() { signal(SIGPIPE, SIG_IGN) }

    static func out(_ buffer: inout OutputBuffer) {
        write(fd: 1, buffer.bytes)
        buffer.bytes.removeAll(keepingCapacity: true)
    }

    static func out(_ s: String) { write(fd: 1, Array(s.utf8)) }
    static func err(_ s: String) { write(fd: 2, Array((s + "\n").utf8)) }

    private static func write(fd: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(ExitCode.success.rawValue) }
                return
            }
            offset += n
        }
    }
}
