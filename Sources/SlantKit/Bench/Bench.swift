import Dispatch
import Foundation

/// What `slant bench` measured. Times are medians over the runs.
public struct BenchReport: Sendable {
    /// Bytes of the generated JSONL corpus.
    public var corpusBytes = 0
    /// Records (articles) in the corpus.
    public var articles = 0
    /// Tokens in the corpus, as scored with the shipped lexicons.
    public var tokens = 0
    /// Timed runs of each throughput measurement; throughput figures are their medians.
    public var runs = 0
    /// Threads of the parallel throughput measurement.
    public var jobs = 1
    /// Time to load and compile the shipped lexicons, in milliseconds (median of 5).
    public var compileShippedMs = 0.0
    /// In-process start-up time: load and compile the shipped lexicons and score one short
    /// sentence, in milliseconds (median of 5).
    public var startupMs = 0.0
    /// A whole `slant score` process on one short article (nil when not measured).
    public var startupProcessMs: Double?
    /// Single-thread throughput with the shipped lexicons, in MB (10^6 bytes) of JSONL input
    /// per second, parsing and rendering included.
    public var shippedMBps = 0.0
    /// Single-thread articles per second with the shipped lexicons.
    public var articlesPerSecond = 0.0
    /// Single-thread nanoseconds per token with the shipped lexicons.
    public var nsPerToken = 0.0
    /// Synthetic entries added to the shipped `engagement_pressure` axis for the big-lexicon run.
    public var bigLexiconEntries = 0
    /// Time to load and compile the shipped lexicons plus the synthetic entries, in
    /// milliseconds (median of 3).
    public var compileBigMs = 0.0
    /// Single-thread throughput with the big lexicon, in MB of JSONL input per second.
    public var bigMBps = 0.0
    /// Throughput with the shipped lexicons on `jobs` threads, in MB of JSONL input per second.
    public var parallelMBps = 0.0
    /// Peak resident set size of the whole process, in MiB (`ru_maxrss`, in KiB on Linux, / 1024).
    public var peakRSSMB = 0.0
    /// Single-thread ns per input byte of the pipeline cut after each stage, in `PipelineStage`
    /// order (each includes the stages before it; see `StageBreakdown`).
    public var cutNsPerByte: [Double] = []
    /// Single-thread ns per input byte of parsing each record and splitting its words, with no
    /// lookup and no structure: a floor under `read` plus `tokenize`.
    public var wordSplitNsPerByte = 0.0

    /// Each stage's own ns per input byte: its cut minus the previous cut. Noise can make a
    /// small stage come out slightly negative; it is reported as measured.
    public var stageNsPerByte: [Double] { cutNsPerByte.indices.map { cutNsPerByte[$0] - ($0 > 0 ? cutNsPerByte[$0 - 1] : 0) } }

    /// Cost per MB with the big lexicon over cost per MB with the shipped one: the median of
    /// the per-run ratios, each from two runs back to back.
    public var bigLexiconCostRatio = 0.0
    /// One-thread time over `jobs`-thread time: the median of the per-run ratios.
    public var parallelSpeedup = 0.0
}

