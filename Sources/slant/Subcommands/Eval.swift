import Foundation
import SlantKit

/// `slant eval`: compare scores with hand labels, and gate on a baseline.
enum EvalCommand {
    static let help = """
        USAGE: slant eval [--labels FILE]... [options]

        Scores every labelled case and prints, per axis: n, three-class
        accuracy, the accuracy of answering neutral every time, macro-F1,
        mean absolute error, Spearman's rho, Krippendorff's alpha (interval)
        and the share within tolerance, a confusion matrix, and each case
        with the evidence behind every failure.

        OPTIONS:
          --labels FILE       A labels file (repeatable; default
                              Evaluation/corpus/labels.jsonl).
          --lexicons DIR      Use the lexicons in DIR instead of the shipped ones.
          --format FORMAT     text (default), json, markdown or junit.
          --baseline FILE     Compare with FILE; exit 1 and name what regressed.
          --update-baseline   Write the current results to the --baseline FILE.
          --evidence N        Evidence items per failing axis (default 3).
          -h, --help          Show this help.

        EXIT CODES: 0 no regression, 1 regression against the baseline,
        2 usage error or bad labels/lexicons.
        """

    static let specs: [OptionSpec] = [
        .value("--labels", repeatable: true), .value("--lexicons"), .value("--format"), .value("--baseline"),
        .flag("--update-baseline"), .value("--evidence"),
    ]

    static func run(_ arguments: [String]) throws {
        let raw = try ParsedArguments(arguments, command: "eval", specs: specs)
        if raw.wantsHelp {
            Console.out(help + "\n")
            return
        }
        if let extra = raw.operands.first { throw CLIError.unexpectedOperand(command: "eval", operand: extra) }
        let format = try raw.choice("--format", command: "eval", default: EvalFormat.text)
        let evidence = try raw.integer("--evidence", command: "eval", default: 3, range: 0...100)
        let baselinePath = raw.value("--baseline")
        if raw.flag("--update-baseline") && baselinePath == nil {
            throw CLIError.missingOperand(command: "eval", what: "--baseline FILE for --update-baseline")
        }
        let labelPaths = raw.all("--labels").isEmpty ? ["Evaluation/corpus/labels.jsonl"] : raw.all("--labels")

        let lexicons = try loadLexicons(raw.value("--lexicons"))
        let cases: [LabelCase]
        do {
            cases = try LabelSet.load(labelPaths, axes: lexicons.axes)
        } catch let error as LabelError {
            throw CLIError.labels(error)
        }
        let report = Evaluator.evaluate(cases, with: Classifier(lexicons: lexicons))
        Console.out(format.render(report, axes: lexicons.axes, evidence: evidence))

        guard let baselinePath else { return }
        if raw.flag("--update-baseline") {
            let margin = (try? Baseline.load(baselinePath).margin) ?? Baseline.defaultMargin
            let baseline = Baseline(report: report, margin: margin)
            do {
                try baseline.encoded().write(toFile: baselinePath, atomically: true, encoding: .utf8)
            } catch {
                throw CLIError.outputFailed(path: baselinePath, reason: "\(error)")
            }
            Console.err("slant eval: baseline written to \(baselinePath)")
            return
        }
        let baseline: Baseline
        do {
            baseline = try Baseline.load(baselinePath)
        } catch let error as LabelError {
            throw CLIError.labels(error)
        }
        let (regressions, improvements) = baseline.compare(report)
        for item in improvements { Console.err("slant eval: improved: \(item)") }
        if !regressions.isEmpty { throw CLIError.regression(regressions) }
        Console.err("slant eval: no regression against \(baselinePath)"
                    + (improvements.isEmpty ? "" : " (\(improvements.count) improvement\(improvements.count == 1 ? "" : "s"); record them with --update-baseline)"))
    }
}
