import Foundation
import SlantKit

/// `slant import`: another tool's dictionary as one axis of Slant's lexicons.
enum ImportCommand {
    static let help = """
        USAGE: slant import --from liwc|lexicoder|yaml|wordscore FILE --axis ID
                            [--pole CATEGORY=-|+]... [--weights FILE] [--output DIR]

        Converts a dictionary into one axis file of Slant's lexicon format. Each
        --pole maps a category to the axis's first (-) or second (+) end; a
        word-score list maps its negative and positive scores to - and + unless
        told otherwise. Unmapped categories are listed on stderr with their
        entry counts and not imported. A term Slant cannot express (a leading or
        inner '*', a '?' glob, a regular expression, punctuation) or one in
        categories of both ends is an error at its path:line:column.

        OPTIONS:
          --from FORMAT       liwc (.dic), lexicoder (.lc3, .lcd), yaml (a quanteda
                              dictionary) or wordscore (TERM<TAB>SCORE).
          --axis ID           The axis's id: lower-case letters, digits and '_'.
          --pole CAT=SIDE     Map category CAT to - or + (repeatable). A nested
                              YAML category is named PARENT.CHILD.
          --weights FILE      Weights for liwc, lexicoder and yaml terms, as
                              slant export writes them (category, term, weight);
                              a term it does not list weighs 1.
          --output DIR        Write DIR/ID.lex. A new or empty DIR is first filled
                              with the shipped lexicons, so --lexicons DIR loads;
                              otherwise only ID.lex is written (replacing a file
                              of that name). Without --output the axis file goes
                              to standard output.
          -h, --help          Show this help.

        EXIT CODES: 0 imported (unmapped categories are warnings), 2 usage error,
        unreadable file, a term Slant cannot express, or no category mapped.
        """

    static let specs: [OptionSpec] = [.value("--from"), .value("--axis"), .value("--pole", repeatable: true), .value("--weights"), .value("--output")]

