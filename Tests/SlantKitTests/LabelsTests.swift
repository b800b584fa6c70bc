import Foundation
import Testing
@testable import SlantKit

/// Bad label files fail as a whole with `path:line: message`.
struct LabelsTests {
    struct Bad: CustomTestStringConvertible, Sendable {
        let name: String
        let lines: [String]
        let message: String
        var testDescription: String { name }
    }

    static let good = #"{"id": "ok", "text": "Ukraine talks.", "expect": {"engagement_pressure": -0.3}}"#

    static let cases: [Bad] = [
        Bad(name: "malformed JSON", lines: [good, #"{"id": "x", "text": "a""#],
            message: "labels.jsonl:2: malformed JSON (each line must be one JSON object)"),
        Bad(name: "unknown axis", lines: [#"{"id": "x", "text": "a", "expect": {"mood": 0.5}}"#],
            message: "labels.jsonl:1: case 'x': unknown axis 'mood' (known: engagement_pressure)"),
        Bad(name: "value outside [-1, 1]", lines: [good, #"{"id": "x", "text": "a", "expect": {"engagement_pressure": 1.5}}"#],
            message: "labels.jsonl:2: case 'x': expect.engagement_pressure = 1.5 is outside [-1, 1]"),
        Bad(name: "boolean is not a number", lines: [#"{"id": "x", "text": "a", "expect": {"engagement_pressure": true}}"#],
            message: "labels.jsonl:1: case 'x': expect.engagement_pressure must be a number or null"),
        Bad(name: "missing file", lines: [#"{"id": "x", "file": "nope.txt", "expect": {}}"#],
            message: "labels.jsonl:1: case 'x': file 'nope.txt' not found"),
        Bad(name: "duplicate id", lines: [good, good],
            message: "labels.jsonl:2: duplicate id 'ok' (first at DIR/labels.jsonl:1)"),
        Bad(name: "neither file nor text", lines: [#"{"id": "x", "expect": {}}"#],
            message: "labels.jsonl:1: case 'x': needs \"file\" or \"text\""),
    ]

    @Test(arguments: cases)
    func badLabelsFailTheWholeSet(_ bad: Bad) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("slant-labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("labels.jsonl").path
        try bad.lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let axes = try TestLexicon.set().axes
        let error = #expect(throws: LabelError.self) { try LabelSet.load([path], axes: axes) }
        let message = (error?.description ?? "").replacingOccurrences(of: dir.path, with: "DIR")
        #expect(message.hasPrefix("DIR/" + bad.message), "\(message)")
    }

    @Test func nullAndMissingAxesAreNotJudgedAndDefaultsApply() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("slant-labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("labels.jsonl").path
        try (#"{"id": "a", "text": "x", "expect": {"engagement_pressure": null}, "kind": "extra"}"# + "\n\n"
            + #"{"id": "b", "text": "y", "expect": {"engagement_pressure": 0.0}, "tolerance": 0.1}"#)
            .write(toFile: path, atomically: true, encoding: .utf8)
        let cases = try LabelSet.load([path], axes: try TestLexicon.set().axes)
        #expect(cases.map(\.id) == ["a", "b"])
        #expect(cases[0].expect.isEmpty)
        #expect(cases[0].tolerance == 0.35)
        #expect(cases[1].expect == [AxisID("engagement_pressure"): 0.0])
        #expect(cases[1].tolerance == 0.1)
    }
}
