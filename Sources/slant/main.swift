import Foundation
import SlantKit

/// `slant`: the command-line front end. Each subcommand parses its options and
/// hands the work to SlantKit; errors are rendered here, in one place.
let version = "slant 0.1.0"
let commands: [(name: String, summary: String, run: ([String]) throws -> Void)] = [
    ("score", "Score articles on every framing axis", ScoreCommand.run),
    ("explain", "Show which words and rules produced a score", ExplainCommand.run),
    ("report", "Compare groups (outlets, weeks): means with intervals, charts", ReportCommand.run),
    ("eval", "Compare scores with hand labels; gate on a baseline", EvalCommand.run),
    ("lint", "Check lexicon files for mistakes that load but score wrong", LintCommand.run),
    ("kwic", "Show every occurrence of a term in context", KwicCommand.run),
    ("diff", "Compare two lexicon versions on labelled cases", DiffCommand.run),
    ("bench", "Measure throughput, start-up and large-lexicon cost", BenchCommand.run),
    ("tune", "Find helpful and harmful entries; fit weights; suggest terms", TuneCommand.run),
    ("import", "Turn a LIWC, Lexicoder, quanteda or word-score dictionary into an axis", ImportCommand.run),
    ("export", "Write the lexicons as a quanteda YAML or LIWC dictionary", ExportCommand.run),
]

let topHelp = """
    USAGE: slant COMMAND [options]

    Rule-based framing classifier for articles on US policy toward Russia,
    Ukraine and NATO.

    COMMANDS:
    \(commands.map { "  " + $0.name.padding(toLength: 10, withPad: " ", startingAt: 0) + $0.summary }.joined(separator: "\n"))

    Run 'slant COMMAND --help' for a command's options. 'slant --version' prints the version.
    """

Console.ignoreSigpipe()
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case nil, "--help", "-h", "help":
        Console.out(topHelp + "\n")
    case "--version":
        Console.out(version + "\n")
    case let name?:
        guard let command = commands.first(where: { $0.name == name }) else { throw CLIError.unknownCommand(name) }
        try command.run(Array(arguments.dropFirst()))
    }
    exit(ExitCode.success.rawValue)
} catch let error as CLIError {
    Console.err(error.render())
    exit(error.exitCode.rawValue)
}
