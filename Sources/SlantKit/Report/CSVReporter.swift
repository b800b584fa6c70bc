/// `--format csv`: one row per input, three columns per axis, RFC 4180 quoting.
///
/// Columns: `id,source,tokens`, then one per `--meta` field (its value as text; empty
/// when the record has no such field), then `AXIS_score,AXIS_label,AXIS_confidence`
/// for each axis, then `error`.
struct CSVReporter: Reporter {
    let options: ReportOptions

    mutating func begin(_ out: inout OutputBuffer) {
        var header = ["id", "source", "tokens"] + options.metaFields.map(Self.quote)
        for axis in options.axes {
            header += ["\(axis.id)_score", "\(axis.id)_label", "\(axis.id)_confidence"]
        }
        header.append("error")
        out.write(header.joined(separator: ",") + "\n")
    }

    func render(_ record: ScoredRecord) -> [UInt8] {
        var row = [Self.quote(record.id), Self.quote(record.source)]
        let meta = options.metaFields.map { record.meta[$0].map { Self.quote($0.text) } ?? "" }
        switch record.outcome {
        case .failed(let message):
            row.append("")
            row += meta
            row += Array(repeating: "", count: options.axes.count * 3)
            row.append(Self.quote(message))
        case .scored(let score):
            row.append(String(score.tokens))
            row += meta
            for axis in options.axes {
                let s = score.axis(axis.id)
                row += [s.map { NumberFormat.fixed($0.score) } ?? "", s?.label ?? "", s.map { NumberFormat.fixed($0.confidence) } ?? ""]
            }
            row.append("")
        }
        return Array((row.joined(separator: ",") + "\n").utf8)
    }

    mutating func end(_ out: inout OutputBuffer) {}

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
