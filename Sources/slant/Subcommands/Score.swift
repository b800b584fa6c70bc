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
                              Other fields (outlet, date ...) must be strings or
                              numbers; json/jsonl output keeps them under "meta".
          --format FORMAT     text (default), json, jsonl or csv.
          --meta FIELD        With --format csv: a column for this JSONL field
                              (repeatable), after id,source,tokens.
          --max-article-bytes N
                              Largest article, in bytes (K, M, G: powers of 1024;
                              default 4M). A bigger file or JSONL line is an
                              error record, never read whole.
          --truncate          Score a bigger article on its first N bytes instead,
                              with a warning.
          --progress          Show progress on stderr even when it is not a terminal.
          --no-progress       Never show progress (default: shown on a terminal
                              once a run has lasted a second).
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
        var meta: [String]
        var limit: ArticleLimit
        var progress: ProgressChoice
    }

    static let specs: [OptionSpec] = [
        .flag("--jsonl"), .value("--format"), .value("--lexicons"), .value("--axis", repeatable: true), .value("--evidence"), .value("--jobs"), .value("--output"),
        .value("--meta", repeatable: true), .value("--max-article-bytes"), .flag("--truncate"),
    ] + ProgressChoice.flags

    /// What `--max-article-bytes` accepts: 64 GiB is past any article, so a bigger number is a typo.
    static let articleLimitRange = 1...(64 << 30)

    /// The fields slant reads itself, so they are columns already or not output at all.
    static let recordFields: Set<String> = ["id", "text", "title"]

    static func parse(_ arguments: [String]) throws -> Options? {
        let raw = try ParsedArguments(arguments, command: "score", specs: specs)
        if raw.wantsHelp { return nil }
        let options = Options(
            inputs: raw.operands, jsonl: raw.flag("--jsonl"),
            format: try raw.choice("--format", command: "score", default: ReportFormat.text),
            lexicons: raw.value("--lexicons"), axes: raw.all("--axis"),
            evidence: try raw.integer("--evidence", command: "score", default: 5, range: 0...1000),
            jobs: try raw.integer("--jobs", command: "score", default: 1, range: 1...256),
            output: raw.value("--output"),
            meta: try metaFields(raw),
            limit: ArticleLimit(maxBytes: try raw.byteCount("--max-article-bytes", command: "score", default: ArticleLimit.defaultMaxBytes,
                                                            range: articleLimitRange),
                                truncate: raw.flag("--truncate")),
            progress: try ProgressChoice(raw, command: "score"))
        if options.inputs.isEmpty && !options.jsonl {
            throw CLIError.missingOperand(command: "score", what: "input: name files, directories, or - for standard input")
        }
        if !options.meta.isEmpty && options.format != .csv {
            throw CLIError.optionRequires(command: "score", option: "--meta",
                                          requirement: "'--format csv' (json and jsonl carry every field under \"meta\")")
        }
        return options
    }

    /// `--meta` fields in order, each once; `id`, `text` and `title` are not metadata.
    private static func metaFields(_ raw: ParsedArguments) throws -> [String] {
        var fields: [String] = []
        for field in raw.all("--meta") where !fields.contains(field) {
            if recordFields.contains(field) {
                throw CLIError.invalidValue(command: "score", option: "--meta", value: field,
                                            expected: "a metadata field (id, text and title are read by slant, not metadata)")
            }
            fields.append(field)
        }
        return fields
    }

    static func run(_ arguments: [String]) throws {
        guard let options = try parse(arguments) else {
            Console.out(help + "\n")
            return
        }
        let lexicons = try loadLexicons(options.lexicons)
        let axes = try selectAxes(options.axes, in: lexicons, command: "score")
        let scorer = BatchScorer(classifier: keepForProcess(Classifier(lexicons: lexicons)), limit: options.limit)
        if let output = options.output { try AtomicOutput.begin(output) }
        defer { AtomicOutput.abandon() }
        let items = InputCollector.expand(options.inputs.isEmpty ? ["-"] : options.inputs,
                                          extensions: options.jsonl ? InputCollector.jsonlExtensions : InputCollector.extensions)
        var reporter = options.format.makeReporter(ReportOptions(axes: axes, evidenceLimit: options.evidence, metaFields: options.meta))
        var out = OutputBuffer()
        var total = 0
        var failed = 0
        var progress = options.progress.meter(label: "slant score")
        progress?.start(totalBytes: InputCollector.totalBytes(items))
        defer { progress?.finish() }
        reporter.begin(&out)
        let renderer = reporter
        try scorer.run(items, jsonl: options.jsonl, jobs: options.jobs, transform: { record in
            // Rendering happens on the worker threads; only appending is serial.
            (record.source, record.outcome.failure, renderer.render(record), record.inputBytes)
        }) { source, failure, rendered, inputBytes in
            total += 1
            if let reason = failure {
                failed += 1
                if options.format == .text {
                    progress?.clear()
                    Console.err("slant: \(source): \(reason)")
                }
            }
            reporter.append(rendered, &out)
            if out.bytes.count >= 1 << 16 { Console.out(&out) }
            progress?.advance(records: 1, bytes: inputBytes)
        }
        reporter.end(&out)
        Console.out(&out)
        try AtomicOutput.commit()
        if failed > 0 { throw CLIError.inputsFailed(failed: failed, total: total) }
    }
}
