import Dispatch
import Foundation

/// Why a process could not be timed.
public enum BenchError: Error, Sendable, Equatable {
    /// `posix_spawn` failed with this `errno`.
    case spawnFailed(executable: String, errno: Int32)
    /// The timed command did not exit with status 0; a negative status is the signal that ended it.
    case runFailed(command: String, status: Int32)

    /// A one-line message for the user: which executable could not start and why, or which
    /// command exited with which status.
    public var description: String {
        switch self {
        case .spawnFailed(let executable, let code):
            return "cannot start '\(executable)': \(String(cString: strerror(code)).lowercased())"
        case .runFailed(let command, let status):
            return "'\(command)' exited with status \(status)"
        }
    }
}

/// Times whole processes: what a user waits for, including the loader and runtime start-up
/// that an in-process measurement leaves out.
public enum ProcessTimer {
    /// The median wall time, in seconds, of `runs` runs of `executable arguments` (after
    /// `warmups` untimed ones), with standard output and error going to /dev/null.
    public static func median(_ executable: String, _ arguments: [String], runs: Int, warmups: Int = 3) throws -> Double {
        for _ in 0..<warmups { _ = try time(executable, arguments) }
        let times = try (0..<max(runs, 1)).map { _ in try time(executable, arguments) }.sorted()
        return times[times.count / 2]
    }

    /// One run: spawn, wait, and the wall time between.
    private static func time(_ executable: String, _ arguments: [String]) throws -> Double {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let command = [executable] + arguments
        let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let code = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard code == 0 else { throw BenchError.spawnFailed(executable: executable, errno: code) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // A normal exit has the low seven bits clear and the status in the next eight;
        // otherwise those seven bits are the signal, reported negated.
        let signal = status & 0x7F
        let exitStatus = signal == 0 ? (status >> 8) & 0xFF : -signal
        guard exitStatus == 0 else { throw BenchError.runFailed(command: command.joined(separator: " "), status: exitStatus) }
        return elapsed
    }
}
