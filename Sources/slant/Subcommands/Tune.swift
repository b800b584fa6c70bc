import SlantKit

/// `slant tune`: which entries help or hurt on the labels, fitted weights, candidate terms.
enum TuneCommand {
    static let help = """
        USAGE: slant tune [--labels FILE]... [options]

        Scores every labelled case once and reports, for every entry and
        context rule that fires, how much it moves scores toward or away from
        the labels and what removing it would change (most harmful first);
        the entries that never fire; weights fitted to the labels (each kept
        within half to twice its value, pole unchanged), with per-axis MAE,
        accuracy and within-tolerance before, after fitting, and k-fold
        cross-validated; and 1-3-word phrases that separate each axis's poles
        but are not in its lexicon (Fightin' Words z-scores).

        OPTIONS:
          --labels FILE       A labels file (repeatable; default
                              Evaluation/corpus/labels.jsonl).
          --lexicons DIR      Use the lexicons in DIR instead of the shipped ones.
          --folds K           Cross-validation folds, 2 to 100 (default 5).
          --seed N            Seed of the shuffle that assigns cases to folds
                              (default 1); the same seed gives the same output.
          --write             Write the fitted weights into the lexicon files,
                              changing only the weight numbers. With --lexicons,
                              into DIR; without, into ./Lexicons, which must
                              exist and match the lexicons built into slant.
          --format FORMAT     text (default) or json.
          --top N             Rows per text section and candidate terms per
                              pole (default 10).
          -h, --help          Show this help.

        EXIT CODES: 0 done, 2 usage error, bad labels or lexicons, or a
        lexicon file --write cannot update (then nothing is written).
        """

    struct Options {
        var labels: [String]
        var lexicons: String?
        var folds: Int
        var seed: Int
        var write: Bool
        var format: TuneFormat
        var top: Int
    }

    static let specs: [OptionSpec] = [
        .value("--labels", repeatable: true), .value("--lexicons"), .value("--folds"), .value("--seed"), .flag("--write"),
        .value("--format"), .value("--top"),
    ]

    static func parse(_ arguments: [String]) throws -> Options? {
        let raw = try ParsedArguments(arguments, command: "tune", specs: specs)
        if raw.wantsHelp { return nil }
        if let extra = raw.operands.first { throw CLIError.unexpectedOperand(command: "tune", operand: extra) }
        return Options(
            labels: raw.all("--labels").isEmpty ? ["Evaluation/corpus/labels.jsonl"] : raw.all("--labels"),
            lexicons: raw.value("--lexicons"),
            folds: try raw.integer("--folds", command: "tune", default: 5, range: 2...100),
            seed: try raw.integer("--seed", command: "tune", default: 1, range: 0...Int(Int32.max)),
            write: raw.flag("--write"),
            format: try raw.choice("--format", command: "tune", default: TuneFormat.text),
            top: try raw.integer("--top", command: "tune", default: 10, range: 0...10_000))
    }

    static func run(_ arguments: [String]) throws {
        guard let options = try parse(arguments) else {
            Console.out(help + "\n")
            return
        }
        // Check the write target before the work, so a refused --write costs nothing.
        if options.write && options.lexicons == nil {
            do { try WeightWriter.checkShippedCopy(at: "Lexicons") } catch let error as WeightWriteError {
                throw CLIError.outputFailed(path: error.path, reason: error.reason)
            }
        }
        let lexicons = try loadLexicons(options.lexicons)
        let cases: [LabelCase]
        do {
            cases = try LabelSet.load(options.labels, axes: lexicons.axes)
        } catch let error as LabelError {
            throw CLIError.labels(error)
        }
        let report = Tuner.run(cases, lexicons: lexicons,
                               options: TuneOptions(folds: options.folds, seed: UInt64(options.seed), candidates: options.top))
        Console.out(options.format.render(report, top: options.top))
        guard options.write else { return }
        do {
            let written = try WeightWriter.apply(report.fitted.map(\.change))
            Console.err("slant tune: wrote \(report.fitted.count) weight\(report.fitted.count == 1 ? "" : "s") to \(written.count) file\(written.count == 1 ? "" : "s")"
                        + (written.isEmpty ? "" : ": " + written.joined(separator: ", ")))
        } catch let error as WeightWriteError {
            throw CLIError.outputFailed(path: error.path, reason: error.reason)
        }
    }
}
