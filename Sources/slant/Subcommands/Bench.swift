import Foundation
import SlantKit

/// `slant bench`: measure throughput, start-up and the cost of a large lexicon.
enum BenchCommand {
    static let help = """
        USAGE: slant bench [options]

        Generates a JSONL corpus from the project's own articles
        (Evaluation/corpus, run from the repository root) and a synthetic
        lexicon, then reports MB/s, articles/s, ns/token, lexicon compile
        time, start-up (in process, and as a whole 'slant score' process
        run by this same binary), the cost of the large lexicon, parallel
        speed-up, peak RSS, and where the single-thread time goes: ns/byte
        per pipeline stage (read, tokenize, match, rules, output), timed by
        cutting the pipeline after each stage. Build with -c release for
        meaningful figures.

        OPTIONS:
          --mb N              Corpus size in MB (default 20).
          --runs N            Timed runs per measurement; medians are reported (default 3).
          --jobs N            Threads for the parallel measurement (default 2).
          --entries N         Entries in the synthetic lexicon (default 20000).
          --seed N            Seed for the generated inputs (default 1).
          --format FORMAT     text (default) or json (one machine-readable line).
          -h, --help          Show this help.
        """

    enum Format: String, CaseIterable { case text, json }

    static func run(_ arguments: [String]) throws {
        let raw = try ParsedArguments(arguments, command: "bench", specs: [
            .value("--mb"), .value("--runs"), .value("--jobs"), .value("--entries"), .value("--seed"), .value("--format"),
        ])
        if raw.wantsHelp {
            Console.out(help + "\n")
            return
        }
        if let extra = raw.operands.first { throw CLIError.unexpectedOperand(command: "bench", operand: extra) }
        let format = try raw.choice("--format", command: "bench", default: Format.text)
        let items = InputCollector.expand(["Evaluation/corpus"]).filter { if case .file = $0 { return true } else { return false } }
        let texts = items.compactMap { try? BatchScorer.loadText($0).text }.map { String(decoding: $0, as: UTF8.self) }
        guard !texts.isEmpty else {
            throw CLIError.missingOperand(command: "bench", what: "Evaluation/corpus (run slant bench from the repository root)")
        }
        let megabytes = try raw.integer("--mb", command: "bench", default: 20, range: 1...10_000)
        let runs = try raw.integer("--runs", command: "bench", default: 3, range: 1...100)
        let seed = UInt64(try raw.integer("--seed", command: "bench", default: 1, range: 0...Int(Int32.max)))
        let jobs = try raw.integer("--jobs", command: "bench", default: 2, range: 1...256)
        let entries = try raw.integer("--entries", command: "bench", default: 20_000, range: 1...1_000_000)
        let report: BenchReport
        do {
            // `/proc/self/exe` is this binary however it was started, so the start-up timed is its own.
            report = try Bench.run(texts: texts, megabytes: megabytes, runs: runs, seed: seed, jobs: jobs, bigEntries: entries,
                                   executable: "/proc/self/exe")
        } catch let error as BenchError {
            throw CLIError.bench(error)
        }
        Console.out(format == .json ? report.renderJSON() : report.renderText())
    }
}
