import SlantKit

/// `slant report`: per group and axis, mean scores with bootstrap intervals, label shares and the articles behind them.
enum ReportCommand {
    static let help = """
        USAGE: slant report [options] [SCORED.jsonl|-]...
               slant report [options] --jsonl RAW.jsonl

        Summarizes slant score --format jsonl output (standard input when no
        file is named), or scores raw JSONL records itself with --jsonl. Per
        group and axis: the article count, the mean score with a 95% bootstrap
        percentile interval, the share of each label, the median confidence,
        and the articles that pull the mean most, with their evidence.

        OPTIONS:
          --by FIELD          Group by the values of metadata field FIELD
                              (repeatable: one group per combination). A record
                              without the field is in the group (none).
          --period P          Also group by week (ISO, 2025-W33) or month
                              (2025-08) of the ISO "date" field.
          --compare A B       The difference of two groups' means, A − B, with
                              its interval (repeatable). Name groups as the
                              report shows them (outlet / 2025-08).
          --min-articles N    Fewer articles than N: "too few", no numbers
                              (default \(SummaryOptions.defaultMinArticles)).
          --top N             Articles listed as pulling each mean (default \(SummaryOptions.defaultTop)).
          --axis ID           Report only this axis (repeatable).
          --seed N            Seed of the bootstrap (default \(Bootstrap.defaultSeed)); the same seed
                              gives the same intervals on every platform.
          --format FORMAT     text (default), csv, json or html (one
                              self-contained page with charts).
          --output FILE       Write to FILE, replaced only when complete.
          --jsonl FILE|DIR|-  Score raw {"id", "text", "title", ...} records
                              from FILE (or every .jsonl in DIR, or standard
                              input) first.
          --lexicons DIR      With --jsonl: score with the lexicons in DIR.
          --jobs N            With --jsonl: score on N threads (default 1).
          --progress          Show progress on stderr even when it is not a terminal.
          --no-progress       Never show progress (default: shown on a terminal
                              when the run lasts more than a second).
          -h, --help          Show this help.

        EXIT CODES: 0 done, 2 usage or lexicon error, 3 some records were
        errors (the report counts them and is still written).
        """

    struct Options {
        var scored: [String]
        var raw: [String]
        var format: SummaryFormat
        var output: String?
        var lexicons: String?
        var jobs: Int
        var summary: SummaryOptions
        var progress: ProgressChoice
    }

    static let specs: [OptionSpec] = [
        .value("--by", repeatable: true), .value("--period"), .value("--format"), .value("--output"), .value("--seed"),
        .value("--min-articles"), .value("--axis", repeatable: true), .value("--top"), .value("--jsonl", repeatable: true),
        .value("--lexicons"), .value("--jobs"),
    ] + ProgressChoice.flags

    /// The options, or nil for `--help` (which wins over every problem, as for the other commands).
    static func parse(_ arguments: [String]) throws -> Options? {
        if arguments.contains("--help") || arguments.contains("-h") { return nil }
        let (rest, comparisons) = try takeComparisons(arguments)
        let raw = try ParsedArguments(rest, command: "report", specs: specs)
        let period: Period? = raw.value("--period") == nil ? nil : try raw.choice("--period", command: "report", default: Period.month)
        let bootstrap = Bootstrap(seed: UInt64(try raw.integer("--seed", command: "report", default: Int(Bootstrap.defaultSeed), range: 0...Int.max)))
        let summary = SummaryOptions(
            grouping: GroupSpec(fields: raw.all("--by"), period: period), axes: raw.all("--axis").map(AxisID.init), bootstrap: bootstrap,
            minArticles: try raw.integer("--min-articles", command: "report", default: SummaryOptions.defaultMinArticles, range: 2...1_000_000),
            top: try raw.integer("--top", command: "report", default: SummaryOptions.defaultTop, range: 0...1000), comparisons: comparisons)
        let options = Options(
            scored: raw.operands, raw: raw.all("--jsonl"), format: try raw.choice("--format", command: "report", default: SummaryFormat.text),
            output: raw.value("--output"), lexicons: raw.value("--lexicons"),
            jobs: try raw.integer("--jobs", command: "report", default: 1, range: 1...256), summary: summary,
            progress: try ProgressChoice(raw, command: "report"))
        if !options.raw.isEmpty, let operand = options.scored.first { throw CLIError.unexpectedOperand(command: "report", operand: operand) }
        if options.raw.isEmpty {
            if raw.value("--lexicons") != nil { throw CLIError.optionRequires(command: "report", option: "--lexicons", requirement: "'--jsonl'") }
            if raw.value("--jobs") != nil { throw CLIError.optionRequires(command: "report", option: "--jobs", requirement: "'--jsonl'") }
        }
        return options
    }

    /// Takes every `--compare A B` out of the arguments: the one option with two values.
    static func takeComparisons(_ arguments: [String]) throws -> (rest: [String], comparisons: [ComparisonRequest]) {
        var rest: [String] = []
        var comparisons: [ComparisonRequest] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                rest += arguments[(index - 1)...]
                break
            }
            guard argument == "--compare" else {
                rest.append(argument)
                continue
            }
            let values = arguments[index...].prefix(2)
            guard values.count == 2 else {
                if let one = values.first { throw CLIError.invalidValue(command: "report", option: "--compare", value: one, expected: "two group names") }
                throw CLIError.missingValue(command: "report", option: "--compare")
            }
            comparisons.append(ComparisonRequest(values[values.startIndex], values[values.startIndex + 1]))
            index += 2
        }
        return (rest, comparisons)
    }

    static func run(_ arguments: [String]) throws {
        guard let options = try parse(arguments) else {
            Console.out(help + "\n")
            return
        }
        var builder = SummaryBuilder(options: options.summary)
        let items = options.raw.isEmpty
            ? InputCollector.expand(options.scored.isEmpty ? ["-"] : options.scored, extensions: InputCollector.jsonlExtensions)
            : InputCollector.expand(options.raw, extensions: InputCollector.jsonlExtensions)
        var meter = options.progress.meter(label: "slant report")
        meter?.start(totalBytes: InputCollector.totalBytes(items))
        defer { meter?.finish() }
        // ReportInput reports running totals; the meter takes what changed.
        var done = (records: 0, bytes: 0)
        let progress: ReportInput.Progress = { records, bytes in
            meter?.advance(records: records - done.records, bytes: bytes - done.bytes)
            done = (records, bytes)
        }
        if options.raw.isEmpty {
            ReportInput.readScored(items, into: &builder, progress: progress)
        } else {
            let lexicons = try loadLexicons(options.lexicons)
            let axes = try selectAxes(options.summary.axes.map(\.rawValue), in: lexicons, command: "report")
            let scorer = BatchScorer(classifier: keepForProcess(Classifier(lexicons: lexicons)))
            try ReportInput.scoreRaw(items, scorer: scorer, axes: axes, jobs: options.jobs, into: &builder, progress: progress)
        }
        meter?.finish()
        let summary: CorpusSummary
        do {
            summary = try builder.finish()
        } catch let error as SummaryError {
            throw CLIError.report(error)
        }
        if let output = options.output { try AtomicOutput.begin(output) }
        defer { AtomicOutput.abandon() }
        Console.out(options.format.render(summary))
        try AtomicOutput.commit()
        if !summary.errors.isEmpty { throw CLIError.inputsFailed(failed: summary.errors.count, total: summary.records) }
    }
}
