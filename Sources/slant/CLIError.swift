import SlantKit

/// The exit-code contract of `slant`. Documented in README.md; never reuse a code.
enum ExitCode: Int32 {
    /// Everything asked for was done.
    case success = 0
    /// The command ran and found problems: an eval regression or lint errors.
    case findings = 1
    /// Bad usage, a lexicon, label or dictionary file that does not load, or output that cannot be written.
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
    case importFailed(ImportError)
    case report(SummaryError)

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
        case .importFailed(let error):
            return render(error)
        case .report(.unknownAxis(let id, let known)):
            return usage("report", "no axis '\(id)' in the input; its axes: \(known.isEmpty ? "none" : known.joined(separator: ", "))")
        case .report(.unknownGroup(let name, let known)):
            return usage("report", "no group '\(name)' to compare; the groups: \(known.isEmpty ? "none" : known.joined(separator: ", "))")
        }
    }

    private func usage(_ command: String, _ message: String) -> String {
        "slant \(command): \(message)\nRun 'slant \(command) --help' for usage."
    }
}

// MARK: - slant import

extension CLIError {
    private func render(_ error: ImportError) -> String {
        switch error {
        case .unreadable(let path, let reason):
            return "slant import: cannot read '\(path)': \(reason)"
        case .issues(let issues):
            return issues.map { "\($0.location): error: \(message($0.problem))" }.joined(separator: "\n")
                + "\nslant import: nothing imported (\(issues.count) problem\(issues.count == 1 ? "" : "s"))"
        case .unknownCategory(let name, let available):
            return "slant import: --pole names category '\(name)', which the dictionary does not have; its categories: "
                + available.map { "'\($0)'" }.joined(separator: ", ")
        case .noCategoryMapped(let categories):
            return "slant import: no category is mapped to a pole; map one to each end with --pole CATEGORY=- and --pole CATEGORY=+\n"
                + "slant import: the dictionary's categories: " + categories.map { "'\($0.name)' (\(entries($0.entries)))" }.joined(separator: ", ")
        case .noEntriesOnPole(let side, let categories):
            let end = side == .negative ? "-" : "+"
            return categories.isEmpty
                ? "slant import: no category is mapped to '\(end)'; an axis needs both ends (--pole CATEGORY=\(end))"
                : "slant import: the categories mapped to '\(end)' (\(categories.map { "'\($0)'" }.joined(separator: ", "))) have no entries; an axis needs both ends"
        }
    }

    private func entries(_ n: Int) -> String { "\(n) entr\(n == 1 ? "y" : "ies")" }

    private func message(_ problem: DictionaryProblem) -> String {
        switch problem {
        case .liwcHeaderMissing: return "expected '%': a LIWC dictionary starts with a '%' line, its categories as 'NUMBER NAME', and another '%'"
        case .liwcHeaderUnclosed: return "the category block opened here is never closed with a '%' line"
        case .liwcCategoryLine: return "expected 'NUMBER NAME' in the category block"
        case .liwcUndefinedCategory(let n): return "category number \(n) is not declared in the '%' block"
        case .liwcConditionalCategory(let text): return "'\(text)' is a LIWC 2007 conditional category, which Slant cannot express; list the word's categories plainly"
        case .liwcNotACategoryNumber(let text): return "expected a category number, found '\(text)'"
        case .entryWithoutCategory(let term): return "'\(term)' has no category number"
        case .entryBeforeCategory(let term): return "'\(term)' comes before any '+category' line"
        case .emptyCategoryName: return "a category needs a name"
        case .duplicateCategory(let name, let first): return "category '\(name)' is already declared at \(first)"
        case .yaml(let problem): return message(problem)
        case .missingScore(let term): return "'\(term)' has no score; expected 'TERM<TAB>SCORE'"
        case .notAScore(let text): return "score '\(text)' is not a number"
        case .weightsHeader: return "expected the header 'category<TAB>term<TAB>weight'"
        case .weightsRow: return "expected 'CATEGORY<TAB>TERM<TAB>WEIGHT'"
        case .duplicateWeight(let category, let term, let first): return "'\(term)' in '\(category)' already has a weight at \(first)"
        case .notAWeight(let text): return "weight '\(text)' is not a number"
        case .leadingWildcard(let term): return "'\(term)': a wildcard that starts a word cannot be expressed; Slant's '*' only ends a word (a prefix)"
        case .innerWildcard(let term): return "'\(term)': a '*' inside a word cannot be expressed; Slant's '*' only ends a word (a prefix)"
        case .singleCharacterGlob(let term): return "'\(term)': the one-character glob '?' cannot be expressed; write each spelling, or a prefix ending in '*'"
        case .regexPattern(let term): return "'\(term)' looks like a regular expression, which Slant cannot express; write words, with '*' ending a prefix"
        case .punctuation(let term, let character): return "'\(term)': matching ignores '\(character)', so the term cannot be expressed; write the words only"
        case .broadWildcard(let term): return "'\(term)': a wildcard needs a prefix of at least 3 letters"
        case .tooManyWords(let term, let words): return "'\(term)' has \(words) words; a term has at most 8"
        case .longWord(let term, let word): return "'\(term)': the word '\(word)' is longer than the 63 bytes a word may have"
        case .emptyTerm: return "empty term"
        case .weightOutOfRange(let weight): return "weight \(WeightsTable.format(weight)) is out of range; Slant's weights are > 0 and at most 5 (rescale the scores)"
        case .oppositePoles(let term, let category, let other, let first):
            return "'\(term)' of category '\(category)' is also in '\(other)' (\(first)), which is mapped to the opposite pole"
        case .unexpressible(let term, let reason): return "'\(term)': \(reason)"
        }
    }

    private func message(_ problem: YAMLProblem) -> String {
        switch problem {
        case .tab: return "tab: this reader accepts tabs only inside quotes (YAML indents with spaces)"
        case .anchor: return "anchors ('&') are not supported"
        case .alias: return "aliases ('*name') are not supported; quote a term that starts with '*'"
        case .tag: return "tags ('!') are not supported"
        case .blockScalar: return "block scalars ('|', '>') are not supported; write each term on one line"
        case .multiLineScalar: return "a value continued on the next line is not supported; write each term on one line"
        case .flowMapping: return "flow mappings ('{...}') are not supported; write 'key:' lines"
        case .complexKey: return "complex keys ('?' or '[...]' as a key) are not supported"
        case .directive: return "directives ('%') are not supported"
        case .multipleDocuments: return "a second YAML document; only one is read"
        case .reservedIndicator(let c): return "'\(c)' is reserved in YAML; quote the term"
        case .unclosedQuote: return "the quoted text is not closed on this line"
        case .unclosedFlowSequence: return "this '[' is never closed"
        case .emptyFlowItem: return "empty item in '[...]'"
        case .badEscape(let text): return "unsupported escape '\(text)'"
        case .colonInPlainScalar: return "': ' in an unquoted value; quote the value"
        case .badIndentation: return "unexpected indentation"
        case .expectedKey: return "expected 'key:'"
        case .trailingCharacters: return "unexpected text after the value"
        case .duplicateKey(let key, let first): return "key '\(key)' already appears at \(first)"
        case .mappingInSequence: return "a mapping in a list of terms; a category holds terms or subcategories, not both in one list"
        case .nestedSequence: return "a list in a list of terms"
        case .notAMapping: return "a quanteda dictionary is a mapping of category names to terms ('name: [terms]')"
        }
    }
}
