import Foundation
import Testing
@testable import SlantKit

/// The rules with the shipped lexicons do what README's rule table says, at the
/// documented parameter values: each window reaches exactly as far as documented and
/// each rule applies its documented factor (what `slant explain` prints beside a hit).
/// RuleTests check the rules' logic on a test lexicon; these check the shipped numbers
/// and word lists a user reads about.
struct ShippedRuleTests {
    static let classifier = BehaviourTests.classifier
    /// A first line with no hit, so the line under test is not the headline.
    static let headline = "Notes from Kyiv\n"

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        /// The text after `headline` (or the whole text with `ownHeadline`), with the hit under test marked.
        let marked: String
        /// `AppliedRule` descriptions on that hit, in rule order.
        let applied: [String]
        var ownHeadline = false
        var testDescription: String { name }
    }

    static let phrase = "peace through strength"  // [pole pressure], weight 2, no context rule
    /// Twenty plain words, to make lines of a chosen length.
    static let filler = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
    static func words(_ n: Int) -> String { filler.split(separator: " ").prefix(n).joined(separator: " ") }

    static let cases: [Case] = [
        Case(name: "a plain claim: no rule", marked: "Russia fears ⟦\(phrase)⟧.", applied: []),
        // negation.window 1, negation.factor -0.6
        Case(name: "negator just before", marked: "Russia fears no ⟦\(phrase)⟧.", applied: ["negated ×-0.6"]),
        Case(name: "negator 1 word before", marked: "Russia fears not more ⟦\(phrase)⟧.", applied: ["negated ×-0.6"]),
        Case(name: "negator 2 words before governs the verb", marked: "Russia will not fear more ⟦\(phrase)⟧.", applied: []),
        // A complaint that pressure is lacking still argues for pressure.
        Case(name: "a negated verb leaves its object's lean", marked: "The White House has not applied real ⟦pressure on the Kremlin⟧.",
             applied: []),
        // [list negation_exceptions]: a negator opening "not only", "no doubt" ... negates nothing.
        Case(name: "not only is no negation", marked: "Russia fears not only ⟦\(phrase)⟧.", applied: []),
        Case(name: "no doubt 1 word before is no negation", marked: "There is no doubt ⟦\(phrase)⟧ works on Russia.", applied: []),
        Case(name: "no coincidence 1 word before is no negation", marked: "It is no coincidence ⟦\(phrase)⟧ works on Russia.", applied: []),
        Case(name: "never forget is no negation", marked: "Kyiv will never forget ⟦\(phrase)⟧.", applied: []),
        // "cannot afford X" rejects X (evaluations.lex) instead of reversing X's framing.
        Case(name: "cannot afford is no negation of a framing", marked: "America cannot afford ⟦endless aid⟧ to Ukraine.", applied: []),
        Case(name: "cannot afford rejects a target", marked: "America cannot afford ⟦more sanctions⟧ on Russia.",
             applied: ["rejected ×-3"]),
        // intensifier.window 2, intensifier.factor 1.4
        Case(name: "intensifier 2 words before", marked: "Russia fears massive new real ⟦\(phrase)⟧.", applied: ["intensified ×1.4"]),
        Case(name: "intensifier 3 words before", marked: "Russia fears massive new real big ⟦\(phrase)⟧.", applied: []),
        // hedge.window 3, hedge.factor 0.7
        Case(name: "hedge 3 words before", marked: "Perhaps Russia fears more ⟦\(phrase)⟧.", applied: ["hedged ×0.7"]),
        Case(name: "hedge 4 words before", marked: "Perhaps Russia fears much more ⟦\(phrase)⟧.", applied: []),
        // advocacy.window 4, advocacy.factor 1.5
        Case(name: "advocacy 4 words before", marked: "Washington should make Russia fear more ⟦\(phrase)⟧.", applied: ["advocated ×1.5"]),
        Case(name: "advocacy 5 words before", marked: "Washington should make Russia fear much more ⟦\(phrase)⟧.", applied: []),
        // evaluation.window 4, evaluation.factor 3, target.bare 0.25 (`new sanctions` is a [target pressure])
        Case(name: "endorsed 4 words after", marked: "⟦New sanctions⟧ on Russia are now working.", applied: ["endorsed ×3"]),
        Case(name: "endorsement 5 words after: unjudged", marked: "⟦New sanctions⟧ on Russia are now largely working.", applied: ["unevaluated target ×0.25"]),
        Case(name: "rejected", marked: "⟦New sanctions⟧ on Russia have plainly failed.", applied: ["rejected ×-3"]),
        Case(name: "an evaluation in another clause: unjudged", marked: "After ⟦new sanctions⟧, Moscow failed.", applied: ["unevaluated target ×0.25"]),
        Case(name: "failed to, before the target: unjudged", marked: "Washington has failed to impose ⟦new sanctions⟧ on Russia.",
             applied: ["unevaluated target ×0.25"]),
        Case(name: "failed to, after the target: rejected", marked: "⟦New sanctions⟧ on Russia failed to stop the war.", applied: ["rejected ×-3"]),
        // A goal both camps claim ("end the war") is a target: it leans only when judged.
        Case(name: "a shared goal, unjudged", marked: "Kyiv wants to ⟦end the war⟧ soon.", applied: ["unevaluated target ×0.25"]),
        Case(name: "a shared goal, rejected", marked: "Kyiv's plans to ⟦end the war⟧ have failed.", applied: ["rejected ×-3"]),
        // question.factor 0.5
        Case(name: "question", marked: "Does Russia fear ⟦\(phrase)⟧?", applied: ["question ×0.5"]),
        // quote.scare_max_tokens 4, quote.scare_factor -0.5, quote.factor 0.4
        Case(name: "a 4-word quotation is a scare quote", marked: "Russia fears \"⟦\(phrase)⟧ now\" today.", applied: ["scare-quoted ×-0.5"]),
        Case(name: "a 5-word quotation is a quote", marked: "Russia fears \"real ⟦\(phrase)⟧ now\" today.", applied: ["quoted ×0.4"]),
        // attribution.factor 0.7, attribution.distanced 0.3 (attribution_verbs, distancing_sources)
        Case(name: "reported speech", marked: "Officials said Russia fears ⟦\(phrase)⟧.", applied: ["reported ×0.7"]),
        Case(name: "reported speech from critics", marked: "Critics said Russia fears ⟦\(phrase)⟧.", applied: ["reported, distanced ×0.3"]),
        Case(name: "a complaint is reported speech", marked: "Officials complained that Russia fears ⟦\(phrase)⟧.", applied: ["reported ×0.7"]),
        Case(name: "an accusation set up to rebut", marked: "The accusation is that Russia fears ⟦\(phrase)⟧.",
             applied: ["reported, distanced ×0.3"]),
        // An abbreviation does not end the sentence, so "said" still reaches the hit.
        Case(name: "U.S. does not end a sentence", marked: "Officials said the U.S. Treasury wants Russia to fear ⟦\(phrase)⟧.",
             applied: ["reported ×0.7"]),
        // contrast.before 0.7, contrast.after 1.3
        Case(name: "before a contrast", marked: "Russia fears ⟦\(phrase)⟧, but Kyiv waits.", applied: ["before contrast ×0.7"]),
        Case(name: "after a contrast", marked: "Kyiv waits, but Russia fears ⟦\(phrase)⟧.", applied: ["after contrast ×1.3"]),
        // Relevance: boilerplate and end markers.
        Case(name: "a boilerplate paragraph counts 0", marked: "Russia fears ⟦\(phrase)⟧. Subscribe to our newsletter.", applied: ["boilerplate ×0"]),
        Case(name: "after an end marker counts 0", marked: "Russia fears \(phrase).\nAbout the Author\nRussia fears ⟦\(phrase)⟧.",
             applied: ["after end marker ×0"]),
        // position.headline 2, position.headline_max_tokens 25; position.lead 1.5, position.lead_min_tokens 15
        Case(name: "a 25-token first line is the headline", marked: "Russia fears ⟦\(phrase)⟧ and \(words(19))\nRussia waits.",
             applied: ["headline ×2"], ownHeadline: true),
        Case(name: "a 26-token first line is not a headline but the lead", marked: "Russia fears ⟦\(phrase)⟧ and \(words(20))\nRussia waits.",
             applied: ["lead ×1.5"], ownHeadline: true),
        Case(name: "a 15-token paragraph is the lead", marked: "Russia fears ⟦\(phrase)⟧ and \(words(9))", applied: ["lead ×1.5"]),
        Case(name: "a 14-token paragraph is not", marked: "Russia fears ⟦\(phrase)⟧ and \(words(8))", applied: []),
    ]

    @Test(arguments: cases)
    func theRuleAppliesAsDocumented(_ c: Case) throws {
        let marked = MarkedText((c.ownHeadline ? "" : Self.headline) + c.marked)
        let span = try #require(marked.spans.first)
        let hit = try #require(Self.classifier.score(marked.text).hits.first { $0.span.start...($0.span.end - 1) == span },
                               "no hit at the marked span")
        #expect(hit.axis == AxisID("engagement_pressure"))
        #expect(hit.applied.map(\.description) == c.applied)
    }

    /// Who does what to whom decides the pole, read by a shipped context rule or class entry
    /// instead of the word's own entry. Doves call the hawks warmongers (engagement), hawks
    /// call Russia one (pressure); hawks who approve of the president say what Putin got wrong
    /// about him, critics what he got wrong about Putin.
    @Test(arguments: [
        ("the word alone keeps its entry", "engagement_pressure", "Kyiv has heard enough warmongering.", "warmonger*", -1.5),
        ("near Russia it argues for pressure", "engagement_pressure", "Kyiv has heard enough Russian warmongering.", "warmonger*", 1.0),
        ("near Putin too", "engagement_pressure", "Kyiv has heard enough of Putin's warmongering.", "warmonger*", 1.0),
        ("the president misread Putin", "trump_evaluation", "Trump misread Putin, and Kyiv now pays for it.", "misread*", -1.0),
        ("Putin misread the president", "trump_evaluation", "Putin misread Trump, and Russia now pays for it.", "{russia} misread {admin}", 1.0),
    ] as [(String, String, String, String, Double)])
    func whoDoesWhatToWhomDecidesThePole(_ name: String, _ axis: String, _ sentence: String, _ term: String, _ value: Double) throws {
        let hits = Self.classifier.score(Self.headline + sentence).hits.filter { $0.axis == AxisID(axis) }
        #expect(hits.map(\.term) == [term], "\(name)")
        #expect(hits.map(\.value) == [value], "\(name)")
    }

    /// A judgement near the president that someone else earned, or a literal handing, says
    /// nothing about the administration; a victory handed to Putin does.
    @Test(arguments: [
        ("an official's embarrassment is not the president's", "A European official embarrassed himself with a warning to Trump.",
         [], []),
        ("a letter handed over is no gift", "Trump handed Putin a letter from Kyiv.", [], []),
        ("a victory handed over is", "Trump handed Putin a victory in Kyiv.", ["handed {russia} a victory"], [-1.5]),
    ] as [(String, String, [String], [Double])])
    func othersDeedsAndLiteralActsSayNothingOfTheAdministration(_ name: String, _ sentence: String,
                                                                 _ terms: [String], _ values: [Double]) throws {
        let hits = Self.classifier.score(Self.headline + sentence).hits.filter { $0.axis == AxisID("trump_evaluation") && $0.value != 0 }
        #expect(hits.map(\.term) == terms, "\(name)")
        #expect(hits.map(\.value) == values, "\(name)")
    }

    /// The score, label and confidence of a one-hit text, from README's formulas and the
    /// shipped values: calibration.engagement_pressure 1.10, score.smoothing 3,
    /// score.neutral_band 0.15, confidence.scale 6; genre news when at least 0.3 reporting
    /// cues and at most 0.35 voice cues per sentence, then × 0.3.
    @Test(arguments: [
        ("one plain hit, weight 2", "Russia fears peace through strength.", false, 1.10 * 2 / (2 + 3), "pressure", 2.0),
        // 4 sentences (the headline is one): 2 reporting cues, 3 voice cues ("we", "i", "we"): 0.75 > 0.35, not news.
        // 14 words, one short of a lead paragraph.
        ("reported, with the author's voice", "Officials said Russia fears peace through strength. We doubt it. I do, we said.",
         false, 1.10 * 1.4 / (1.4 + 3), "pressure", 1.4),
        // 3 sentences, 2 reporting cues, no voice: news, and its 0.35 lean shrinks into the neutral band.
        ("a report", "Officials said Russia fears peace through strength. Officials said Kyiv waits.",
         true, 0.3 * 1.10 * 1.4 / (1.4 + 3), "neutral", 1.4),
    ] as [(String, String, Bool, Double, String, Double)])
    func scoreLabelAndConfidenceFollowTheFormulas(_ name: String, _ body: String, _ news: Bool, _ score: Double, _ label: String, _ evidence: Double) {
        let result = Self.classifier.score(Self.headline + body)
        let axis = result.engagementPressure
        #expect(result.genre.isNews == news, "\(name): \(result.genre.description)")
        #expect(abs(axis.score - score) < 1e-9, "\(name): scored \(axis.score)")
        #expect(axis.label == label, "\(name)")
        // One hit, so all the evidence agrees: confidence = 1 − e^(−evidence / 6).
        #expect(abs(axis.confidence - (1 - exp(-evidence / 6))) < 1e-9, "\(name): confidence \(axis.confidence)")
    }
}