/// In-process throughput benchmark: JSONL records are parsed, scored and
/// rendered as `--format jsonl` output (kept in memory, not written), the same
/// per-record path `slant score --jsonl --format jsonl` runs.
public enum Bench {
    /// Runs every measurement. With `executable` (a `slant` binary), start-up is also timed
    /// as a whole process: `executable score FILE` on a short article.
    public static func run(texts: [String], megabytes: Int, runs: Int, seed: UInt64, jobs: Int, bigEntries: Int,
                           executable: String? = nil) throws -> BenchReport {
        var report = BenchReport()
        report.runs = runs
        report.jobs = jobs
        let corpus = BenchInputs.corpus(from: texts, bytes: megabytes * 1_000_000, seed: seed)
        let lines = corpus.split(separator: 0x0A).map { Array($0) }
        report.corpusBytes = corpus.count
        report.articles = lines.count

        // 1. Compile time and in-process start-up with the shipped lexicons.
        report.compileShippedMs = median((0..<5).map { _ in time { _ = Classifier(lexicons: try! LexiconSet.shipped()) } }) * 1000
        report.startupMs = median((0..<5).map { _ in
            time { _ = Classifier(lexicons: try! LexiconSet.shipped()).score("Congress must impose new sanctions on Russia.") }
        }) * 1000
        let shipped = Classifier(lexicons: try LexiconSet.shipped())
        if let executable { report.startupProcessMs = try processStartup(executable) * 1000 }

        // 2. A large generated lexicon added to the shipped one.
        let vocabulary = Array(Set(texts.flatMap { $0.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init) })).sorted()
        let extra = BenchInputs.extraEntries(bigEntries, vocabulary: vocabulary, seed: seed)
        let sources = try LexiconSet.shippedSources().map { source in
            source.path.hasSuffix("/engagement_pressure.lex") ? (source.path, source.text + extra) : source
        }
        report.bigLexiconEntries = bigEntries
        report.compileBigMs = median((0..<3).map { _ in time { _ = Classifier(lexicons: try! LexiconSet.parse(sources)) } }) * 1000
        let big = Classifier(lexicons: try LexiconSet.parse(sources))

        // 3. Throughput: shipped lexicons on one thread, the large lexicon on one thread, and the
        //    shipped lexicons on `jobs` threads, alternating run by run so that a noisy neighbour
        //    slows all three alike and the ratios stay honest.
        var tokens = 0
        var shippedTimes: [Double] = []
        var bigTimes: [Double] = []
        var parallelTimes: [Double] = []
        for _ in 0..<runs {
            shippedTimes.append(time { tokens = scoreAll(lines, shipped, jobs: 1) })
            bigTimes.append(time { _ = scoreAll(lines, big, jobs: 1) })
            parallelTimes.append(time { _ = scoreAll(lines, shipped, jobs: jobs) })
        }
        let seconds = median(shippedTimes)
        report.tokens = tokens
        report.shippedMBps = Double(corpus.count) / 1e6 / seconds
        report.articlesPerSecond = Double(lines.count) / seconds
        report.nsPerToken = seconds * 1e9 / Double(max(tokens, 1))
        report.bigMBps = Double(corpus.count) / 1e6 / median(bigTimes)
        report.parallelMBps = Double(corpus.count) / 1e6 / median(parallelTimes)
        report.bigLexiconCostRatio = median(zip(bigTimes, shippedTimes).map { $0 / $1 })
        report.parallelSpeedup = median(zip(shippedTimes, parallelTimes).map { $0 / $1 })

        // 4. Where the single-thread time goes, stage by stage.
        let stages = StageBreakdown.measure(lines, shipped, runs: runs)
        report.cutNsPerByte = stages.cuts
        report.wordSplitNsPerByte = StageBreakdown.measureWordSplit(lines, runs: runs, tokens: stages.tokens)

        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        report.peakRSSMB = Double(usage.ru_maxrss) / 1024
        return report
    }

    /// The median wall time of a `score` process on a three-sentence article, over 21 runs.
    private static func processStartup(_ executable: String) throws -> Double {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("slant-bench-\(getpid()).txt")
        try Data(shortArticle.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try ProcessTimer.median(executable, ["score", file.path], runs: 21)
    }

    static let shortArticle = """
        Senators want new sanctions on Moscow before any summit.
        The White House says talks could start next month, and allies are wary of a deal that rewards the invasion.
        A ceasefire, one aide said, is not a settlement.

        """

    /// Scores and renders every line; returns the token count.
    private static func scoreAll(_ lines: [[UInt8]], _ classifier: Classifier, jobs: Int) -> Int {
        let scorer = BatchScorer(classifier: classifier)
        let reporter = JSONReporter(options: ReportOptions(axes: classifier.lexicons.axes, evidenceLimit: 5), lines: true)
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(jobs, 1))
        defer { counts.deallocate() }
        nonisolated(unsafe) let slots = counts
        DispatchQueue.concurrentPerform(iterations: max(jobs, 1)) { worker in
            var tokens = 0
            var bytes = 0
            for index in stride(from: worker, to: lines.count, by: max(jobs, 1)) {
                let record = scorer.scoreJSONLLine(lines[index], number: index + 1, source: "bench")
                bytes += reporter.render(record).count
                if case .scored(let score) = record.outcome { tokens += score.tokens }
            }
            slots[worker] = tokens
            _ = bytes  // rendered only to include output formatting in the cost
        }
        return counts.reduce(0, +)
    }

    /// Wall time of `body`, in seconds.
    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? .nan : sorted[sorted.count / 2]
    }
}

