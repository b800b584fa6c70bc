import Foundation
import Testing
@testable import SlantKit

/// `ProcessTimer` times whole processes for `slant bench`, and refuses to report a time for a
/// run that did not start or did not succeed.
struct ProcessTimerTests {
    @Test func aSuccessfulRunIsTimed() throws {
        let seconds = try ProcessTimer.median("/bin/sh", ["-c", "exit 0"], runs: 3, warmups: 0)
        #expect(seconds > 0 && seconds < 5)
    }

    struct FailureCase: CustomTestStringConvertible, Sendable {
        let name: String
        let executable: String
        let arguments: [String]
        let error: BenchError
        let message: String
        var testDescription: String { name }
    }

    static let failures: [FailureCase] = [
        FailureCase(name: "missing executable", executable: "/nonexistent/slant", arguments: ["score"],
                    error: .spawnFailed(executable: "/nonexistent/slant", errno: ENOENT),
                    message: "cannot start '/nonexistent/slant': no such file or directory"),
        FailureCase(name: "non-zero exit", executable: "/bin/sh", arguments: ["-c", "exit 3"],
                    error: .runFailed(command: "/bin/sh -c exit 3", status: 3),
                    message: "'/bin/sh -c exit 3' exited with status 3"),
        FailureCase(name: "killed by a signal", executable: "/bin/sh", arguments: ["-c", "kill -9 $$"],
                    error: .runFailed(command: "/bin/sh -c kill -9 $$", status: -9),
                    message: "'/bin/sh -c kill -9 $$' exited with status -9"),
    ]

    @Test(arguments: failures)
    func aFailedRunIsAnError(_ c: FailureCase) {
        #expect(throws: c.error) { try ProcessTimer.median(c.executable, c.arguments, runs: 1, warmups: 0) }
        #expect(c.error.description == c.message)
    }
}
