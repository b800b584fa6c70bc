import Foundation
import Testing

/// Every input comes out accounted for: a score or an error record, never a crash or a silent skip.
struct InputRobustnessTests {
    /// Writes `files` into a fresh directory and runs `slant score DIR --format jsonl`.
    static func score(_ files: [(String, [UInt8])], extra: [String] = []) throws -> (SlantRun, [[String: Any]], URL) {
        let dir = try Slant.temporaryDirectory()
        for (name, bytes) in files {
            try Data(bytes).write(to: dir.appendingPathComponent(name))
        }
        let run = try Slant.run(["score", dir.path, "--format", "jsonl"] + extra)
        let records = try run.stdout.split(separator: "\n").map { try #require(try Slant.json(String($0)) as? [String: Any]) }
        return (run, records, dir)
    }

    static let article = Array("Washington must impose new sanctions on Russia and send weapons to Ukraine now.".utf8)

    @Test func mixedGoodAndBadInputsGiveOneRecordEach() throws {
        let files: [(String, [UInt8])] = [
            ("a-good.txt", Self.article),
            ("b-empty.txt", []),
            ("c-blank.txt", Array("  \n\t\n   ".utf8)),
            ("d-binary.txt", [0x00, 0x01, 0xFF, 0x00, 0x50, 0x4B, 0x03, 0x04] + Self.article),
            ("e-latin1.txt", [0x4B, 0x69, 0x65, 0x77, 0xE9, 0x20] + Self.article),
            ("f-utf16.txt", [0xFF, 0xFE] + Array("Ukraine needs weapons now.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            ("g-german.txt", Array("Die Bundesregierung will der Ukraine mehr Waffen liefern und neue Sanktionen gegen Moskau verhängen.".utf8)),
            ("h-ukrainian.txt", Array("Україна потребує зброї, а Москва має відчути нові санкції.".utf8)),
            ("i-nested.html", Array((String(repeating: "<div><span>", count: 5_000) + "Putin's war on Ukraine <b>unclosed").utf8)),
        ]
        let (run, records, dir) = try Self.score(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(records.count == files.count)
        func warnings(_ i: Int) -> [String] { records[i]["warnings"] as? [String] ?? [] }
        #expect(records.allSatisfy { $0["axes"] != nil })
        #expect(warnings(0).isEmpty)
        #expect(warnings(1) == ["empty text"])
        #expect(warnings(2) == ["empty text"])
        #expect(warnings(3).contains("contains NUL bytes (binary data?)"))
        #expect(warnings(3).contains("invalid UTF-8 replaced with U+FFFD"))
        #expect(warnings(4) == ["invalid UTF-8 replaced with U+FFFD"])
        #expect(warnings(5) == ["decoded from UTF-16 (little-endian BOM)"])
        #expect((records[5]["tokens"] as? Int) == 4)
        #expect(warnings(6) == ["no lexicon entry matched; scores are not meaningful"], "German: scored, flagged low-confidence")
        #expect(warnings(7) == ["no lexicon entry matched; scores are not meaningful"], "Ukrainian: scored, flagged low-confidence")
        for i in [6, 7] {
            let axes = try #require(records[i]["axes"] as? [String: [String: Any]])
            #expect(axes.values.allSatisfy { ($0["confidence"] as? Double) == 0 && ($0["score"] as? Double) == 0 })
        }
        #expect((records[8]["tokens"] as? Int) == 6, "nested HTML reduced to its text")
    }

    @Test func symlinkLoopIsReportedAndTheRestIsScored() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.article).write(to: dir.appendingPathComponent("a.txt"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data(Self.article).write(to: dir.appendingPathComponent("sub/b.txt"))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("sub/loop").path, withDestinationPath: "..")
        let run = try Slant.run(["score", dir.path, "--format", "jsonl"])
        #expect(run.status == 3)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("{\"id\":\"\(dir.path)/a.txt\""))
        #expect(lines[1].hasPrefix("{\"id\":\"\(dir.path)/sub/b.txt\""))
        #expect(lines[2] == "{\"id\":\"\(dir.path)/sub/loop\",\"source\":\"\(dir.path)/sub/loop\",\"error\":\"symbolic link loop (directory already visited)\",\"warnings\":[]}")
    }

    @Test func jsonlDirectoriesHoldRecordFilesNotArticles() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "{\"id\": \"r1\", \"text\": \"Ukraine needs weapons.\"}\n".write(to: dir.appendingPathComponent("a.jsonl"), atomically: true, encoding: .utf8)
        try "not records".write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let run = try Slant.run(["score", "--jsonl", dir.path, "--format", "csv", "--axis", "engagement_pressure"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == 2)
        #expect(run.stdout.contains("\nr1,\(dir.path)/a.jsonl:1,3,"))
    }

    @Test func aDirectoryReadAsAFileIsAnErrorRecord() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Slant.run(["explain", dir.path])
        #expect(run.status == 3)
        #expect(run.stderr.hasPrefix("slant: \(dir.path): is a directory\n"))
    }
}

/// `--output FILE`: complete or untouched, never truncated.
struct AtomicOutputTests {
    static func leftovers(in dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".slant-") }
    }

