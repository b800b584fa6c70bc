import Foundation
import SlantKit

/// Loads the lexicons named by `--lexicons`, or the shipped ones embedded in the binary.
func loadLexicons(_ directory: String?) throws -> LexiconSet {
    do {
        if let directory { return try LexiconSet.load(directory: URL(fileURLWithPath: directory)) }
        return try LexiconSet.shipped()
    } catch let error as LexiconError {
        throw CLIError.lexicons(error)
    }
}

/// Resolves `--axis` values against the loaded axes.
func selectAxes(_ ids: [String], in lexicons: LexiconSet, command: String) throws -> [Axis] {
    if ids.isEmpty { return lexicons.axes }
    return try ids.map { id in
        guard let axis = lexicons.axis(AxisID(id)) else {
            throw CLIError.invalidValue(command: command, option: "--axis", value: id,
                                        expected: "one of " + lexicons.axes.map(\.id.rawValue).joined(separator: ", "))
        }
        return axis
    }
}
