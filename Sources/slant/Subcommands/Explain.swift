import Foundation
import SlantKit

/// `slant explain`: show which words and rules produced an article's scores.
enum ExplainCommand {
    static let help = """
        USAGE: slant explain [options] FILE|-

        Prints the article with every hit marked ([text]{n}), a note per hit
        (entry, weight, every rule applied), per-paragraph subtotals, the
        paragraphs dropped as boilerplate or off-topic with the reason, and
        the final scores. Colour is used when standard output is a terminal
        and NO_COLOR is not set.

        OPTIONS:
          --format FORMAT     text (default) or json.
          --html FILE         Also write a self-contained HTML page to FILE.
          --lexicons DIR      Use the lexicons in DIR instead of the shipped ones.
          --axis ID           Explain only this axis (repeatable).
          --color WHEN        auto (default), always or never.
          -h, --help          Show this help.

        EXIT CODES: 0 explained, 2 usage or lexicon error, 3 input unreadable.
        """

    enum Format: String, CaseIterable { case text, json }
    enum ColorMode: String, CaseIterable { case auto, always, never }

    static let specs: [OptionSpec] = [.value("--format"), .value("--html"), .value("--lexicons"), .value("--axis", repeatable: true), .value("--color")]

    static func run(_ arguments: [String]) throws {
        let raw = try ParsedArguments(arguments, command: "explain", specs: specs)
        if raw.wantsHelp {
            Console.out(help + "\n")
            return
        }
        let format = try raw.choice("--format", command: "explain", default: Format.text)
        let colorMode = try raw.choice("--color", command: "explain", default: ColorMode.auto)
        guard raw.operands.count == 1, let operand = raw.operands.first else {
            if raw.operands.count > 1 { throw CLIError.unexpectedOperand(command: "explain", operand: raw.operands[1]) }
            throw CLIError.missingOperand(command: "explain", what: "input: name one file, or - for standard input")
        }
        let lexicons = try loadLexicons(raw.value("--lexicons"))
        let axes = try selectAxes(raw.all("--axis"), in: lexicons, command: "explain")
        let item: InputItem = operand == "-" ? .standardInput : .file(operand)
        let text: [UInt8]
        do {
            text = try BatchScorer.loadText(item).text
        } catch {
            Console.err("slant: \(operand): \(error)")
            throw CLIError.inputsFailed(failed: 1, total: 1)
        }
        let explanation = Explanation(source: operand, text: text, classifier: Classifier(lexicons: lexicons), axes: axes)
        if let html = raw.value("--html") {
            do {
                try Data(ExplainHTML.render(explanation).utf8).write(to: URL(fileURLWithPath: html), options: .atomic)
            } catch {
                throw CLIError.outputFailed(path: html, reason: "\(error.localizedDescription)")
            }
        }
        switch format {
        case .json: Console.out(ExplainJSON.render(explanation))
        case .text: Console.out(ExplainText.render(explanation, color: useColor(colorMode)))
        }
    }

    /// Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org).
    static func useColor(_ mode: ColorMode) -> Bool {
        switch mode {
        case .always: return true
        case .never: return false
        case .auto: return isatty(1) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        }
    }
}
