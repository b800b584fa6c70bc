import Foundation

/// Turns hits into per-axis scores.
///
/// With P and N the summed contributions toward the second and first pole:
///
///     score      = (P - N) / (P + N + k)                 k = score.smoothing
///     confidence = (1 - exp(-(P + N) / c)) * (0.5 + 0.5 * |P - N| / (P + N))
///                                                        c = confidence.scale
///
/// The score is a balance, not a sum pushed through a squashing function, so a
/// long article that argues both sides stays near zero instead of saturating,
/// and k keeps one stray hit from reading as a strong stance.
enum Aggregator {
    static func aggregate(_ hits: [Hit], axes: [Axis], parameters p: RuleParameters) -> [AxisScore] {
        var positive = [Double](repeating: 0, count: axes.count)
        var negative = [Double](repeating: 0, count: axes.count)
        var positiveHits = [Int](repeating: 0, count: axes.count)
        var negativeHits = [Int](repeating: 0, count: axes.count)
        // By index: iterating hits by value copies (and retains) each one.
        for index in hits.indices {
            let v = hits[index].value
            let axis = hits[index].axisIndex
            if v > 0 {
                positive[axis] += v
                positiveHits[axis] += 1
            } else if v < 0 {
                negative[axis] -= v
                negativeHits[axis] += 1
            }
        }
        return axes.indices.map { a in
            let P = positive[a]
            let N = negative[a]
            let mass = P + N
            let score = (P - N) / (mass + p.scoreSmoothing)
            let agreement = mass > 0 ? abs(P - N) / mass : 0
            let confidence = (1 - exp(-mass / p.confidenceScale)) * (0.5 + 0.5 * agreement)
            let label: String
            if score > p.neutralBand {
                label = axes[a].positive.name
            } else if score < -p.neutralBand {
                label = axes[a].negative.name
            } else {
                label = "neutral"
            }
            return AxisScore(axis: axes[a].id, score: score, label: label, confidence: confidence,
                             negativeHits: negativeHits[a], positiveHits: positiveHits[a],
                             negativeMass: N, positiveMass: P)
        }
    }
}
