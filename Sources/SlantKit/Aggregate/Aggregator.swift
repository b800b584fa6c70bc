import Foundation

/// Turns hits into per-axis scores.
///
/// With P and N an axis's summed contributions toward its second and first
/// pole, D = P − N and M = P + N:
///
///     D'         = D + κ · l · Σ_other (l_j · D_j)          κ = coupling.strength(.AXIS), l = camp.AXIS
///     M'         = M + κ · Σ_other coupled M_j              (D' = D, M' = M on an axis with l = 0
///                                                            or one the text does not address)
///     balance    = D' / (M' + k)                            k = score.smoothing
///     score      = clamp(g · f · balance, -1, 1)            g = calibration.AXIS, f = genre factor
///     confidence = (1 - exp(-M / c)) * (0.5 + 0.5 * |D| / M)     c = confidence.scale
///
/// The balance is a proportion, not a sum pushed through a squashing function,
/// so a long article that argues both sides stays near zero instead of
/// saturating, and k keeps one stray hit from reading as a strong stance.
///
/// Coupling: in this debate the camps argue in bundles (the writer who blames
/// Russia for the war usually wants pressure and values the alliance), so
/// evidence on the other axes is weak evidence on this one, turned by the
/// axes' camp loadings `l` (+1: the axis's second pole is the hawkish camp's;
/// −1: its first; 0: not coupled). κ is the receiving axis's own: `coupling.strength.AXIS`
/// when set, else `coupling.strength`, because how much the camp predicts a stance differs by
/// axis. Confidence and hit counts stay the axis's own.
enum Aggregator {
    /// What one axis's hits add up to.
    private struct Tally {
        var positive = 0.0, negative = 0.0
        var positiveHits = 0, negativeHits = 0
    }

    static func aggregate(_ hits: [Hit], lexicons: LexiconSet, genreFactor: Double, addressed: [Bool]) -> [AxisScore] {
        let axes = lexicons.axes
        let p = lexicons.parameters
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
        let coupled = couple(d: tally.map { $0.positive - $0.negative }, m: tally.map { $0.positive + $0.negative },
                             loadings: lexicons.campLoadings, strengths: lexicons.couplingStrengths, addressed: addressed)
        return axes.indices.map { a in
            let P = tally[a].positive
            let N = tally[a].negative
            let mass = P + N
            let balance = coupled.d[a] / (coupled.m[a] + p.scoreSmoothing)
            let score = calibrated(balance, gain: lexicons.gains[a] * genreFactor)
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
                             negativeMass: N, positiveMass: P, balance: balance, campEvidence: coupled.d[a] - (P - N))
        }
    }

    /// The coupled sums D' and M' of every axis (see the type's documentation).
    /// `strengths` holds each receiving axis's κ.
    static func couple(d: [Double], m: [Double], loadings l: [Double], strengths κ: [Double],
                       addressed: [Bool]) -> (d: [Double], m: [Double]) {
        let signed = zip(l, d).reduce(0) { $0 + $1.0 * $1.1 }
        let mass = zip(l, m).reduce(0) { $0 + ($1.0 != 0 ? $1.1 : 0) }
        var dOut = d, mOut = m
        for a in d.indices where κ[a] != 0 && l[a] != 0 && addressed[a] {
            dOut[a] += κ[a] * l[a] * (signed - l[a] * d[a])
            mOut[a] += κ[a] * (mass - m[a])
        }
        return (dOut, mOut)
    }

    /// The calibrated score: the balance times `gain`, clamped to [-1, 1].
    static func calibrated(_ balance: Double, gain: Double) -> Double {
        min(1, max(-1, gain * balance))
    }
}
