import Foundation

/// The accepted metrics and passing cases, stored in `Evaluation/baseline.json`.
///
/// A run regresses when any axis metric gets worse by more than `margin`
/// (for `mae`, rises; for the others, drops), when a metric that was defined
/// becomes undefined, or when a case that passed now fails.
public struct Baseline: Sendable, Equatable {
    /// How much worse an axis metric may get before it counts as a regression (metric units).
    public var margin: Double
    /// Accepted metric values per axis id, then per metric name (`accuracy`, `mae` ...);
    /// NaN for a metric that was undefined.
    public var metrics: [String: [String: Double]]
    /// Ids of the cases that passed, sorted.
    public var passing: [String]

    /// The margin `--update-baseline` records when there is no baseline file whose margin it keeps.
    public static let defaultMargin = 0.02

    /// A baseline that accepts `report` as it is: its metrics and its passing cases.
    public init(report: EvalReport, margin: Double) {
        self.margin = margin
        var metrics: [String: [String: Double]] = [:]
        for axis in report.axes {
            metrics[axis.axis.rawValue] = Dictionary(uniqueKeysWithValues: axis.named.map { ($0.name, $0.value) })
        }
        self.metrics = metrics
        self.passing = report.cases.filter(\.passed).map(\.labelCase.id).sorted()
    }

    /// Reads a baseline file written by `encoded()`; throws a `LabelError` when the file cannot
    /// be read or lacks `margin`, `axes` or `passing`.
    public static func load(_ path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LabelError(diagnostics: [Diagnostic(SourceLocation(path: path, line: 0, column: 0), "cannot read baseline file")])
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let margin = object["margin"] as? Double,
              let axes = object["axes"] as? [String: [String: Any]],
              let passing = object["passing"] as? [String] else {
            throw LabelError(diagnostics: [Diagnostic(SourceLocation(path: path, line: 1, column: 0),
                                                      "malformed baseline: needs \"margin\", \"axes\" and \"passing\"")])
        }
        var metrics: [String: [String: Double]] = [:]
        for (axis, values) in axes {
            metrics[axis] = values.mapValues { ($0 as? Double) ?? .nan }
        }
        return Baseline(margin: margin, metrics: metrics, passing: passing)
    }

    private init(margin: Double, metrics: [String: [String: Double]], passing: [String]) {
        self.margin = margin
        self.metrics = metrics
        self.passing = passing
    }

    /// Pretty JSON with sorted keys, so baseline diffs are readable. NaN is written as null ("undefined").
    public func encoded() -> String {
        var lines = ["{", "  \"margin\": \(NumberFormat.fixed(margin)),", "  \"axes\": {"]
        let axes = metrics.keys.sorted()
        for (i, axis) in axes.enumerated() {
            let values = metrics[axis]!.keys.sorted().map { key in
                let v = metrics[axis]![key]!
                return "\"\(key)\": \(v.isNaN ? "null" : NumberFormat.fixed(v))"
            }
            lines.append("    \"\(axis)\": {" + values.joined(separator: ", ") + "}" + (i + 1 < axes.count ? "," : ""))
        }
        lines.append("  },")
        lines.append("  \"passing\": [")
        for (i, id) in passing.enumerated() {
            lines.append("    \"\(id)\"" + (i + 1 < passing.count ? "," : ""))
        }
        lines.append("  ]")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// What got worse and what got better compared with this baseline.
    public func compare(_ report: EvalReport) -> (regressions: [String], improvements: [String]) {
        var regressions: [String] = []
        var improvements: [String] = []
        for axis in report.axes {
            guard let old = metrics[axis.axis.rawValue] else { continue }
            for (name, value) in axis.named {
                guard let before = old[name] else { continue }
                let label = "\(axis.axis).\(name): \(Self.show(before)) -> \(Self.show(value))"
                if before.isNaN || value.isNaN {
                    if !before.isNaN && value.isNaN { regressions.append(label + " (became undefined)") }
                    continue
                }
                let delta = name == "mae" ? before - value : value - before
                if delta < -margin - 1e-9 { regressions.append(label) } else if delta > margin + 1e-9 { improvements.append(label) }
            }
        }
        let nowPassing = Set(report.cases.filter(\.passed).map(\.labelCase.id))
        let known = Set(report.cases.map(\.labelCase.id))
        for id in passing where known.contains(id) && !nowPassing.contains(id) {
            regressions.append("case \(id) passed in the baseline and now fails")
        }
        for id in nowPassing.subtracting(passing).sorted() {
            improvements.append("case \(id) now passes")
        }
        return (regressions, improvements)
    }

    static func show(_ x: Double) -> String { x.isNaN ? "undefined" : NumberFormat.fixed(x, 3) }
}