extension BenchReport {
    /// The report as `slant bench` prints it: one line per measurement, then ns/byte per
    /// pipeline stage.
    public func renderText() -> String {
        func f(_ x: Double, _ d: Int = 1) -> String { NumberFormat.fixed(x, d) }
        func right(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(width - s.count, 0)) + s }
        var lines = [
            "corpus              \(f(Double(corpusBytes) / 1e6)) MB, \(articles) articles, \(tokens) tokens (generated from Evaluation/corpus)",
            "shipped lexicons    compile \(f(compileShippedMs, 2)) ms; start-up (load + compile + score one short article, in process) \(f(startupMs, 2)) ms",
        ]
        if let startupProcessMs {
            lines.append("start-up process    \(f(startupProcessMs, 2)) ms: a whole 'slant score' on a three-sentence article, median of 21")
        }
        lines += [
            "single thread       \(f(shippedMBps)) MB/s, \(f(articlesPerSecond, 0)) articles/s, \(f(nsPerToken)) ns/token",
            "+\(bigLexiconEntries) entries   compile \(f(compileBigMs, 1)) ms; \(f(bigMBps)) MB/s; cost per MB \(f(bigLexiconCostRatio, 2))x the shipped lexicons",
            "\(jobs) jobs              \(f(parallelMBps)) MB/s, \(f(parallelSpeedup, 2))x one job",
            "peak RSS            \(f(peakRSSMB)) MB",
        ]
        if let total = cutNsPerByte.last, total > 0 {
            lines.append("stages              ns/byte, single thread (the pipeline cut after each stage, minus the cut before):")
            for (stage, ns) in zip(PipelineStage.allCases, stageNsPerByte) {
                let name = stage.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
                lines.append("  \(name)\(right(f(ns, 2), 7))  \(right(f(ns / total * 100, 0), 3))%  \(stage.summary)")
            }
            lines.append("  total     \(right(f(total, 2), 7))        word split alone (read, then words counted): \(f(wordSplitNsPerByte, 2)) ns/byte")
        }
        lines += [
            "medians of \(runs) alternating runs",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as one line of JSON (`slant bench --format json`), keys in a fixed order.
    public func renderJSON() -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("corpus_bytes", corpusBytes)
        w.field("articles", articles)
        w.field("tokens", tokens)
        w.field("runs", runs)
        w.field("jobs", jobs)
        w.field("compile_shipped_ms", compileShippedMs)
        w.field("startup_in_process_ms", startupMs)
        if let startupProcessMs { w.field("startup_process_ms", startupProcessMs) }
        w.field("mb_per_s", shippedMBps)
        w.field("articles_per_s", articlesPerSecond)
        w.field("ns_per_token", nsPerToken)
        w.field("big_lexicon_entries", bigLexiconEntries)
        w.field("compile_big_ms", compileBigMs)
        w.field("big_mb_per_s", bigMBps)
        w.field("big_lexicon_cost_ratio", bigLexiconCostRatio)
        w.field("parallel_mb_per_s", parallelMBps)
        w.field("parallel_speedup", parallelSpeedup)
        w.field("peak_rss_mb", peakRSSMB)
        w.key("stage_ns_per_byte")
        w.beginObject()
        for (stage, ns) in zip(PipelineStage.allCases, stageNsPerByte) { w.key(named: stage.rawValue); w.number(ns) }
        w.endObject()
        w.field("word_split_ns_per_byte", wordSplitNsPerByte)
        w.endObject()
        return String(decoding: w.bytes, as: UTF8.self) + "\n"
    }
}
