/// Output formats of `slant eval`.
public enum EvalFormat: String, Sendable, CaseIterable {
    /// Aligned tables for a terminal: metrics, confusion matrices, then every case, with the
    /// hits behind each failing axis.
    case text
    /// One JSON object: metrics and confusion per axis, then every case, with the hits behind
    /// each failing axis.
    case json
    /// A metrics table and the failing cases, for pull requests and the README.
    case markdown
    /// JUnit XML, one test case per labelled case, for CI systems that read it.
    case junit

    /// The whole report in this format; `evidence` bounds the hits shown for each failing axis
    /// (markdown shows none).
    public func render(_ report: EvalReport, axes: [Axis], evidence: Int) -> String {
        switch self {
        case .text: return EvalText.render(report, axes: axes, evidence: evidence)
        case .json: return EvalJSON.render(report, axes: axes, evidence: evidence)
        case .markdown: return EvalMarkdown.render(report, axes: axes)
        case .junit: return EvalJUnit.render(report, axes: axes, evidence: evidence)
        }
    }
}

/// Shared pieces of the eval formats.
enum EvalFormatting {
    static func number(_ x: Double) -> String { x.isNaN ? "undefined" : NumberFormat.fixed(x, 3) }
    static func signed(_ x: Double) -> String { (x >= 0 ? "+" : "") + NumberFormat.fixed(x, 2) }

    /// The hits that pushed a failing axis the wrong way, largest first.
    static func culprits(_ result: CaseResult, _ axis: CaseResult.AxisResult, limit: Int) -> [Hit] {
        let direction: Double = axis.scored > axis.expected ? 1 : -1
        return result.score.hits
            .filter { $0.axis == axis.axis && $0.value * direction > 0 }
            .sorted { (abs($0.value), -$0.span.start) > (abs($1.value), -$1.span.start) }
            .prefix(limit).map { $0 }
    }

    static func describe(_ hit: Hit) -> String {
        let rules = hit.applied.isEmpty ? "" : " (" + hit.applied.map(\.description).joined(separator: ", ") + ")"
        return "\(signed(hit.value)) \"\(hit.term)\" @\(hit.span.start)\(rules)"
    }

    /// `neutral` is the accuracy of answering "neutral" every time, beside `acc` so the gain over it is plain.
    static let columns = ["n", "acc", "neutral", "macroF1", "MAE", "rho", "alpha", "within"]

    static func row(_ m: AxisMetrics) -> [String] {
        [String(m.n), number(m.accuracy), number(m.alwaysNeutralAccuracy), number(m.macroF1), number(m.meanAbsoluteError), number(m.spearman), number(m.alpha), number(m.withinTolerance)]
    }
}

enum EvalText {
    static func render(_ report: EvalReport, axes: [Axis], evidence: Int) -> String {
        let width = max(4, report.axes.map(\.axis.rawValue.count).max() ?? 0)
        var out = "axis".padding(toLength: width, withPad: " ", startingAt: 0)
        for c in EvalFormatting.columns { out += " " + pad(c, 9) }
        out += "\n"
        for m in report.axes {
            out += m.axis.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
            for cell in EvalFormatting.row(m) { out += " " + pad(cell, 9) }
            out += "\n"
        }
        out += "\nconfusion (rows: expected, columns: scored; neutral band ±\(NumberFormat.short(report.neutralBand)))\n"
        for (m, axis) in zip(report.axes, axes) {
            let names = [axis.negative.name, "neutral", axis.positive.name]
            out += "  \(m.axis)\n"
            out += "    " + "".padding(toLength: 12, withPad: " ", startingAt: 0) + names.map { pad($0, 11) }.joined() + "\n"
            for (i, row) in m.confusion.enumerated() {
                out += "    " + names[i].padding(toLength: 12, withPad: " ", startingAt: 0) + row.map { pad(String($0), 11) }.joined() + "\n"
            }
        }
        let failed = report.cases.filter { !$0.passed }
        out += "\ncases: \(report.cases.count), passed \(report.cases.count - failed.count), failed \(failed.count)\n"
        for result in report.cases {
            out += (result.passed ? "  pass " : "  FAIL ") + result.labelCase.id + "\n"
            for a in result.axes {
                out += "       \(a.axis): expected \(EvalFormatting.signed(a.expected)) scored \(EvalFormatting.signed(a.scored))\(a.withinTolerance ? "" : "  <- off by \(NumberFormat.fixed(abs(a.scored - a.expected), 2))")\n"
                if !a.withinTolerance {
                    for hit in EvalFormatting.culprits(result, a, limit: evidence) {
                        out += "         " + EvalFormatting.describe(hit) + "\n"
                    }
                }
            }
        }
        return out
    }