    static func run(_ arguments: [String]) throws {
        let raw = try ParsedArguments(arguments, command: "import", specs: specs)
        if raw.wantsHelp {
            Console.out(help + "\n")
            return
        }
        guard raw.value("--from") != nil else { throw CLIError.missingOperand(command: "import", what: "--from liwc|lexicoder|yaml|wordscore") }
        let format = try raw.choice("--from", command: "import", default: DictionaryFormat.liwc)
        guard let path = raw.operands.first else { throw CLIError.missingOperand(command: "import", what: "dictionary FILE") }
        if let extra = raw.operands.dropFirst().first { throw CLIError.unexpectedOperand(command: "import", operand: extra) }
        guard let axis = raw.value("--axis") else { throw CLIError.missingOperand(command: "import", what: "--axis ID") }
        guard !axis.isEmpty, axis.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }) else {
            throw CLIError.invalidValue(command: "import", option: "--axis", value: axis, expected: "an id of lower-case letters, digits and '_'")
        }
        let poles = try poleAssignments(raw.all("--pole"))
        let weightsPath = raw.value("--weights")
        if let weightsPath, format == .wordscore {
            throw CLIError.invalidValue(command: "import", option: "--weights", value: weightsPath,
                                        expected: "no weights file with --from wordscore (its scores are the weights)")
        }
        let imported: ImportedAxis
        do {
            let dictionary = try ExternalDictionary.read(try read(path), path: path, format: format)
            let weights = try weightsPath.map { try WeightsTable.read(try read($0), path: $0) }
            imported = try AxisImporter.build(dictionary, axis: AxisID(axis), poles: poles, weights: weights,
                                              provenance: provenance(format, path, axis, raw.all("--pole"), weightsPath))
        } catch let error as ImportError {
            throw CLIError.importFailed(error)
        }
        for category in imported.unmapped {
            Console.err("slant import: warning: category '\(category.name)' (\(category.entries) entr\(category.entries == 1 ? "y" : "ies")) is not mapped to a pole; not imported")
        }
        if imported.unusedWeights > 0, let weightsPath {
            Console.err("slant import: warning: \(imported.unusedWeights) row\(imported.unusedWeights == 1 ? "" : "s") of \(weightsPath) name no term of the mapped categories")
        }
        let merged = imported.merged > 0 ? " (\(imported.merged) repeated term\(imported.merged == 1 ? "" : "s") merged)" : ""
        let summary = "slant import: axis \(axis): \(imported.count(.negative)) entries on - \(imported.negativePole), \(imported.count(.positive)) on + \(imported.positivePole)\(merged)"
        if let directory = raw.value("--output") {
            try write(imported, to: directory, summary: summary)
        } else {
            let files = try shippedLexiconSources().filter { $0.path != "Lexicons/" + imported.fileName } + [("Lexicons/" + imported.fileName, imported.text)]
            try validate(files)
            Console.err(summary)
            Console.out(imported.text)
        }
    }

    /// `--pole CATEGORY=-|+` values, each category at most once.
    static func poleAssignments(_ values: [String]) throws -> [PoleAssignment] {
        var assignments: [PoleAssignment] = []
        for value in values {
            guard let equals = value.lastIndex(of: "="), equals != value.startIndex,
                  case let end = value[value.index(after: equals)...], end == "-" || end == "+" else {
                throw CLIError.invalidValue(command: "import", option: "--pole", value: value, expected: "CATEGORY=- or CATEGORY=+")
            }
            let category = String(value[..<equals])
            if assignments.contains(where: { $0.category == category }) {
                throw CLIError.invalidValue(command: "import", option: "--pole", value: value, expected: "each category mapped once")
            }
            assignments.append(PoleAssignment(category: category, side: end == "-" ? .negative : .positive))
        }
        return assignments
    }

    /// The header comment: how the file was made (without --output, so the file is the same wherever it is written).
    static func provenance(_ format: DictionaryFormat, _ path: String, _ axis: String, _ poles: [String], _ weights: String?) -> [String] {
        let command = ["slant", "import", "--from", format.rawValue, path, "--axis", axis] + poles.flatMap { ["--pole", $0] }
            + (weights.map { ["--weights", $0] } ?? [])
        let weighting = format == .wordscore ? "the magnitude of each score"
            : weights.map { "from \($0); \(WeightsTable.format(AxisImporter.defaultWeight)) where it has no row" }
            ?? "\(WeightsTable.format(AxisImporter.defaultWeight)) each (the dictionary has none)"
        return ["Made by: " + command.map(shellQuoted).joined(separator: " "), "Weights: " + weighting]
    }

    private static func shellQuoted(_ word: String) -> String {
        word.allSatisfy({ $0.isLetter || $0.isNumber || "-_./=+:".contains($0) }) ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func read(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ImportError.unreadable(path: path, reason: String(cString: strerror(errno)).lowercased()) }
        close(fd)
        guard let data = FileManager.default.contents(atPath: path) else { throw ImportError.unreadable(path: path, reason: "is a directory") }
        return Array(data)
    }

    private static func validate(_ files: [(path: String, text: String)]) throws {
        do {
            try AxisImporter.validate(files)
        } catch let error as LexiconError {
            throw CLIError.lexicons(error)
        }
    }

    /// Writes the axis file into `directory`, seeding it with the shipped lexicons when it has none.
    private static func write(_ imported: ImportedAxis, to directory: String, summary: String) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: directory, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue { throw CLIError.outputFailed(path: directory, reason: "not a directory") }
        let names = exists ? ((try? fm.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".lex") }.sorted() : []
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let existing = try names.map { name -> (path: String, text: String) in
            let path = base + "/" + name
            guard let data = fm.contents(atPath: path) else { throw CLIError.outputFailed(path: path, reason: "cannot read it to check the set") }
            return (path, String(decoding: data, as: UTF8.self))
        }
        let plan = AxisImporter.directory(directory, for: imported, existing: existing, seed: try shippedLexiconSources())
        try validate(plan.set)
        try FileOutput.write(plan.write, creating: directory)
        Console.err(summary)
        Console.err("slant import: wrote \(base)/\(imported.fileName)" + (plan.seeded ? " and the \(plan.write.count - 1) shipped lexicon files (\(base) had no .lex files)" : ""))
    }
}
