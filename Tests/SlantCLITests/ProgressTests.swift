import Foundation
import Testing

/// The progress line of `slant score`: shown on a terminal (a pseudo-terminal made by
/// util-linux `script`), never in a pipe unless `--progress` asks for it.
///
/// `SLANT_PROGRESS_DELAY_MS=0` takes away the one-second wait, so a short run shows the line;
/// without it the same short run shows nothing, so the line appears because stderr is a
/// terminal and the wait is over, not by accident.
struct ProgressTests {
    static let script = ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let underCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// One drawing, with the total known (`of`, a percentage and an ETA) or not.
    static let drawnWithTotal = #"\rslant score: \d+ records?, \d+\.\d of \d+\.\d MB \(\d+%\), \d+\.\d MB/s, ETA (\d+:)?\d+:\d\d\e\[K"#
    static let drawnWithoutTotal = #"\rslant score: \d+ records?, \d+\.\d MB, \d+\.\d MB/s\e\[K"#

    static func matches(_ text: String, _ drawing: String) -> Bool {
        text.wholeMatch(of: try! Regex("(\(drawing))+\\r\\e\\[K")) != nil
    }

    /// Runs `slant score ARGS > OUT` with stderr on a pseudo-terminal; returns what the terminal
    /// showed (slant's stderr) and the stdout file's contents.
    static func onATerminal(_ arguments: String, delayMS: Int?) throws -> (terminal: String, stdout: String) {
        let script = try #require(Self.script, "util-linux script is needed for the pseudo-terminal (CI=true requires it)")
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out").path
        let env = delayMS.map { "SLANT_PROGRESS_DELAY_MS=\($0) " } ?? ""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["-qc", "\(env)'\(Slant.binary.path)' score \(arguments) > '\(out)'", "/dev/null"]
        process.currentDirectoryURL = Slant.root
        process.standardInput = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let terminal = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return (terminal, try String(contentsOfFile: out, encoding: .utf8))
    }

    @Test(.enabled(if: script != nil || underCI, "util-linux script is not installed"))
    func theLineAppearsOnATerminalOnceTheWaitIsOver() throws {
        let plain = try Slant.run(["score", "--format", "jsonl", "Evaluation/corpus"])
        let shown = try Self.onATerminal("--format jsonl Evaluation/corpus", delayMS: 0)
        #expect(Self.matches(shown.terminal, Self.drawnWithTotal), "\(shown.terminal.debugDescription)")
        #expect(shown.stdout == plain.stdout, "stdout is untouched")

        let short = try Self.onATerminal("--format jsonl Evaluation/corpus", delayMS: nil)
        #expect(short.terminal == "", "a run shorter than a second shows nothing: \(short.terminal.debugDescription)")
        let silenced = try Self.onATerminal("--no-progress --format jsonl Evaluation/corpus", delayMS: 0)
        #expect(silenced.terminal == "")
    }

    @Test func nothingExtraAppearsOnStderrInAPipe() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["SLANT_PROGRESS_DELAY_MS"] = "0"
        let run = try Slant.run(["score", "Evaluation/corpus", "/nonexistent.txt"], environment: environment)
        #expect(run.status == 3)
        #expect(run.stderr == "slant: /nonexistent.txt: no such file or directory\nslant: 1 of 71 inputs could not be scored\n")
        let jsonl = try Slant.run(["score", "--jsonl", "--format", "jsonl"], stdin: "{\"text\": \"Ukraine needs weapons.\"}\n", environment: environment)
        #expect(jsonl.stderr == "")
    }

    @Test func progressForcesTheLineEvenInAPipe() throws {
        let files = try Slant.run(["score", "--progress", "--format", "jsonl", "Evaluation/corpus"])
        #expect(files.status == 0)
        #expect(Self.matches(files.stderr, Self.drawnWithTotal), "\(files.stderr.debugDescription)")
        let piped = try Slant.run(["score", "--progress", "--jsonl", "--format", "jsonl"], stdin: "{\"text\": \"Ukraine needs weapons.\"}\n")
        #expect(Self.matches(piped.stderr, Self.drawnWithoutTotal), "a pipe's size is unknown: \(piped.stderr.debugDescription)")
    }
}
