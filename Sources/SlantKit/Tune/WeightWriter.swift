import Foundation

/// One weight to replace in a lexicon file.
public struct WeightChange: Sendable, Equatable {
    /// Where the weight number starts in its lexicon file; the file is `location.path`.
    public let location: SourceLocation
    /// The weight as the file holds it now; the write fails unless it is still there.
    public let oldText: String
    /// The weight to write in its place (`WeightWriter.format`).
    public let newText: String
}

/// A lexicon file `tune --write` cannot update; nothing was written.
public struct WeightWriteError: Error, Sendable, CustomStringConvertible {
    /// The file that could not be updated.
    public let path: String
    /// Why, as a phrase (`cannot read the lexicon file`).
    public let reason: String
    public var description: String { "\(path): \(reason)" }
}

/// Writes fitted weights into lexicon files, changing only the weight numbers.
///
/// Everything else (comments, order, spacing, alignment of later columns)
/// keeps its bytes; only the text of each weight field is replaced, so a
/// wider number shifts the rest of its line. Every file is checked before any
/// is written (each weight must still read as loaded), and each is written to
/// a temporary file in the same directory and renamed over the original, so a
/// failure never leaves a half-written lexicon.
public enum WeightWriter {
    /// A weight as `--write` writes it: at most two decimals, at least 0.01 (`1.25`, `0.6`, `2.0`).
    public static func format(_ weight: Double) -> String {
        var s = NumberFormat.fixed(max(weight, 0.01), 2)
        while s.hasSuffix("0") && !s.hasSuffix(".0") { s.removeLast() }
        return s
    }

    /// Applies `changes`; returns the paths written, sorted. Paths are those in the locations.
    @discardableResult
    public static func apply(_ changes: [WeightChange]) throws -> [String] {
        let byPath = Dictionary(grouping: changes, by: \.location.path)
        var rewritten: [(path: String, text: String)] = []
        for path in byPath.keys.sorted() {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw WeightWriteError(path: path, reason: "cannot read the lexicon file")
            }
            rewritten.append((path, try rewrite(text, path: path, byPath[path]!)))
        }
        for file in rewritten { try replace(file.path, with: file.text) }
        return rewritten.map(\.path)
    }

    /// `text` with each change applied; throws when a weight is not where the loaded lexicons put it.
    static func rewrite(_ text: String, path: String, _ changes: [WeightChange]) throws -> String {
        // Split exactly as the parser does, so line and column numbers agree; joining restores every byte.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Right to left within a line, so earlier columns stay valid.
        for change in changes.sorted(by: { $0.location > $1.location }) {
            let index = change.location.line - 1
            guard lines.indices.contains(index) else {
                throw WeightWriteError(path: path, reason: "line \(change.location.line) no longer exists; the file changed since it was loaded")
            }
            var characters = Array(lines[index])
            let start = change.location.column - 1
            let old = Array(change.oldText)
            guard start >= 0, start + old.count <= characters.count, Array(characters[start..<(start + old.count)]) == old else {
                throw WeightWriteError(path: path, reason: "line \(change.location.line) has no weight '\(change.oldText)' at column \(change.location.column); the file changed since it was loaded")
            }
            characters.replaceSubrange(start..<(start + old.count), with: Array(change.newText))
            lines[index] = String(characters)
        }
        return lines.joined(separator: "\n")
    }

    private static func replace(_ path: String, with text: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tune-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw WeightWriteError(path: path, reason: "cannot write a temporary file next to it: \(error.localizedDescription)")
        }
        // Keep the original's permissions.
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path), let mode = attributes[.posixPermissions] {
            try? FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: temporary.path)
        }
        guard rename(temporary.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw WeightWriteError(path: path, reason: "cannot replace the file: \(reason)")
        }
    }

    /// Checks that `directory` holds the shipped lexicons slant loads, byte for byte: the
    /// copy built into slant, or the directory `SLANT_LEXICONS` names.
    ///
    /// Without `--lexicons`, the fitted weights belong to that copy, whose locations read
    /// `Lexicons/FILE`; the only files they can be written to are the `Lexicons/` they
    /// came from, and only while those are unchanged, so every line number still points
    /// at the same weight.
    public static func checkShippedCopy(at directory: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw WeightWriteError(path: directory, reason: "no such directory here; run from the project root or pass --lexicons DIR")
        }
        let shipped: [(path: String, text: String)]
        do { shipped = try LexiconSet.shippedSources() } catch let error as LexiconError {
            throw WeightWriteError(path: LexiconSet.overrideDirectory ?? directory, reason: error.description)
        }
        let loaded = LexiconSet.overrideDirectory.map { "the lexicons in \(LexiconSet.directoryVariable)=\($0)" }
            ?? "the lexicons built into this slant; rebuild"
        for source in shipped {
            let path = directory + "/" + URL(fileURLWithPath: source.path).lastPathComponent
            guard FileManager.default.contents(atPath: path) == Data(source.text.utf8) else {
                throw WeightWriteError(path: path, reason: "differs from \(loaded), or pass --lexicons \(directory)")
            }
        }
    }
}