    @Test func outputFileIsCompleteAndNoTemporaryRemains() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("scores.jsonl")
        let run = try Slant.run(["score", "../shared/seeds", "Evaluation/examples", "/nonexistent.txt", "--format", "jsonl", "--output", out.path])
        #expect(run.status == 3, "exit code still says an input failed")
        #expect(run.stdout.isEmpty)
        let written = try String(contentsOf: out, encoding: .utf8)
        #expect(written == (try Slant.run(["score", "../shared/seeds", "Evaluation/examples", "/nonexistent.txt", "--format", "jsonl"])).stdout)
        #expect(try Self.leftovers(in: dir).isEmpty)
    }

    /// A named pipe (like `/dev/null`) is written to, not replaced by a regular file.
    @Test func fifoDestinationIsWrittenNotReplaced() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("scores.fifo")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let received = Counter()
        let done = DispatchSemaphore(value: 0)
        let reader = Thread {
            defer { done.signal() }  // the semaphore orders the write of `received` before the test reads it
            // Opening blocks until slant opens the other end; then read to end of file.
            let fd = open(fifo.path, O_RDONLY)
            guard fd >= 0 else { return }
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            var total = 0
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                total += n
            }
            close(fd)
            received.value = total
        }
        reader.start()
        let run = try Slant.run(["score", "Evaluation/examples/example-article.txt", "--format", "jsonl", "--output", fifo.path])
        #expect(done.wait(timeout: .now() + 10) == .success, "the reader got end of file")
        #expect(run.status == 0, "\(run.stderr)")
        let expected = try Slant.run(["score", "Evaluation/examples/example-article.txt", "--format", "jsonl"]).stdout.utf8.count
        #expect(received.value == expected)
        var info = stat()
        #expect(lstat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "still a FIFO")
        #expect(try Self.leftovers(in: dir).isEmpty)
    }

    /// A symbolic link keeps pointing at the file, which gets the new contents.
    @Test func symlinkDestinationReplacesItsTarget() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("real.jsonl")
        let link = dir.appendingPathComponent("link.jsonl")
        try "previous\n".write(to: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.jsonl")
        let run = try Slant.run(["score", "Evaluation/examples/example-article.txt", "--format", "jsonl", "--output", link.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.jsonl")
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix(#"{"id":"Evaluation/examples/example-article.txt""#))
        #expect(try Self.leftovers(in: dir).isEmpty)
    }

    /// How long a started `slant` may take to write its first output (a cold start under a sanitizer took 20 s).
    static let startDeadline: TimeInterval = 120

    @Test func terminatedRunLeavesThePreviousFileUntouched() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("scores.jsonl")
        try "previous\n".write(to: out, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = Slant.binary
        process.arguments = ["score", "--jsonl", "--format", "jsonl", "--output", out.path]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Records arrive until output reaches the temporary file: then slant has begun the
        // atomic write (its signal handlers are installed before it writes anything) and the
        // run is still going (stdin open) when the signal comes. A deadline, not a fixed
        // sleep: under a sanitizer, with the suite starting processes in parallel, one cold
        // start took 20 s.
        let records = Data(String(repeating: "{\"id\": \"a\", \"text\": \"Ukraine needs weapons.\"}\n", count: 100).utf8)
        let startBy = Date().addingTimeInterval(Self.startDeadline)
        var written = false
        while !written && process.isRunning && Date() < startBy {
            input.fileHandleForWriting.write(records)
            written = try Self.leftovers(in: dir).contains { name in
                ((try? FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent(name).path))?[.size] as? Int ?? 0) > 0
            }
            if !written { Thread.sleep(forTimeInterval: 0.05) }
        }
        guard written else {
            let exited = !process.isRunning
            if !exited { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            Issue.record(exited ? "slant exited (status \(process.terminationStatus)) before writing to a temporary file"
                                : "no output reached a temporary file within \(Self.startDeadline) s")
            return
        }
        process.terminate()
        // Bounded wait: if the signal were ignored or blocked, fail instead of hanging CI.
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("slant ignored SIGTERM")
        }
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + SIGTERM)
        #expect(try String(contentsOf: out, encoding: .utf8) == "previous\n")
        #expect(try Self.leftovers(in: dir).isEmpty)
    }

    @Test(.needs(.setpriv))
    func unreadableFileIsAnErrorRecord() throws {
        try Requirement.setpriv.check()
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let secret = dir.appendingPathComponent("secret.txt")
        try "Ukraine needs weapons.".write(to: secret, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: secret.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
        let (status, stdout) = try Slant.tool("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", Slant.binary.path, "score", secret.path, "--format", "jsonl"],
                                              capturing: .standardOutput)
        #expect(status == 3)
        #expect(stdout == "{\"id\":\"\(secret.path)\",\"source\":\"\(secret.path)\",\"error\":\"permission denied\",\"warnings\":[]}\n")
    }
}
