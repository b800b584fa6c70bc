/// Metrics for one axis over the cases that judge it.
public struct AxisMetrics: Sendable {
    public let axis: AxisID
    public let n: Int
    public let accuracy: Double
    /// The accuracy of answering "neutral" every time: the floor `accuracy` must clear.
    public let alwaysNeutralAccuracy: Double
    public let macroF1: Double
    public let meanAbsoluteError: Double
    public let spearman: Double
    public let alpha: Double
    public let withinTolerance: Double
    /// Rows expected (first pole, neutral, second pole), columns predicted.
    public let confusion: [[Int]]

    /// The gated metrics by name, in a fixed order. For `mae`, lower is better.
    public var named: [(name: String, value: Double)] {
        [("accuracy", accuracy), ("macro_f1", macroF1), ("mae", meanAbsoluteError), ("spearman", spearman),
         ("alpha", alpha), ("within", withinTolerance)]
    }
}

/// One case: expected vs scored on each judged axis.
public struct CaseResult: Sendable {
    public struct AxisResult: Sendable {
        public let axis: AxisID
        public let expected: Double
        public let scored: Double
        public let withinTolerance: Bool
    }

    public let labelCase: LabelCase
    public let axes: [AxisResult]
    public let score: ArticleScore
    /// A case passes when every judged axis is within its tolerance.
    public var passed: Bool { axes.allSatisfy(\.withinTolerance) }
}

public struct EvalReport: Sendable {
    public let axes: [AxisMetrics]
    public let cases: [CaseResult]
    public let neutralBand: Double
}

/// Scores labelled cases and computes the agreement metrics.
public enum Evaluator {
    public static func evaluate(_ cases: [LabelCase], with classifier: Classifier) -> EvalReport {
        let band = classifier.lexicons.parameters.neutralBand
        let results = cases.map { c -> CaseResult in
            let score = classifier.score(utf8: c.text)
            let axes = classifier.lexicons.axes.compactMap { axis -> CaseResult.AxisResult? in
                guard let expected = c.expect[axis.id], let scored = score.axis(axis.id)?.score else { return nil }
                return CaseResult.AxisResult(axis: axis.id, expected: expected, scored: scored,
                                             withinTolerance: abs(scored - expected) <= c.tolerance + 1e-12)
            }
            return CaseResult(labelCase: c, axes: axes, score: score)
        }
        let metrics = classifier.lexicons.axes.map { axis -> AxisMetrics in
            let pairs = results.flatMap { $0.axes.filter { $0.axis == axis.id } }
            let e = pairs.map(\.expected)
            let s = pairs.map(\.scored)
            let ec = e.map { Metrics.polarity($0, band: band) }
            let sc = s.map { Metrics.polarity($0, band: band) }
            return AxisMetrics(
                axis: axis.id, n: pairs.count, accuracy: Metrics.accuracy(ec, sc),
                alwaysNeutralAccuracy: Metrics.accuracy(ec, ec.map { _ in 0 }), macroF1: Metrics.macroF1(ec, sc),
                meanAbsoluteError: Metrics.meanAbsoluteError(e, s), spearman: Metrics.spearman(e, s),
                alpha: Metrics.krippendorffAlphaInterval(zip(e, s).map { [$0, $1] }),
                withinTolerance: pairs.isEmpty ? .nan : Double(pairs.filter(\.withinTolerance).count) / Double(pairs.count),
                confusion: Metrics.confusion(ec, sc))
        }
        return EvalReport(axes: metrics, cases: results, neutralBand: band)
    }
}
