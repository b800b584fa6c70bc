import SlantKit

/// `slant export`: Slant's lexicons as a dictionary other tools read.
enum ExportCommand {
    static let help = """
        USAGE: slant export --to yaml|liwc [--lexicons DIR] [--output DIR]

        Writes the lexicons as one dictionary: quanteda YAML (AXIS: POLE: [terms])
        or LIWC .dic, with one category per pole, named AXIS.POLE. Neither format
        has weights, so they go to weights.tsv (category, term, weight) beside
        the dictionary; 'slant import --weights' reads them back. Word classes
        are expanded into their terms. [target] entries and context rules have no
        equivalent: they are left out, and counted on stderr.

        OPTIONS:
          --to FORMAT         yaml (slant.yml) or liwc (slant.dic).
          --lexicons DIR      Export the lexicons in DIR instead of the shipped ones.
          --output DIR        Write DIR/slant.yml or DIR/slant.dic, and
                              DIR/weights.tsv (DIR is created when missing).
                              Without it the dictionary goes to standard output
                              and no weights are written.
          -h, --help          Show this help.

        EXIT CODES: 0 written, 2 usage or lexicon error, or output that cannot
        be written.
        """

    static func run(_ arguments: [String]) throws {
        let raw = try ParsedArguments(arguments, command: "export", specs: [.value("--to"), .value("--lexicons"), .value("--output")])
        if raw.wantsHelp {
            Console.out(help + "\n")
            return
        }
        if let extra = raw.operands.first { throw CLIError.unexpectedOperand(command: "export", operand: extra) }
        guard raw.value("--to") != nil else { throw CLIError.missingOperand(command: "export", what: "--to yaml|liwc") }
        let format = try raw.choice("--to", command: "export", default: ExportFormat.yaml)
        let export = LexiconExport(try loadLexicons(raw.value("--lexicons")))
        let skipped = export.skipped
        let notes: [(Int, String)] = [
            (skipped.targets, "[target] entr\(skipped.targets == 1 ? "y" : "ies") left out: a target's pole depends on how the text judges it"),
            (skipped.contextRules, "context rule\(skipped.contextRules == 1 ? "" : "s") left out: a rule needs a trigger nearby"),
            (skipped.repeated, "word-class variant\(skipped.repeated == 1 ? "" : "s") left out: the term is already on its pole"),
            (skipped.conflicting, "word-class variant\(skipped.conflicting == 1 ? "" : "s") left out: the term is already on the axis's other pole"),
        ]
        for (count, note) in notes where count > 0 { Console.err("slant export: \(count) \(note)") }
        let summary = "\(export.termCount) terms in \(export.categories.count) categories"
        guard let directory = raw.value("--output") else {
            Console.err("slant export: \(summary); weights not written (they need --output DIR)")
            Console.out(export.dictionary(format))
            return
        }
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let files = [(path: base + "/" + format.fileName, text: export.dictionary(format)), (path: base + "/weights.tsv", text: export.weights)]
        try FileOutput.write(files, creating: directory)
        Console.err("slant export: \(summary) written to \(files[0].path), weights to \(files[1].path)")
    }
}
