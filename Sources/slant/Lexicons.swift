import Foundation
import SlantKit

/// Loads the lexicons named by `--lexicons`, or the shipped ones (embedded in the binary,
/// or read from the directory `SLANT_LEXICONS` names).
///
/// The set lives until the process exits (see `keepForProcess`).
func loadLexicons(_ directory: String?) throws -> LexiconSet {
    do {
        if let directory { return keepForProcess(try LexiconSet.load(directory: URL(fileURLWithPath: directory))) }
        return keepForProcess(try LexiconSet.shipped())
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

/// Values that stay alive until `exit`.
///
/// A command's lexicons are thousands of small objects; releasing them one by one just
/// before the process exits cost about 1.5 ms of the 15 ms start-up budget. Holding them
/// here lets `exit` drop them all at once (clang's `-disable-free` does the same).
nonisolated(unsafe) private var processLifetime: [Any] = []

func keepForProcess<T>(_ value: T) -> T {
    processLifetime.append(value)
    return value
}

/// The shipped lexicon files (display path, text): the built-in copy, or `SLANT_LEXICONS`'s directory.
func shippedLexiconSources() throws -> [(path: String, text: String)] {
    do {
        return try LexiconSet.shippedSources()
    } catch let error as LexiconError {
        throw CLIError.lexicons(error)
    }
}
