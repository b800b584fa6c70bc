/// A problem in a file users edit, reported as `path:line:column: message`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }
    public let location: SourceLocation
    public let severity: Severity
    /// Short check name (`duplicate`, `shadowed` ...); empty for parse errors.
    public let check: String
    public let message: String

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
    public let diagnostics: [Diagnostic]
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
