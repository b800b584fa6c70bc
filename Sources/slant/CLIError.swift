import SlantKit

/// The exit-code contract of `slant`. Documented in README.md; never reuse a code.
enum ExitCode: Int32 {
    /// Everything asked for was done.
    case success = 0
    /// The command ran and found problems: an eval regression or lint errors.
    case findings = 1
    /// Bad usage, or a lexicon or label file that does not load.
    case usage = 2
    /// Some inputs could not be read or parsed; every other input was scored.
    case partialInput = 3
}

/// Every way a `slant` command can fail. Rendered to text in one place, `render()`.
enum CLIError: Error {
    case unknownCommand(String)
    case unknownOption(command: String, option: String)
    case missingValue(command: String, option: String)
    case repeatedOption(command: String, option: String)
    case unexpectedValue(command: String, option: String)
    case invalidValue(command: String, option: String, value: String, expected: String)
    case missingOperand(command: String, what: String)
    case unexpectedOperand(command: String, operand: String)
    case conflictingOptions(command: String, first: String, second: String)
    /// `option` only means something together with `requirement` (a phrase naming the option that gives it meaning).
    case optionRequires(command: String, option: String, requirement: String)
    case lexicons(LexiconError)
    case labels(LabelError)
    case regression([String])
    case lintErrors(Int)
    case inputsFailed(failed: Int, total: Int)
    case outputFailed(path: String, reason: String)
    case bench(BenchError)

    var exitCode: ExitCode {
        switch self {
        case .inputsFailed: return .partialInput
        case .regression, .lintErrors: return .findings
        default: return .usage
        }
    }

    /// The message for stderr, without a trailing newline.
    func render() -> String {
        switch self {
        case .unknownCommand(let name):
            return "slant: unknown command '\(name)'\nRun 'slant --help' for the list of commands."
        case .unknownOption(let command, let option):
            return usage(command, "unknown option '\(option)'")
        case .missingValue(let command, let option):
            return usage(command, "option '\(option)' needs a value")
        case .repeatedOption(let command, let option):
            return usage(command, "option '\(option)' given more than once")
        case .unexpectedValue(let command, let option):
            return usage(command, "option '\(option)' takes no value")
        case .invalidValue(let command, let option, let value, let expected):
            return usage(command, "invalid value '\(value)' for '\(option)'; expected \(expected)")
        case .missingOperand(let command, let what):
            return usage(command, "missing \(what)")
        case .unexpectedOperand(let command, let operand):
            return usage(command, "unexpected argument '\(operand)'")
        case .conflictingOptions(let command, let first, let second):
            return usage(command, "options '\(first)' and '\(second)' cannot be used together")
        case .optionRequires(let command, let option, let requirement):
            return usage(command, "option '\(option)' needs \(requirement)")
        case .lexicons(let error):
            return error.diagnostics.map(\.description).joined(separator: "\n")
                + "\nslant: lexicons not loaded (\(error.diagnostics.count) problem\(error.diagnostics.count == 1 ? "" : "s"))"
        case .labels(let error):
            return error.description + "\nslant: labels not loaded (\(error.diagnostics.count) problem\(error.diagnostics.count == 1 ? "" : "s")); no metrics computed"
        case .regression(let items):
            return items.map { "slant eval: regression: \($0)" }.joined(separator: "\n")
                + "\nslant eval: \(items.count) regression\(items.count == 1 ? "" : "s") against the baseline"
        case .lintErrors(let count):
            return "slant lint: \(count) error\(count == 1 ? "" : "s") in the lexicons"
        case .inputsFailed(let failed, let total):
            return "slant: \(failed) of \(total) input\(total == 1 ? "" : "s") could not be scored"
        case .outputFailed(let path, let reason):
            return "slant: cannot write '\(path)': \(reason)"
        case .bench(let error):
            return "slant bench: cannot time start-up: \(error.description)"
        }
    }

    private func usage(_ command: String, _ message: String) -> String {
        "slant \(command): \(message)\nRun 'slant \(command) --help' for usage."
    }
}
