/// Metrics for one axis over the cases that judge it.
public struct AxisMetrics: Sendable {
    /// The axis measured.
    public let axis: AxisID
    /// The number of cases that judge the axis.
    public let n: Int
    /// Three-class accuracy: the share of cases whose score falls in the same class as the
    /// label (first pole, neutral, second pole, split by `score.neutral_band`); NaN when `n` is 0.
    public let accuracy: Double
    /// The accuracy of answering "neutral" every time: the floor `accuracy` must clear.
    public let alwaysNeutralAccuracy: Double
    /// Macro-averaged F1 over the three classes, counting the classes that occur in the labels
    /// or the scores; NaN when `n` is 0.
    public let macroF1: Double
    /// Mean absolute difference between score and label (0 to 2); NaN when `n` is 0.
    public let meanAbsoluteError: Double
    /// Spearman's rank correlation of scores with labels; NaN with fewer than two cases or
    /// when either side is constant.
    public let spearman: Double
    /// Krippendorff's α (interval metric), labels and scores as two coders; NaN when there is
    /// no expected disagreement.
    public let alpha: Double
    /// The share of cases scored within their tolerance of the label (0 to 1); NaN when `n` is 0.
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
    /// One judged axis of a case.
    public struct AxisResult: Sendable {
        /// The axis judged.
        public let axis: AxisID
        /// The label's expected score, in [-1, 1].
        public let expected: Double
        /// The score the classifier gave, in [-1, 1].
        public let scored: Double
        /// Whether `scored` is within the case's tolerance of `expected`.
        public let withinTolerance: Bool
    }

    /// The labelled case.
    public let labelCase: LabelCase
    /// The axes the case judges, in lexicon order.
    public let axes: [AxisResult]
    /// The full score of the case's text, with its evidence.
    public let score: ArticleScore
    /// A case passes when every judged axis is within its tolerance.
    public var passed: Bool { axes.allSatisfy(\.withinTolerance) }
}

/// What `slant eval` computed: metrics per axis and the result of every case.
public struct EvalReport: Sendable {
    /// Metrics per axis, in lexicon order.
    public let axes: [AxisMetrics]
    /// Every case, in labels order.
    public let cases: [CaseResult]
    /// The lexicons' `score.neutral_band`, which splits scores and labels into three classes.
    public let neutralBand: Double
}

/// Scores labelled cases and computes the agreement metrics.
public enum Evaluator {
    /// Scores every case with `classifier` and computes each axis's metrics over the cases
    /// that judge it.
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
