import SlantKit

/// `slant kwic`: keyword-in-context lines for a lexicon term.
enum KwicCommand {
    static let help = """
        USAGE: slant kwic [--width N] [--lexicons DIR] TERM [FILE|DIR|-]...

        Prints every occurrence of TERM as path:line:column: left [match] right.
        TERM uses the lexicon syntax: a word, a phrase, or prefix* wildcards
        ("sanction*", "secondary tariff*"), word classes included ("{admin}
        caved" takes the terms of [list admin]); matching is the same as
        scoring (case-insensitive, quotes and dashes unified). Directories are
        searched like `slant score`; with no input, standard input is read.

        OPTIONS:
          --width N           Characters of context on each side (default 40).
          --lexicons DIR      Take word classes from the lexicons in DIR
                              instead of the shipped ones.
          -h, --help          Show this help.

        EXIT CODES: 0 done (with or without matches), 2 usage error or bad term,
        3 some inputs could not be read.
        """

    static func run(_ arguments: [String]) throws {
        let raw = try ParsedArguments(arguments, command: "kwic", specs: [.value("--width"), .value("--lexicons")])
        if raw.wantsHelp {
            Console.out(help + "\n")
            return
        }
        guard let termText = raw.operands.first else { throw CLIError.missingOperand(command: "kwic", what: "TERM") }
        let width = try raw.integer("--width", command: "kwic", default: 40, range: 0...500)
        let kwic: KeywordInContext
        do {
            // Lexicons are loaded only when the term names a word class: plain terms stay instant.
            let lexicons = termText.contains("{") ? try loadLexicons(raw.value("--lexicons")) : nil
            kwic = try KeywordInContext(term: termText, lexicons: lexicons)
        } catch let problem as Diagnostic {
            throw CLIError.invalidValue(command: "kwic", option: "TERM", value: termText, expected: problem.message)
        }
        let items = InputCollector.expand(raw.operands.count > 1 ? Array(raw.operands.dropFirst()) : ["-"])
        var out = OutputBuffer()
        var failed = 0
        for item in items {
            let name = BatchScorer.displayName(item)
            let text: [UInt8]
            do {
                text = try BatchScorer.loadText(item).text
            } catch {
                failed += 1
                Console.err("slant: \(name): \(error)")
                continue
            }
            for line in kwic.lines(in: text, width: width) {
                out.write("\(name):\(line.line):\(line.column): \(line.left)[\(line.match)]\(line.right)\n")
            }
            if out.bytes.count > 1 << 16 { Console.out(&out) }
        }
        Console.out(&out)
        if failed > 0 { throw CLIError.inputsFailed(failed: failed, total: items.count) }
    }
}
