import Testing
@testable import SlantKit

/// Boundaries the documentation states, checked exactly at the boundary.
struct BoundaryTests {
    /// README: "|score| ≤ score.neutral_band is labelled neutral". With smoothing 1, one
    /// plain hit of weight 1 scores exactly ±1 / (1 + 1) = ±0.5 (representable, no rounding).
    @Test(arguments: [
        ("0.5", "Ukraine needs weapons.", "neutral"), ("0.5", "Ukraine wants diplomacy.", "neutral"),
        ("0.49", "Ukraine needs weapons.", "pressure"), ("0.49", "Ukraine wants diplomacy.", "engagement"),
    ])
    func aScoreOnTheNeutralBandIsNeutral(_ band: String, _ sentence: String, _ label: String) throws {
        let parameters = TestLexicon.parameters.replacingOccurrences(of: "score.neutral_band 0.15", with: "score.neutral_band \(band)")
        let lexicons = try LexiconSet.parse([("axis.lex", TestLexicon.axis), ("lists.lex", TestLexicon.lists), ("parameters.lex", parameters)])
        #expect(lexicons.parameters.neutralBand == Double(band))
        let body = "Paragraph one mentions Ukraine and nothing else of note here today, as expected by all.\n"
        let axis = Classifier(lexicons: lexicons).score(body + sentence).engagementPressure
        #expect(abs(axis.score) == 0.5)
        #expect(axis.label == label, "score \(axis.score), band \(band)")
    }

    /// Lexicons/README.md: an axis line's title and a pole line's summary may be left out;
    /// the title is then the axis id and the summary empty.
    @Test func anAxisWithoutTitleAndPolesWithoutSummariesLoad() throws {
        let axis = "slant-lexicon 1\naxis engagement_pressure\npole - engagement\npole + pressure\n[pole pressure]\nweapons   1\n"
        let set = try TestLexicon.set(axis: axis)
        let loaded = try #require(set.axes.first)
        #expect(loaded.title == "engagement_pressure")
        #expect(loaded.negative.name == "engagement" && loaded.negative.summary == "")
        #expect(loaded.positive.name == "pressure" && loaded.positive.summary == "")
        #expect(Classifier(lexicons: set).score("Ukraine needs weapons.").engagementPressure.label == "pressure")
    }
}
