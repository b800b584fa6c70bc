import SlantKit

/// `slant score`: score files, directories, standard input or JSONL records.
enum ScoreCommand {
    static let help = """
        USAGE: slant score [options] [FILE|DIR|-]...

        Scores each input on every axis. Directories are searched recursively
        for .txt, .md, .html and .htm files; HTML is reduced to text.

        OPTIONS:
          --jsonl             Inputs are JSONL files of {"id", "text", "title"}
                              records (standard input when no input is named;
                              directories are searched for .jsonl and .ndjson).
          --format FORMAT     text (default), json, jsonl or csv.
          --lexicons DIR      Use the lexicons in DIR instead of the shipped ones.
          --axis ID           Report only this axis (repeatable).
          --evidence N        Evidence items per axis in json/jsonl (default 5).
          --jobs N            Score on N threads (default 1). Output is the
                              same, byte for byte, in input order.
          --output FILE       Write to FILE instead of standard output, through
                              a temporary file renamed when the run completes;
                              an interrupted run leaves FILE untouched.
          -h, --help          Show this help.

        EXIT CODES: 0 all scored, 2 usage or lexicon error, 3 some inputs could
        not be scored (every other input still is; each failure is reported).
        """

    struct Options {
        var inputs: [String]
        var jsonl: Bool
        var format: ReportFormat
        var lexicons: String?
        var axes: [String]
        var evidence: Int
        var jobs: Int
        var output: String?
    }

    static let specs: [OptionSpec] = [
        .flag("--jsonl"), .value("--format"), .value("--lexicons"), .value("--axis", repeatable: true), .value("--evidence"), .value("--jobs"), .value("--output"),
    ]

    static func parse(_ arguments: [String]) throws -> Options? {
        let raw = try ParsedArguments(arguments, command: "score", specs: specs)
        if raw.wantsHelp { return nil }
        let options = Options(
            inputs: raw.operands, jsonl: raw.flag("--jsonl"),
            format: try raw.choice("--format", command: "score", default: ReportFormat.text),
            lexicons: raw.value("--lexicons"), axes: raw.all("--axis"),
            evidence: try raw.integer("--evidence", command: "score", default: 5, range: 0...1000),
            jobs: try raw.integer("--jobs", command: "score", default: 1, range: 1...256),
            output: raw.value("--output"))
        if options.inputs.isEmpty && !options.jsonl {
            throw CLIError.missingOperand(command: "score", what: "input: name files, directories, or - for standard input")
        }
        return options
    }

    static func run(_ arguments: [String]) throws {
        guard let options = try parse(arguments) else {
            Console.out(help + "\n")
            return
        }
        let lexicons = try loadLexicons(options.lexicons)
        let axes = try selectAxes(options.axes, in: lexicons, command: "score")
        let scorer = BatchScorer(classifier: keepForProcess(Classifier(lexicons: lexicons)))
        if let output = options.output { try AtomicOutput.begin(output) }
        defer { AtomicOutput.abandon() }
        let items = InputCollector.expand(options.inputs.isEmpty ? ["-"] : options.inputs,
                                          extensions: options.jsonl ? InputCollector.jsonlExtensions : InputCollector.extensions)
        var reporter = options.format.makeReporter(ReportOptions(axes: axes, evidenceLimit: options.evidence))
        var out = OutputBuffer()
        var total = 0
        var failed = 0
        reporter.begin(&out)
        let renderer = reporter
        try scorer.run(items, jsonl: options.jsonl, jobs: options.jobs, transform: { record in
            // Rendering happens on the worker threads; only appending is serial.
            (record.source, record.outcome.failure, renderer.render(record))
        }) { source, failure, rendered in
            total += 1
            if let reason = failure {
                failed += 1
                if options.format == .text { Console.err("slant: \(source): \(reason)") }
            }
            reporter.append(rendered, &out)
            if out.bytes.count >= 1 << 16 { Console.out(&out) }
        }
        reporter.end(&out)
        Console.out(&out)
        try AtomicOutput.commit()
        if failed > 0 { throw CLIError.inputsFailed(failed: failed, total: total) }
    }
}