    private static func pad(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
}

enum EvalMarkdown {
    static func render(_ report: EvalReport, axes: [Axis]) -> String {
        var out = "| axis | " + EvalFormatting.columns.joined(separator: " | ") + " |\n"
        out += "|---|" + String(repeating: "---:|", count: EvalFormatting.columns.count) + "\n"
        for m in report.axes {
            out += "| `\(m.axis)` | " + EvalFormatting.row(m).joined(separator: " | ") + " |\n"
        }
        let failed = report.cases.filter { !$0.passed }
        out += "\n**\(report.cases.count) cases: \(report.cases.count - failed.count) pass, \(failed.count) fail** (a case passes when every judged axis is within its tolerance).\n"
        if !failed.isEmpty {
            out += "\n<details><summary>Failing cases</summary>\n\n| case | axis | expected | scored |\n|---|---|---:|---:|\n"
            for result in failed {
                for a in result.axes where !a.withinTolerance {
                    out += "| `\(result.labelCase.id)` | \(a.axis) | \(EvalFormatting.signed(a.expected)) | \(EvalFormatting.signed(a.scored)) |\n"
                }
            }
            out += "\n</details>\n"
        }
        return out
    }
}

enum EvalJSON {
    static func render(_ report: EvalReport, axes: [Axis], evidence: Int) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("neutral_band", report.neutralBand)
        w.key("axes")
        w.beginObject()
        for m in report.axes {
            w.key(named: m.axis.rawValue)
            w.beginObject()
            w.field("n", m.n)
            w.key("always_neutral_accuracy")
            m.alwaysNeutralAccuracy.isNaN ? w.null() : w.number(m.alwaysNeutralAccuracy)
            for (name, value) in m.named { w.key(named: name); value.isNaN ? w.null() : w.number(value) }
            w.key("confusion")
            w.beginArray()
            for row in m.confusion {
                w.beginArray()
                for cell in row { w.integer(cell) }
                w.endArray()
            }
            w.endArray()
            w.endObject()
        }
        w.endObject()
        w.key("cases")
        w.beginArray()
        for result in report.cases {
            w.beginObject()
            w.field("id", result.labelCase.id)
            w.key("passed")
            w.bool(result.passed)
            w.key("axes")
            w.beginObject()
            for a in result.axes {
                w.key(named: a.axis.rawValue)
                w.beginObject()
                w.field("expected", a.expected)
                w.field("scored", a.scored)
                w.key("within")
                w.bool(a.withinTolerance)
                w.key("evidence")
                w.beginArray()
                if !a.withinTolerance {
                    for hit in EvalFormatting.culprits(result, a, limit: evidence) {
                        JSONReporter.writeHit(hit, JSONAxisNames(axes.first { $0.id == a.axis }!), &w)
                    }
                }
                w.endArray()
                w.endObject()
            }
            w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return String(decoding: w.bytes, as: UTF8.self) + "\n"
    }
}

enum EvalJUnit {
    static func render(_ report: EvalReport, axes: [Axis], evidence: Int) -> String {
        let failed = report.cases.filter { !$0.passed }.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"slant eval\" tests=\"\(report.cases.count)\" failures=\"\(failed)\">\n"
        out += "  <testsuite name=\"slant eval\" tests=\"\(report.cases.count)\" failures=\"\(failed)\">\n"
        for result in report.cases {
            out += "    <testcase classname=\"slant.eval\" name=\"\(escape(result.labelCase.id))\""
            if result.passed {
                out += "/>\n"
                continue
            }
            let misses = result.axes.filter { !$0.withinTolerance }
            let message = misses.map { "\($0.axis) expected \(EvalFormatting.signed($0.expected)) scored \(EvalFormatting.signed($0.scored))" }.joined(separator: "; ")
            var detail = ""
            for a in misses {
                for hit in EvalFormatting.culprits(result, a, limit: evidence) { detail += "\(a.axis): " + EvalFormatting.describe(hit) + "\n" }
            }
            out += ">\n      <failure message=\"\(escape(message))\">\(escape(detail))</failure>\n    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    static func escape(_ s: String) -> String { Markup.escape(s) }
}
