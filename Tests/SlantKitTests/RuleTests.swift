import Testing
@testable import SlantKit

/// Each rule on a sentence written for it: the marked hit, its sign after the
/// rules, and exactly which rules applied (with the test lexicon's factors).
struct RuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let marked: String
        /// Signed value expected for the single marked hit.
        let value: Double
        let rules: [String]
        var testDescription: String { name }
    }

    static let body = "Paragraph one mentions Ukraine and nothing else of note here today, as expected by all.\n"

    static let cases: [Case] = [
        Case(name: "plain hit", marked: body + "Ukraine needs ⟦weapons⟧ soon.", value: 1, rules: []),
        Case(name: "negation flips", marked: body + "Ukraine does not need ⟦weapons⟧ soon.", value: -0.5, rules: ["negated ×-0.5"]),
        Case(name: "multi-word negator", marked: body + "Ukraine no longer needs ⟦weapons⟧.", value: -0.5, rules: ["negated ×-0.5"]),
        Case(name: "negation stops at a comma", marked: body + "Not now, Ukraine needs ⟦weapons⟧.", value: 1, rules: []),
        Case(name: "negation out of window", marked: body + "Not for Ukraine in any real sense ⟦weapons⟧.", value: 1, rules: []),
        Case(name: "intensifier scales up", marked: body + "Ukraine wants massive ⟦weapons⟧ deliveries.", value: 1.5, rules: ["intensified ×1.5"]),
        Case(name: "hedge damps", marked: body + "Ukraine perhaps needs ⟦weapons⟧.", value: 0.5, rules: ["hedged ×0.5"]),
        Case(name: "multi-word hedge", marked: body + "Some argue Ukraine needs ⟦weapons⟧.", value: 0.5, rules: ["hedged ×0.5"]),
        Case(name: "advocacy modal scales up", marked: body + "Washington should send ⟦weapons⟧ to Ukraine.", value: 1.75, rules: ["advocated ×1.75"]),
        Case(name: "multi-word advocacy marker", marked: body + "It is time to ⟦negotiate⟧ with Ukraine.", value: -1.75, rules: ["advocated ×1.75"]),
        Case(name: "advocacy stops at a comma", marked: body + "We must wait, Ukraine has ⟦weapons⟧.", value: 1, rules: []),
        Case(name: "question damps", marked: body + "Does Ukraine need ⟦weapons⟧? Nobody knows.", value: 0.5, rules: ["question ×0.5"]),
        Case(name: "negated advocacy argues the other way, firmly", marked: body + "Ukraine should not get ⟦weapons⟧.", value: -0.875, rules: ["negated ×-0.5", "advocated ×1.75"]),
        Case(name: "context rule overrides pole", marked: body + "Ukraine hopes to lift ⟦sanctions⟧ later.", value: -1.5, rules: ["context ×1"]),
        Case(name: "context term alone does not count when no rule fires", marked: body + "Ukraine got aid.", value: 0, rules: []),
        Case(name: "context-only term counts when its rule fires", marked: body + "Ukraine saw a halt in ⟦aid⟧.", value: -1, rules: ["context ×1"]),
        Case(name: "quote discount", marked: body + "Ukraine's envoy: “we need ⟦weapons⟧ now”.", value: 0.25, rules: ["quoted ×0.25"]),
        Case(name: "a scare quote flips, damped", marked: body + "Ukraine calls these “⟦weapons⟧” toys.", value: -0.5, rules: ["scare-quoted ×-0.5"]),
        Case(name: "a three-word quotation is still a scare quote", marked: body + "Ukraine got “more ⟦weapons⟧ soon” again.", value: -0.5,
             rules: ["scare-quoted ×-0.5"]),
        Case(name: "reported speech discount", marked: body + "Ukraine needs ⟦weapons⟧, the minister said.", value: 0.75, rules: ["reported ×0.75"]),
        Case(name: "reported speech of a distancing source counts little", marked: body + "Critics said Ukraine needs ⟦weapons⟧.", value: 0.25, rules: ["reported, distanced ×0.25"]),
        Case(name: "clause after contrast weighs more", marked: body + "Talks matter for Ukraine, but ⟦weapons⟧ matter more.", value: 2, rules: ["after contrast ×2"]),
        Case(name: "clause before contrast weighs less", marked: body + "Ukraine has ⟦weapons⟧, but it is tired.", value: 0.5, rules: ["before contrast ×0.5"]),
        Case(name: "headline weighs more", marked: "Ukraine needs ⟦weapons⟧\n" + body, value: 3, rules: ["headline ×3"]),
        Case(name: "lead weighs more", marked: "Ukraine update\nUkraine says it needs ⟦weapons⟧ this winter, officials confirmed today.\n" + body,
             value: 1.25, rules: ["lead ×1.25"]),
        Case(name: "boilerplate paragraph counts zero", marked: body + "Subscribe to our newsletter for Ukraine ⟦weapons⟧ news.\n" + body,
             value: 0, rules: ["boilerplate ×0"]),
        Case(name: "off-topic teaser at the end counts zero", marked: body + "Venezuela faces new ⟦weapons⟧ checks.", value: 0, rules: ["off-topic ×0"]),
        Case(name: "unanchored paragraph between anchored ones counts",
             marked: body + "Officials want ⟦weapons⟧ shipped.\n" + body, value: 1, rules: []),
        // Targets (`tariffs` → pressure, `ceasefire` → engagement) take their direction from the evaluation.
        Case(name: "endorsed target keeps its pole", marked: body + "The ⟦tariffs⟧ on Russia are working.", value: 2, rules: ["endorsed ×2"]),
        Case(name: "rejected target flips", marked: body + "The ⟦tariffs⟧ on Russia backfired.", value: -2, rules: ["rejected ×-2"]),
        Case(name: "negated endorsement rejects", marked: body + "The ⟦tariffs⟧ on Russia are not working.", value: -2, rules: ["rejected ×-2"]),
        Case(name: "evaluation before the target", marked: body + "A reckless ⟦ceasefire⟧ helps Russia.", value: 2, rules: ["rejected ×-2"]),
        Case(name: "nearest evaluation wins, the later on a tie", marked: body + "Wise ⟦tariffs⟧ failed Ukraine.", value: -2, rules: ["rejected ×-2"]),
        Case(name: "a nearer evaluation before the target beats a later one", marked: body + "A reckless ⟦ceasefire⟧ in Ukraine is working.", value: 2,
             rules: ["rejected ×-2"]),
        Case(name: "evaluation beyond the window leaves a bare target",
             marked: body + "The ⟦tariffs⟧ Ukraine asked for last spring are working.", value: 0.5, rules: ["unevaluated target ×0.5"]),
        Case(name: "evaluation in another sentence does not count", marked: body + "Ukraine wants ⟦tariffs⟧. That failed.", value: 0.5,
             rules: ["unevaluated target ×0.5"]),
        Case(name: "advocacy judges a bare target", marked: body + "Ukraine should impose ⟦tariffs⟧ now.", value: 1.75, rules: ["advocated ×1.75"]),
        Case(name: "negation judges a bare target", marked: body + "Ukraine wants no ⟦tariffs⟧ now.", value: -0.5, rules: ["negated ×-0.5"]),
        Case(name: "a plain entry ignores evaluations", marked: body + "Ukraine says the ⟦weapons⟧ are working.", value: 1, rules: []),
        Case(name: "after end marker counts zero", marked: body + "About the Author\nShe covers Ukraine and ⟦weapons⟧.", value: 0, rules: ["after end marker ×0"]),
        Case(name: "an end marker above the article is a page header, not its end",
             marked: "Most Read\n" + body + "Officials in Ukraine want ⟦weapons⟧ shipped.", value: 1, rules: []),
        Case(name: "an end marker opening the first anchored paragraph is a page header too",
             marked: "About the author: a Ukraine desk.\n" + body + "Officials in Ukraine want ⟦weapons⟧ shipped.", value: 1, rules: []),
    ]

    @Test(arguments: cases)
    func ruleAppliesToTheMarkedHit(_ c: Case) throws {
        let marked = MarkedText(c.marked)
        let score = try TestLexicon.classifier().score(marked.text)
        let hits = score.hits.filter { marked.spans.contains($0.span.start...($0.span.end - 1)) }
        #expect(hits.count == marked.spans.count)
        #expect(score.hits.count == marked.spans.count, "unexpected extra hits: \(score.hits.map(\.term))")
        if let hit = hits.first {
            #expect(abs(hit.value - c.value) < 1e-9, "value \(hit.value)")
            #expect(hit.applied.map(\.description) == c.rules)
        }
    }

    @Test func onlyTheNearestNegatorCounts() throws {
        let score = try TestLexicon.classifier().score(Self.body + "Ukraine never wants no weapons.")
        #expect(score.hits.map(\.value) == [-0.5])
    }

    @Test func everyContrastMarkerCountsNotJustTheFirst() throws {
        let text = Self.body + "Ukraine wants talks, but Kyiv wants weapons, however it also wants diplomacy."
        let hits = try TestLexicon.classifier().score(text).hits
        #expect(hits.map(\.term) == ["weapons", "diplomacy"])
        #expect(hits.map { $0.applied.map(\.description) } == [["after contrast ×2"], ["after contrast ×2"]])
    }

    @Test func explainNamesTheWordsThatEvaluatedATarget() throws {
        let text = Self.body + "The tariffs on Russia backfired."
        let explanation = Explanation(source: "-", text: Array(text.utf8), classifier: try TestLexicon.classifier())
        let hit = try #require(explanation.hits.first { $0.term == "tariffs" })
        #expect(hit.applied.map(explanation.describe) == ["rejected ×-2 by \"backfired\""])
    }
}
