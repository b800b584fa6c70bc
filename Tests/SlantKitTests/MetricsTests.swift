import Testing
@testable import SlantKit

/// Each metric against values worked out by hand or published.
struct MetricsTests {
    /// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the
    /// 4-observer, 12-unit example with missing values: interval α = 0.849.
    @Test func krippendorffsOwnWorkedExample() {
        let units: [[Double]] = [
            [1, 1, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
            [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [5, 5, 5], [1, 1], [3],
        ]
        let alpha = Metrics.krippendorffAlphaInterval(units)
        #expect(abs(alpha - 0.849) < 0.0005, "α = \(alpha)")
    }

    @Test func alphaIsOneForPerfectAgreementAndUndefinedWithoutVariation() {
        #expect(Metrics.krippendorffAlphaInterval([[0.5, 0.5], [-0.2, -0.2], [0.9, 0.9]]) == 1)
        #expect(Metrics.krippendorffAlphaInterval([[0.3, 0.3], [0.3, 0.3]]).isNaN)
        #expect(Metrics.krippendorffAlphaInterval([]).isNaN)
    }

    @Test func alphaForTwoCodersByHand() {
        // Values 0,1 / 1,1: n = 4; D_o = (2·1)/4 = 0.5; D_e = (2·3·1)/(4·3) = 0.5 → α = 0.
        #expect(abs(Metrics.krippendorffAlphaInterval([[0, 1], [1, 1]])) < 1e-12)
    }

    @Test func spearmanHandlesTiesWithAverageRanks() {
        #expect(Metrics.ranks([10, 20, 20, 30]) == [1, 2.5, 2.5, 4])
        // Ranks [1,2,3,4] vs [1,2.5,2.5,4]: r = 4.5 / sqrt(5 · 4.5) = 0.948683...
        #expect(abs(Metrics.spearman([1, 2, 3, 4], [1, 2, 2, 3]) - 0.9486832980505138) < 1e-12)
        #expect(Metrics.spearman([1, 2, 3], [3, 2, 1]) == -1)
    }

    @Test func spearmanOfAConstantColumnIsUndefinedNotZero() {
        #expect(Metrics.spearman([0.2, 0.2, 0.2], [0.1, 0.5, 0.9]).isNaN)
        #expect(Metrics.spearman([0.5], [0.5]).isNaN)
    }

    @Test func accuracyMacroF1AndConfusionByHand() {
        let expected = [1, 1, 0, -1]
        let predicted = [1, 0, 0, 1]
        #expect(Metrics.accuracy(expected, predicted) == 0.5)
        // F1: +1 → 2/(2+1+1) = 0.5; 0 → 2/(2+1) = 2/3; −1 → 0. Mean = 0.38888...
        #expect(abs(Metrics.macroF1(expected, predicted) - (0.5 + 2.0 / 3.0) / 3) < 1e-12)
        #expect(Metrics.confusion(expected, predicted) == [[0, 0, 1], [0, 1, 0], [0, 1, 1]])
        #expect(Metrics.accuracy([], []).isNaN)
    }

    @Test func polarityUsesTheNeutralBandInclusively() {
        #expect([-0.5, -0.15, 0, 0.15, 0.16].map { Metrics.polarity($0, band: 0.15) } == [-1, 0, 0, 0, 1])
    }

    @Test func meanAbsoluteError() {
        #expect(Metrics.meanAbsoluteError([0.5, -0.5], [0.25, 0.5]) == 0.625)
    }

    @Test(arguments: [
        ([0.6, -0.2, 0.0, 0.9, -0.7], [0.4, -0.1, 0.2, 0.8, -0.5]),
        ([1, 1, 1], [1, 1, 0.5]),
        ([0.3, -0.3], [-0.3, 0.3]),
    ])
    func twoCoderAlphaEqualsTheGeneralForm(_ a: [Double], _ b: [Double]) {
        let general = Metrics.krippendorffAlphaInterval(zip(a, b).map { [$0, $1] })
        #expect(abs(Metrics.krippendorffAlphaTwoCoders(a, b) - general) < 1e-12)
    }
}
