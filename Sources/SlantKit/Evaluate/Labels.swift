import Foundation

/// One hand-labelled case: a text and the expected score on the axes it judges.
public struct LabelCase: Sendable {
    /// The case's `id`, unique across every labels file of a run.
    public let id: String
    /// The labels file and line the case came from.
    public let location: SourceLocation
    /// The article file, or nil for an inline `text`.
    public let file: String?
    /// The text scored, as UTF-8: the `file`'s bytes through `TextDecoding` (HTML is not
    /// reduced), or the inline `text`.
    public let text: [UInt8]
    /// Expected score per judged axis; axes that are missing or null are not judged.
    public let expect: [AxisID: Double]
    /// How far a score may be from each expected value for the case to pass: the line's
    /// `tolerance`, or `LabelSet.defaultTolerance`; greater than 0 and at most 2.
    public let tolerance: Double
    /// The line's `note`, the labeller's reason; empty when it has none.
    public let note: String
}

/// Reads label files in the fixed JSONL format (see Evaluation/README.md).
///
/// All or nothing: any bad line fails the whole set with `path:line: message`,
/// so no metric is ever computed from a partly read set.
public enum LabelSet {
    /// The tolerance of a case whose line sets none.
    public static let defaultTolerance = 0.35

    /// Reads every labels file in `paths`, checking each axis name against `axes`; throws a
    /// `LabelError` with every problem in every file, or returns every case.
    public static func load(_ paths: [String], axes: [Axis]) throws -> [LabelCase] {
        var cases: [LabelCase] = []
        var problems: [Diagnostic] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append(Diagnostic(SourceLocation(path: path, line: 0, column: 0), "cannot read labels file"))
                continue
            }
            do {
                cases += try parse(Array(data), path: path, axes: axes)
            } catch let error as LabelError {
                problems += error.diagnostics
            }
        }
        // Ids are unique across every file of a run, not only within one.
        var seen: [String: SourceLocation] = [:]
        for c in cases {
            if let earlier = seen[c.id], earlier.path != c.location.path {
                problems.append(Diagnostic(c.location, "duplicate id '\(c.id)' (first at \(earlier.path):\(earlier.line))"))
            }
            seen[c.id] = seen[c.id] ?? c.location
        }
        guard problems.isEmpty else { throw LabelError(diagnostics: problems) }
        return cases
    }

    /// Parses one labels file's bytes; `file` paths resolve against `path`'s directory.
    public static func parse(_ data: [UInt8], path: String, axes: [Axis]) throws -> [LabelCase] {
        var cases: [LabelCase] = []
        var problems: [Diagnostic] = []
        var seen: [String: SourceLocation] = [:]
        let base = URL(fileURLWithPath: path).absoluteURL.deletingLastPathComponent()
        for (index, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let location = SourceLocation(path: path, line: index + 1, column: 0)
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            do {
                let c = try parse(Data(line), at: location, base: base, axes: axes)
                if let earlier = seen[c.id] {
                    throw Diagnostic(location, "duplicate id '\(c.id)' (first at \(earlier.path):\(earlier.line))")
                }
                seen[c.id] = location
                cases.append(c)
            } catch let d as Diagnostic {
                problems.append(d)
            }
        }
        guard problems.isEmpty else { throw LabelError(diagnostics: problems) }
        return cases
    }

    private static func parse(_ line: Data, at location: SourceLocation, base: URL, axes: [Axis]) throws -> LabelCase {
        func fail(_ message: String) -> Diagnostic { Diagnostic(location, message) }
        guard let object = try? JSONSerialization.jsonObject(with: line), let record = object as? [String: Any] else {
            throw fail("malformed JSON (each line must be one JSON object)")
        }
        guard let id = record["id"] as? String, !id.isEmpty else { throw fail("missing \"id\" string") }
        guard let expectObject = record["expect"] as? [String: Any] else { throw fail("case '\(id)': missing \"expect\" object") }
        var expect: [AxisID: Double] = [:]
        for (name, value) in expectObject.sorted(by: { $0.key < $1.key }) {
            guard axes.contains(where: { $0.id.rawValue == name }) else {
                throw fail("case '\(id)': unknown axis '\(name)' (known: \(axes.map(\.id.rawValue).joined(separator: ", ")))")
            }
            if value is NSNull { continue }
            // JSON true/false must not pass as 1/0.
            guard let boxed = value as? NSNumber, String(cString: boxed.objCType) != "c" else {
                throw fail("case '\(id)': expect.\(name) must be a number or null")
            }
            let number = boxed.doubleValue
            guard (-1...1).contains(number) else { throw fail("case '\(id)': expect.\(name) = \(number) is outside [-1, 1]") }
            expect[AxisID(name)] = number
        }
        let tolerance = record["tolerance"] as? Double ?? defaultTolerance
        guard tolerance > 0 && tolerance <= 2 else { throw fail("case '\(id)': tolerance must be in (0, 2]") }
        let text: [UInt8]
        let file = record["file"] as? String
        if let file {
            let url = base.appendingPathComponent(file).standardizedFileURL
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw fail("case '\(id)': file '\(file)' not found (resolved to \(url.path))")
            }
            text = TextDecoding.decode(Array(data)).text
        } else if let inline = record["text"] as? String {
            text = Array(inline.utf8)
        } else {
            throw fail("case '\(id)': needs \"file\" or \"text\"")
        }
        return LabelCase(id: id, location: location, file: file, text: text, expect: expect, tolerance: tolerance,
                         note: record["note"] as? String ?? "")
    }
}

/// A labels file that does not load; carries every problem, as `path:line: message`.
public struct LabelError: Error, Sendable, CustomStringConvertible {
    /// Every problem found; never empty.
    public let diagnostics: [Diagnostic]
    public var description: String {
        diagnostics.map { "\($0.location.path):\($0.location.line): \($0.message)" }.joined(separator: "\n")
    }
}
