/// A problem in a file users edit, reported as `path:line:column: message`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// How serious a problem is; its raw value is the word a diagnostic prints.
    public enum Severity: String, Sendable {
        /// A mistake: the file does not load, or `slant lint` fails (exit status 1).
        case error
        /// Probably unintended but harmless to loading; `slant lint` reports it and still exits 0.
        case warning
    }
    /// Where the problem is; see `SourceLocation` for the 0 line and column of whole-file problems.
    public let location: SourceLocation
    /// Whether the problem fails the load (or `slant lint`) or is only reported.
    public let severity: Severity
    /// Short check name (`duplicate`, `shadowed` ...); empty for parse errors.
    public let check: String
    /// What is wrong, as one phrase without the location (`unknown list '@hedge'`).
    public let message: String

    /// A problem at `location`; by default an error without a check name, as parse errors are.
    public init(_ location: SourceLocation, _ message: String, severity: Severity = .error, check: String = "") {
        self.location = location
        self.message = message
        self.severity = severity
        self.check = check
    }

    public var description: String {
        check.isEmpty
            ? "\(location): \(severity.rawValue): \(message)"
            : "\(location): \(severity.rawValue): [\(check)] \(message)"
    }
}

/// The lexicons could not be loaded; nothing was loaded. Carries every problem found.
public struct LexiconError: Error, Sendable, CustomStringConvertible {
    /// Every problem found in every file; never empty.
    public let diagnostics: [Diagnostic]
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
