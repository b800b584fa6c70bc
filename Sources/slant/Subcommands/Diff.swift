import SlantKit

/// `slant diff`: compare two lexicon versions on labelled cases.
enum DiffCommand {
    static let help = """
        USAGE: slant diff --lexicons DIR --against DIR [--labels FILE]... [--threshold X]

        Scores the labelled cases with the reference lexicons (--against) and
        the candidate (--lexicons), prints each axis metric before and after,
        and lists every case whose label changes or whose score moves by more
        than the threshold on any axis, largest move first.

        OPTIONS:
          --lexicons DIR      The candidate lexicons (the change under review).
          --against DIR       The reference lexicons ("shipped" for the built-in ones).
          --labels FILE       Labels file (repeatable; default Evaluation/corpus/labels.jsonl).
          --threshold X       Report moves larger than X (default 0.1).
          -h, --help          Show this help.

        EXIT CODES: 0 compared, 2 usage error or bad labels/lexicons.
        """

    static let specs: [OptionSpec] = [.value("--lexicons"), .value("--against"), .value("--labels", repeatable: true), .value("--threshold")]

    static func run(_ arguments: [String]) throws {
        let raw = try ParsedArguments(arguments, command: "diff", specs: specs)
        if raw.wantsHelp {
            Console.out(help + "\n")
            return
        }
        if let extra = raw.operands.first { throw CLIError.unexpectedOperand(command: "diff", operand: extra) }
        guard let candidatePath = raw.value("--lexicons") else { throw CLIError.missingOperand(command: "diff", what: "--lexicons DIR (the candidate)") }
        guard let referencePath = raw.value("--against") else { throw CLIError.missingOperand(command: "diff", what: "--against DIR (the reference)") }
        let thresholdText = raw.value("--threshold") ?? "0.1"
        guard let threshold = Double(thresholdText), threshold >= 0, threshold <= 2 else {
            throw CLIError.invalidValue(command: "diff", option: "--threshold", value: thresholdText, expected: "a number from 0 to 2")
        }
        let candidate = try loadLexicons(candidatePath == "shipped" ? nil : candidatePath)
        let reference = try loadLexicons(referencePath == "shipped" ? nil : referencePath)
        let labels = raw.all("--labels").isEmpty ? ["Evaluation/corpus/labels.jsonl"] : raw.all("--labels")
        let cases: [LabelCase]
        do {
            cases = try LabelSet.load(labels, axes: reference.axes)
        } catch let error as LabelError {
            throw CLIError.labels(error)
        }
        let diff = LexiconDiff(cases: cases, reference: Classifier(lexicons: reference), candidate: Classifier(lexicons: candidate), threshold: threshold)
        Console.out(diff.renderText())
    }
}
