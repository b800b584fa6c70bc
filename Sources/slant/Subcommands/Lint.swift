import Foundation
import SlantKit

/// `slant lint`: check lexicon files for mistakes that load but score wrong.
enum LintCommand {
    static let help = """
        USAGE: slant lint [--lexicons DIR] [--corpus PATH]...

        Prints findings as path:line:column: error|warning: [check] message.
        Errors: parse, duplicate, conflict (a term on both poles),
        broad-wildcard, empty-pole. Warnings: shadowed (can never match),
        normalized-duplicate, short-wildcard, unseen-context-term, unused-list.

        OPTIONS:
          --lexicons DIR      Lexicon directory (default: the one SLANT_LEXICONS
                              names, else ./Lexicons when it exists, else the
                              lexicons built into slant).
          --corpus PATH       Texts to look for context-rule terms in (files or
                              directories, repeatable; default:
                              ./Evaluation/corpus when it exists).
          -h, --help          Show this help.

        EXIT CODES: 0 no errors (warnings allowed), 1 errors found, 2 usage error.
        """

    static let specs: [OptionSpec] = [.value("--lexicons"), .value("--corpus", repeatable: true)]

    static func run(_ arguments: [String]) throws {
        let raw = try ParsedArguments(arguments, command: "lint", specs: specs)
        if raw.wantsHelp {
            Console.out(help + "\n")
            return
        }
        if let extra = raw.operands.first { throw CLIError.unexpectedOperand(command: "lint", operand: extra) }
        let fm = FileManager.default
        // SLANT_LEXICONS stands in for the shipped lexicons under their shipped names (see LexiconSet.directoryVariable).
        let directory = raw.value("--lexicons") ?? (LexiconSet.overrideDirectory == nil && fm.fileExists(atPath: "Lexicons") ? "Lexicons" : nil)
        let sources: [(path: String, text: String)]
        if let directory {
            guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
                throw CLIError.invalidValue(command: "lint", option: "--lexicons", value: directory, expected: "a readable directory")
            }
            sources = names.filter { $0.hasSuffix(".lex") }.sorted().map { name in
                let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                return (path, (try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
            }
        } else {
            do { sources = try LexiconSet.shippedSources() } catch let error as LexiconError { throw CLIError.lexicons(error) }
        }
        let corpusPaths = raw.all("--corpus").isEmpty ? (fm.fileExists(atPath: "Evaluation/corpus") ? ["Evaluation/corpus"] : []) : raw.all("--corpus")
        let corpus = InputCollector.expand(corpusPaths).compactMap { try? BatchScorer.loadText($0).text }
        let findings = Linter.lint(sources, corpus: corpus)
        var out = OutputBuffer()
        for finding in findings { out.write(finding.description + "\n") }
        let errors = findings.filter { $0.severity == .error }.count
        out.write("\(sources.count) files, \(errors) error\(errors == 1 ? "" : "s"), \(findings.count - errors) warning\(findings.count - errors == 1 ? "" : "s")\n")
        Console.out(&out)
        if errors > 0 { throw CLIError.lintErrors(errors) }
    }
}
