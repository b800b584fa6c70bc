import Foundation
import Testing

/// Runs the built `slant` binary and captures what it printed.
struct SlantRun {
    let stdout: String
    let stderr: String
    let status: Int32
}

enum Slant {
    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `slant` is built next to the test bundle (`swift test` builds it because this target depends on it);
    /// `SLANT_BINARY` points the tests at another build, such as a release one.
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["SLANT_BINARY"] { return URL(fileURLWithPath: path) }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("slant")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return root.appendingPathComponent(".build/debug/slant")
    }()

    static func run(_ arguments: [String], stdin: String? = nil, cwd: URL? = nil, environment: [String: String]? = nil) throws -> SlantRun {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = cwd ?? root
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot fill a pipe and stall the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return SlantRun(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
                        status: process.terminationStatus)
    }

    /// Which output of a helper tool `tool(_:_:capturing:)` returns; the other is discarded.
    enum Stream { case standardOutput, standardError }

    /// Runs a tool other than slant (a browser, setpriv, valgrind) from the repository root,
    /// returning its exit status and the one stream the test reads.
    static func tool(_ path: String, _ arguments: [String], capturing stream: Stream) throws -> (status: Int32, text: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = root
        let pipe = Pipe()
        process.standardOutput = stream == .standardOutput ? pipe : FileHandle.nullDevice
        process.standardError = stream == .standardError ? pipe : FileHandle.nullDevice
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("slant-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Compares `output` with Tests/Fixtures/golden/`name`, or rewrites that file
    /// when SLANT_RECORD_GOLDEN=1 (then review the diff before committing).
    static func expectGolden(_ output: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let golden = root.appendingPathComponent("Tests/Fixtures/golden/\(name)")
        if ProcessInfo.processInfo.environment["SLANT_RECORD_GOLDEN"] == "1" {
            try output.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        #expect(output == (try String(contentsOf: golden, encoding: .utf8)), sourceLocation: sourceLocation)
    }

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }
}

/// A count written by a helper thread and read after the test has waited for that
/// thread (a semaphore or `Streamed.run`'s own wait), which orders the two.
final class Counter: @unchecked Sendable {
    var value = 0
}
