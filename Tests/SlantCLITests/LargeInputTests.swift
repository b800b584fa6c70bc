import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Inputs too big for every `swift test` run: a single 100 MB line, 500 MB lines over the
/// article limit under a memory bound, a million JSONL records, and 1 GB streamed through
/// stdin under a memory bound.
///
/// They take minutes against a debug build (and far longer under the sanitizers), so they
/// run only when `SLANT_LARGE_INPUTS=1`; `.ci/run` sets it and points `SLANT_BINARY` at a
/// release build. Run them locally the same way:
/// `swift build -c release --static-swift-stdlib -Xswiftc -static-executable && SLANT_LARGE_INPUTS=1 SLANT_BINARY=$PWD/.build/release/slant swift test --filter LargeInputTests`.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["SLANT_LARGE_INPUTS"] == "1", "set SLANT_LARGE_INPUTS=1 (and SLANT_BINARY to a release build)"))
struct LargeInputTests {
    /// One sentence repeated: 16 tokens, ends with a full stop, and matches on two axes.
    static let sentence = Array("Officials said new sanctions on Russia and more weapons for Ukraine would follow after the talks. ".utf8)

    /// Writes `bytes` up to `total` by repeating `unit`, in 1 MB chunks.
    static func repeated(_ unit: [UInt8], total: Int, to fd: Int32) {
        var chunk: [UInt8] = []
        while chunk.count < 1 << 20 { chunk += unit }
        var left = total
        while left > 0 {
            let n = min(left, chunk.count)
            Streamed.writeAll(fd, chunk[0..<n])
            left -= n
        }
    }

