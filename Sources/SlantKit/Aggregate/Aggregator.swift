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
    /// What one axis's hits add up to.
    private struct Tally {
        var positive = 0.0, negative = 0.0
        var positiveHits = 0, negativeHits = 0
    }

    static func aggregate(_ hits: [Hit], axes: [Axis], parameters p: RuleParameters) -> [AxisScore] {
        // One array of tallies, not four arrays: each new array costs more than summing the hits.
        var tally = [Tally](repeating: Tally(), count: axes.count)
        // By index: iterating hits by value copies (and retains) each one.
        for index in hits.indices {
            let v = hits[index].value
            let axis = hits[index].axisIndex
            if v > 0 {
                tally[axis].positive += v
                tally[axis].positiveHits += 1
            } else if v < 0 {
                tally[axis].negative -= v
                tally[axis].negativeHits += 1
            }
        }
        return axes.indices.map { a in
            let P = tally[a].positive
            let N = tally[a].negative
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
                             negativeHits: tally[a].negativeHits, positiveHits: tally[a].positiveHits,
                             negativeMass: N, positiveMass: P)
        }
    }
}
