/// How two lexicon versions differ on a labelled corpus: per-axis metrics
/// side by side, and every case whose label changes or whose score moves by
/// more than a threshold. The review tool for a lexicon change.
public struct LexiconDiff: Sendable {
    /// One case's score on one axis that changed label or moved more than the threshold.
    public struct Movement: Sendable {
        /// The case's id in the labels file.
        public let caseID: String
        /// The axis that moved.
        public let axis: AxisID
        /// The score with the reference lexicons.
        public let before: Double
        /// The score with the candidate lexicons.
        public let after: Double
        /// The label (a pole name or `neutral`) with the reference lexicons.
        public let labelBefore: String
        /// The label with the candidate lexicons.
        public let labelAfter: String
        /// The hand label, when the case judges this axis.
        public let expected: Double?
        /// How far the score moved: `after - before`.
        public var delta: Double { after - before }
        /// True when the two labels differ.
        public var labelChanged: Bool { labelBefore != labelAfter }
    }

    /// Metrics with the reference lexicons (`before`) and the candidate (`after`).
    public let before: EvalReport
    /// The same cases scored with the candidate lexicons.
    public let after: EvalReport
    /// Every score that changed label or moved by more than `threshold`, largest move first.
    public let movements: [Movement]
    /// A score that moves by more than this (in score units) is listed even when its label
    /// stays the same.
    public let threshold: Double

    /// Scores `cases` with both classifiers. `reference` is the current version, `candidate` the proposed one.
    public init(cases: [LabelCase], reference: Classifier, candidate: Classifier, threshold: Double) {
        before = Evaluator.evaluate(cases, with: reference)
        after = Evaluator.evaluate(cases, with: candidate)
        self.threshold = threshold
        var movements: [Movement] = []
        for (old, new) in zip(before.cases, after.cases) {
            for axisScore in new.score.axes {
                guard let previous = old.score.axis(axisScore.axis) else { continue }
                let m = Movement(caseID: new.labelCase.id, axis: axisScore.axis, before: previous.score, after: axisScore.score,
                                 labelBefore: previous.label, labelAfter: axisScore.label, expected: new.labelCase.expect[axisScore.axis])
                if m.labelChanged || abs(m.delta) > threshold { movements.append(m) }
            }
        }
        self.movements = movements.sorted { (abs($0.delta), $1.caseID) > (abs($1.delta), $0.caseID) }
    }

    /// Terminal report: metric table with deltas, then the moved cases, largest move first.
    public func renderText() -> String {
        var out = "axis                     metric        before     after     delta\n"
        for (b, a) in zip(before.axes, after.axes) {
            for ((name, x), (_, y)) in zip(b.named, a.named) {
                let delta = x.isNaN || y.isNaN ? "undefined" : (y - x >= 0 ? "+" : "") + NumberFormat.fixed(y - x, 3)
                out += b.axis.rawValue.padding(toLength: 25, withPad: " ", startingAt: 0) + name.padding(toLength: 10, withPad: " ", startingAt: 0)
                    + pad(EvalFormatting.number(x)) + pad(EvalFormatting.number(y)) + pad(delta) + "\n"
            }
        }
        let passBefore = before.cases.filter(\.passed).count
        let passAfter = after.cases.filter(\.passed).count
        out += "\ncases passing: \(passBefore) -> \(passAfter) of \(after.cases.count)\n"
        out += "\n\(movements.count) change\(movements.count == 1 ? "" : "s") (label changed or moved more than \(NumberFormat.short(threshold))):\n"
        for m in movements {
            let expected = m.expected.map { "  expected \(EvalFormatting.signed($0))" } ?? ""
            let label = m.labelChanged ? "  \(m.labelBefore) -> \(m.labelAfter)" : ""
            out += "  \(m.caseID)  \(m.axis)  \(EvalFormatting.signed(m.before)) -> \(EvalFormatting.signed(m.after))\(label)\(expected)\n"
        }
        return out
    }

    private func pad(_ s: String) -> String { String(repeating: " ", count: max(0, 10 - s.count)) + s }
}