    /// Over the default article limit, so scored whole only when the limit allows it.
    @Test func singleHundredMegabyteLineIsOneArticle() throws {
        let total = 100_000_000 - 100_000_000 % Self.sentence.count  // whole sentences only
        let run = try Streamed.run(["score", "--format", "jsonl", "--max-article-bytes", "100M", "-"]) { fd in
            Self.repeated(Self.sentence, total: total, to: fd)
        }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.lines.count == 1)
        let record = try #require(try Slant.json(run.lines.first ?? "") as? [String: Any])
        #expect((record["tokens"] as? Int) == total / Self.sentence.count * 16)
        let axes = try #require(record["axes"] as? [String: [String: Any]])
        #expect((axes["engagement_pressure"]?["score"] as? Double ?? 0) > 0, "sanctions and weapons outweigh talks")
    }

    @Test func singleHundredMegabyteJSONLRecordIsScored() throws {
        let text = 100_000_000 - 100_000_000 % Self.sentence.count
        let run = try Streamed.run(["score", "--jsonl", "--format", "jsonl", "--max-article-bytes", "100M", "-"]) { fd in
            Streamed.writeAll(fd, Array(#"{"id":"huge","text":""#.utf8)[...])
            Self.repeated(Self.sentence, total: text, to: fd)
            Streamed.writeAll(fd, Array("\"}\n{\"id\":\"after\",\"text\":\"Ukraine needs weapons now.\"}\n".utf8)[...])
        }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.lines.count == 2)
        #expect(run.lines.first?.hasPrefix(#"{"id":"huge","source":"-:1","tokens":"# + String(text / Self.sentence.count * 16) + ",") == true)
        #expect(run.lines.last?.hasPrefix(#"{"id":"after","source":"-:2","tokens":4,"#) == true)
    }

    /// The peak RSS allowed while a 500 MB article goes by: the issue's bound.
    static let hugeArticleBoundKiB = 200 * 1024
    static let fiveHundredMB = 500_000_000 - 500_000_000 % sentence.count
    static let defaultLimit = 4 << 20

    /// A 500 MB single-line text file, then 2,000 small ones (which keep the process alive
    /// while its peak is sampled): the big one is an error record, or with `--truncate`
    /// scored on its first 4 MiB; the rest are scored; peak RSS stays under 200 MB either way.
    @Test func fiveHundredMegabyteTextFileIsBoundedByTheArticleLimit() throws {
        let dir = try Slant.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let big = dir.appendingPathComponent("big.txt").path
        let small = dir.appendingPathComponent("small.txt").path
        try "Ukraine needs weapons now.".write(toFile: small, atomically: true, encoding: .utf8)
        let fd = open(big, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(fd >= 0)
        Self.repeated(Self.sentence, total: Self.fiveHundredMB, to: fd)
        close(fd)
        let smalls = Array(repeating: small, count: 2000)
        let over = "article is \(Self.fiveHundredMB) bytes, over the --max-article-bytes limit of \(Self.defaultLimit)"

        let failed = try Streamed.run(["score", "--format", "jsonl", "--evidence", "0", big] + smalls) { _ in }
        print("500 MB text file over the limit: peak RSS \(failed.maxRSSKiB) KiB")
        #expect(failed.status == 3)
        #expect(failed.stderr == "slant: 1 of 2001 inputs could not be scored\n")
        #expect(failed.lines.first == #"{"id":"\#(big)","source":"\#(big)","error":"\#(over)","warnings":[]}"#)
        #expect(failed.lines.count == 2001 && failed.lines.dropFirst().allSatisfy { $0.hasPrefix(#"{"id":"\#(small)","source":"\#(small)","tokens":4,"#) })
        #expect(failed.maxRSSKiB > 0 && failed.maxRSSKiB < Self.hugeArticleBoundKiB, "peak RSS \(failed.maxRSSKiB) KiB")

        let truncated = try Streamed.run(["score", "--format", "jsonl", "--evidence", "0", "--truncate", big] + smalls) { _ in }
        print("500 MB text file, --truncate: peak RSS \(truncated.maxRSSKiB) KiB")
        #expect(truncated.status == 0, "\(truncated.stderr)")
        #expect(truncated.lines.first?.hasSuffix(#""warnings":["\#(over): scored its first \#(Self.defaultLimit) bytes"]}"#) == true)
        #expect(truncated.lines.count == 2001)
        #expect(truncated.maxRSSKiB > 0 && truncated.maxRSSKiB < Self.hugeArticleBoundKiB, "peak RSS \(truncated.maxRSSKiB) KiB")
    }

    /// The same for one 500 MB JSONL record (with metadata on both sides of its text) among
    /// 20,000 small ones: the line is skipped, or cut while it streams by, never held whole.
    @Test func fiveHundredMegabyteJSONLRecordIsBoundedByTheArticleLimit() throws {
        let head = Array(#"{"id":"huge","outlet":"X","text":""#.utf8)
        let tail = Array(#"","date":"2025-08-15"}"#.utf8)
        let length = head.count + Self.fiveHundredMB + tail.count
        let feed: @Sendable (Int32) -> Void = { fd in
            Streamed.writeAll(fd, head[...])
            Self.repeated(Self.sentence, total: Self.fiveHundredMB, to: fd)
            Streamed.writeAll(fd, (tail + [0x0A])[...])
            var records: [UInt8] = []
            for i in 2...20_001 { records += Array(#"{"id":"r\#(i)","text":"Ukraine needs weapons now."}"#.utf8) + [0x0A] }
            Streamed.writeAll(fd, records[...])
        }
        let over = "article is \(length) bytes, over the --max-article-bytes limit of \(Self.defaultLimit)"

        let failed = try Streamed.run(["score", "--jsonl", "--format", "jsonl", "--evidence", "0", "-"], input: feed)
        print("500 MB JSONL line over the limit: peak RSS \(failed.maxRSSKiB) KiB")
        #expect(failed.status == 3)
        #expect(failed.stderr == "slant: 1 of 20001 inputs could not be scored\n")
        #expect(failed.lines.first == #"{"id":"-:1","source":"-:1","error":"line 1: \#(over)","warnings":[]}"#)
        #expect(failed.lines.count == 20_001 && failed.lines.last?.hasPrefix(#"{"id":"r20001","source":"-:20001","tokens":4,"#) == true)
        #expect(failed.maxRSSKiB > 0 && failed.maxRSSKiB < Self.hugeArticleBoundKiB, "peak RSS \(failed.maxRSSKiB) KiB")

        let truncated = try Streamed.run(["score", "--jsonl", "--format", "jsonl", "--evidence", "0", "--truncate", "-"], input: feed)
        print("500 MB JSONL line, --truncate: peak RSS \(truncated.maxRSSKiB) KiB")
        #expect(truncated.status == 0, "\(truncated.stderr)")
        let first = truncated.lines.first ?? ""
        #expect(first.hasPrefix(#"{"id":"huge","source":"-:1","meta":{"outlet":"X","date":"2025-08-15"},"tokens":"#), "the fields after the text are kept")
        #expect(first.hasSuffix(#""warnings":["\#(over): scored its first \#(Self.defaultLimit) bytes"]}"#))
        #expect(truncated.lines.count == 20_001)
        #expect(truncated.maxRSSKiB > 0 && truncated.maxRSSKiB < Self.hugeArticleBoundKiB, "peak RSS \(truncated.maxRSSKiB) KiB")
    }

    /// Every 100,000th line is broken (alternately malformed JSON and a record without
    /// `text`): each gives an error record with its line number, in place, and the rest are scored.
    @Test func millionRecordsComeOutOnePerLineInOrder() throws {
        let count = 1_000_000
        let run = try Streamed.run(["score", "--jsonl", "--format", "csv", "-"]) { fd in
            var buffer: [UInt8] = []
            for i in 1...count {
                if i % 100_000 == 0 {
                    buffer += Array((i % 200_000 == 0 ? #"{"id":"r\#(i)","text":"# : #"{"id":"r\#(i)"}"#).utf8)
                } else {
                    buffer += Array(#"{"id":"r\#(i)","text":"Talks on sanctions, round \#(i)."}"#.utf8)
                }
                buffer.append(0x0A)
                if buffer.count >= 1 << 20 { Streamed.writeAll(fd, buffer[...]); buffer.removeAll(keepingCapacity: true) }
            }
            Streamed.writeAll(fd, buffer[...])
        }
        #expect(run.status == 3, "some records could not be scored")
        #expect(run.stderr == "slant: 10 of \(count) inputs could not be scored\n")
        #expect(run.lines.count == count + 1, "a header and one row per record")
        var outOfOrder: [Int] = []
        var errors: [Int] = []
        for (i, line) in run.lines.dropFirst().enumerated() {
            let n = i + 1
            let broken = n % 100_000 == 0
            let expectedID = broken && n % 200_000 == 0 ? "-:\(n)" : "r\(n)"
            if !line.hasPrefix("\(expectedID),-:\(n),") { outOfOrder.append(n) }
            if line.hasSuffix(",") == broken { errors.append(n) }
        }
        #expect(outOfOrder.isEmpty, "rows out of order or missing: \(outOfOrder.prefix(5))")
        #expect(errors.isEmpty, "rows whose error column is wrong: \(errors.prefix(5))")
        #expect(run.lines[100_000].hasSuffix(#"line 100000: record has no ""text"" string""#))
        #expect(run.lines[200_000].contains("line 200000: malformed JSON"))
    }

    /// 1 GB of article-length JSONL through stdin to stdout stays under 64 MB of peak RSS.
    @Test func streamingOneGigabyteStaysUnderSixtyFourMegabytes() throws {
        let texts = try FileManager.default.contentsOfDirectory(atPath: Slant.root.appendingPathComponent("Evaluation/corpus/articles-a").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
            .map { try String(contentsOf: Slant.root.appendingPathComponent("Evaluation/corpus/articles-a/\($0)"), encoding: .utf8) }
        let bodies = try texts.map { Array(try JSONSerialization.data(withJSONObject: [$0], options: []).dropFirst().dropLast()) }
        try #require(!bodies.isEmpty)
        let produced = Counter()
        let run = try Streamed.run(["score", "--jsonl", "--format", "jsonl", "-"]) { fd in
            var buffer: [UInt8] = []
            var written = 0
            var records = 0
            defer { produced.value = records }
            while written < 1_000_000_000 {
                buffer += Array(#"{"id":"m\#(records)","text":"#.utf8) + bodies[records % bodies.count] + [0x7D, 0x0A]
                records += 1
                if buffer.count >= 1 << 20 {
                    Streamed.writeAll(fd, buffer[...])
                    written += buffer.count
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            Streamed.writeAll(fd, buffer[...])
        }
        print("streamed \(produced.value) records (1 GB): peak RSS \(run.maxRSSKiB) KiB")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.lines.count == produced.value)
        #expect(run.lines.last?.hasPrefix(#"{"id":"m\#(produced.value - 1)","#) == true)
        #expect(run.maxRSSKiB > 0 && run.maxRSSKiB <= 64 * 1024, "peak RSS \(run.maxRSSKiB) KiB")
    }
}

/// Runs `slant` with a generated stdin, reading stdout as it comes, and reports the
/// child's own peak RSS.
///
/// The peak is the kernel's high-water mark `VmHWM` from `/proc/PID/status`, read while
/// the child runs: every 16 reads of its output, and every 2 ms on a thread of its own
/// (a run that prints little would otherwise be sampled too rarely). A high-water mark
/// only rises, so any sample after the peak, while the child lives, sees it. `wait4`'s `ru_maxrss` cannot be used: `posix_spawn` starts the child
/// sharing this process's memory (vfork), and the kernel carries that memory's high-water
/// mark into the child's figure at exec.
enum Streamed {
    struct Result {
        let status: Int32
        /// Output lines, without their newlines. Only the first 2 MB of each line is kept.
        let lines: [String]
        let stderr: String
        /// The child's peak resident set, sampled while it ran.
        let maxRSSKiB: Int
    }

    static func writeAll(_ fd: Int32, _ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return }
                offset += n
            }
        }
    }

    static func run(_ arguments: [String], input: @escaping @Sendable (Int32) -> Void) throws -> Result {
        signal(SIGPIPE, SIG_IGN)  // a child that dies early must fail the test, not kill the runner
        var stdinPipe: [Int32] = [0, 0]
        var stdoutPipe: [Int32] = [0, 0]
        // Close-on-exec: another child must not inherit these ends, or this child never sees
        // end of input and the reader never sees end of output. (`pipe2` is not visible from
        // Swift's Glibc module; the suite is serialized, so nothing spawns in between.)
        guard pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0 else { throw POSIXError(.EMFILE) }
        for fd in stdinPipe + stdoutPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("slant-stderr-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: errFile) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, errFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv = ([Slant.binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, Slant.binary.path, &actions, nil, argv, environ)
        close(stdinPipe[0])
        close(stdoutPipe[1])
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }

        let writeEnd = stdinPipe[1]
        let fed = DispatchSemaphore(value: 0)
        Thread { input(writeEnd); close(writeEnd); fed.signal() }.start()
        let sampler = PeakSampler(pid: pid)
        sampler.start()

        var lines: [String] = []
        var current: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var peakKiB = 0
        var reads = 0
        while true {
            if reads % 16 == 0 { peakKiB = max(peakKiB, highWaterMarkKiB(pid)) }
            reads += 1
            let n = buffer.withUnsafeMutableBytes { read(stdoutPipe[0], $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            var start = 0
            while let nl = buffer[start..<n].firstIndex(of: 0x0A) {
                if current.count < 2 << 20 { current += buffer[start..<nl] }
                lines.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
                start = nl + 1
            }
            if current.count < 2 << 20 { current += buffer[start..<n] }
        }
        close(stdoutPipe[0])
        fed.wait()  // the feeder has closed its end before the descriptor number can be reused
        if !current.isEmpty { lines.append(String(decoding: current, as: UTF8.self)) }

        var status: Int32 = 0
        // Stop sampling first: once the child is reaped its pid may belong to another process.
        var exited = siginfo_t()
        while waitid(P_PID, id_t(pid), &exited, WEXITED | WNOWAIT) < 0 && errno == EINTR {}
        peakKiB = max(peakKiB, sampler.stop())
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let stderr = (try? String(contentsOf: errFile, encoding: .utf8)) ?? ""
        return Result(status: exit, lines: lines, stderr: stderr, maxRSSKiB: peakKiB)
    }

    /// `VmHWM` of a running process, in KiB (0 once it has exited).
    static func highWaterMarkKiB(_ pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }
}

/// Polls a child's `VmHWM` on a thread of its own until stopped; `stop()` returns the highest seen.
final class PeakSampler: @unchecked Sendable {
    private let pid: pid_t
    private let lock = NSLock()
    private var peak = 0
    private var stopped = false
    private let done = DispatchSemaphore(value: 0)
    static let interval: useconds_t = 2000

    init(pid: pid_t) { self.pid = pid }

    func start() {
        Thread {
            while true {
                let kib = Streamed.highWaterMarkKiB(self.pid)
                self.lock.lock()
                self.peak = max(self.peak, kib)
                let stop = self.stopped
                self.lock.unlock()
                if stop { break }
                usleep(Self.interval)
            }
            self.done.signal()
        }.start()
    }

    func stop() -> Int {
        lock.lock()
        stopped = true
        lock.unlock()
        done.wait()
        return peak
    }
}
