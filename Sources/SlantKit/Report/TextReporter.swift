/// The default `slant score` output: a block per input with a bar per axis.
///
///     seeds/000.txt  (1042 tokens)
///       engagement_pressure    engagement [#####|     ] pressure    -0.412  engagement   conf 0.61  hits 12/5
///
/// Failed inputs are reported on stderr by the CLI, not here.
struct TextReporter: Reporter {
    let options: ReportOptions
    static let barHalf = 10

    mutating func begin(_ out: inout OutputBuffer) {}

    func render(_ record: ScoredRecord) -> [UInt8] {
        guard case .scored(let score) = record.outcome else { return [] }
        var out = OutputBuffer()
        out.write("\(record.id)  (\(score.tokens) tokens)\n")
        let idWidth = options.axes.map(\.id.rawValue.count).max() ?? 0
        let negWidth = options.axes.map(\.negative.name.count).max() ?? 0
        let posWidth = options.axes.map(\.positive.name.count).max() ?? 0
        for axis in options.axes {
            guard let s = score.axis(axis.id) else { continue }
            let line = "  " + pad(axis.id.rawValue, idWidth) + "  " + padLeft(axis.negative.name, negWidth)
                + " " + Self.bar(s.score) + " " + pad(axis.positive.name, posWidth)
                + "  " + padLeft(NumberFormat.fixed(s.score, 3), 6) + "  " + pad(s.label, max(negWidth, posWidth, 7))
                + "  conf " + NumberFormat.fixed(s.confidence, 2) + "  hits \(s.negativeHits)/\(s.positiveHits)"
            out.write(line + "\n")
        }
        for warning in record.warnings { out.write("  warning: \(warning)\n") }
        return out.bytes
    }

    mutating func end(_ out: inout OutputBuffer) {}

    /// `[     |###  ]`: filled from the centre toward the side the score leans to.
    static func bar(_ score: Double) -> String {
        let filled = min(barHalf, Int((abs(score) * Double(barHalf)).rounded()))
        let empty = String(repeating: " ", count: barHalf)
        let fill = String(repeating: "#", count: filled)
        let left = score < 0 ? String(repeating: " ", count: barHalf - filled) + fill : empty
        let right = score > 0 ? fill + String(repeating: " ", count: barHalf - filled) : empty
        return "[" + left + "|" + right + "]"
    }

    private func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
    private func padLeft(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
}
