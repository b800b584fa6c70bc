import Testing
@testable import SlantKit

/// CheckList minimum-functionality sentences on the shipped lexicons, one phrase or
/// context rule at a time: each sentence is one a reader labels without hesitation, and
/// the phrase named beside it is what decides its label. They were written for the
/// phrases whose pole no other test checked (the mutation tests flipped them and the
/// suite still passed; see Tests/Mutation/REPORT.md).
struct PhraseTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let axis: String
        let label: String
        /// The term of the entry or context rule that decides the label: the sentence's
        /// strongest evidence on the axis.
        let term: String
        /// How it applies, when not as a plain entry.
        var rule = ""
        let sentence: String
        var testDescription: String { "\(axis) \(label) by \(term): \(sentence)" }
    }

    static let cases: [Case] = [
        // engagement_pressure
        Case(axis: "engagement_pressure", label: "engagement", term: "end the conflict",
             sentence: "Washington should work with Moscow to end the conflict in Ukraine."),
        Case(axis: "engagement_pressure", label: "pressure", term: "raise the cost",
             sentence: "The West must raise the cost of Russia's war until Putin stops."),
        Case(axis: "engagement_pressure", label: "pressure", term: "war machine",
             sentence: "Every barrel Europe buys feeds the Russian war machine."),
        Case(axis: "engagement_pressure", label: "pressure", term: "stand with {ukraine}", sentence: "America must stand with Ukraine."),
        Case(axis: "engagement_pressure", label: "pressure", term: "additional sanctions", rule: "a [target], endorsed",
             sentence: "Additional sanctions on Russia are working."),
        Case(axis: "engagement_pressure", label: "engagement", term: "risk* nuclear war",
             sentence: "Sending long-range missiles to Ukraine risks nuclear war with Russia."),
        Case(axis: "engagement_pressure", label: "engagement", term: "limited interests",
             sentence: "America has only limited interests in Ukraine's borders with Russia."),
        Case(axis: "engagement_pressure", label: "engagement", term: "return* frozen assets",
             sentence: "Washington should return frozen assets to Russia."),
        Case(axis: "engagement_pressure", label: "pressure", term: "starve {russia} of",
             sentence: "The West must starve Russia of the money for its war."),
        Case(axis: "engagement_pressure", label: "pressure", term: "prepare for war", sentence: "Europe must prepare for war with Russia."),
        Case(axis: "engagement_pressure", label: "pressure", term: "{russia} a lifeline", sentence: "Any deal now would throw Russia a lifeline."),
        Case(axis: "engagement_pressure", label: "pressure", term: "pressure", rule: "context rule, trigger ramp*",
             sentence: "Washington must ramp up the pressure until Russia stops."),
        Case(axis: "engagement_pressure", label: "pressure", term: "sanction*", rule: "context rule, trigger @tighten_words",
             sentence: "Washington will tighten sanctions on Russia."),
        Case(axis: "engagement_pressure", label: "engagement", term: "sanction*", rule: "context rule, trigger @sanction_failure 5 words on (beyond the evaluation window)",
             sentence: "Sanctions on Russia have now proved futile."),
        Case(axis: "engagement_pressure", label: "engagement", term: "weapons", rule: "context rule, trigger @halt_verbs",
             sentence: "Washington should halt weapons deliveries to Ukraine."),
        // nato_skeptic_alliance
        Case(axis: "nato_skeptic_alliance", label: "skeptic", term: "pay their dues",
             sentence: "Rich Europeans should pay their dues instead of leaning on NATO."),
        Case(axis: "nato_skeptic_alliance", label: "skeptic", term: "obstacle to peace", sentence: "NATO has become an obstacle to peace with Russia."),
        Case(axis: "nato_skeptic_alliance", label: "skeptic", term: "global policeman", sentence: "NATO has made America the global policeman of Europe."),
        Case(axis: "nato_skeptic_alliance", label: "alliance", term: "deterrence posture",
             sentence: "Europe must strengthen its deterrence posture against Russia."),
        Case(axis: "nato_skeptic_alliance", label: "alliance", term: "transatlantic ties", sentence: "Strong transatlantic ties keep Russia in check."),
        Case(axis: "nato_skeptic_alliance", label: "alliance", term: "free world", sentence: "NATO defends the free world against Russia."),
        Case(axis: "nato_skeptic_alliance", label: "skeptic", term: "zombie alliance", sentence: "NATO is a zombie alliance that Russia no longer fears."),
        Case(axis: "nato_skeptic_alliance", label: "skeptic", term: "defence spending", rule: "context rule, trigger fall* short",
             sentence: "Most NATO members' defence spending falls short of the target."),
        Case(axis: "engagement_pressure", label: "pressure", term: "confiscat*",
             sentence: "Europe should confiscate Russia's frozen assets and give them to Ukraine."),
        Case(axis: "engagement_pressure", label: "pressure", term: "defeat {russia}", sentence: "The West must help Ukraine defeat Putin on the battlefield."),
        Case(axis: "engagement_pressure", label: "pressure", term: "{russia}'s defeat", sentence: "Peace in Ukraine needs Russia's defeat."),
        Case(axis: "engagement_pressure", label: "pressure", term: "only respects", sentence: "Putin only respects force, so Ukraine needs more."),
        Case(axis: "engagement_pressure", label: "pressure", term: "cripple {russia}",
             sentence: "Only a West that moves to cripple Russia's economy will stop the war."),
        Case(axis: "engagement_pressure", label: "engagement", term: "diminishing returns",
             sentence: "More aid to Ukraine now brings diminishing returns."),
        Case(axis: "nato_skeptic_alliance", label: "alliance", term: "transatlantic trust",
             sentence: "NATO must rebuild transatlantic trust with Europe."),
        Case(axis: "nato_skeptic_alliance", label: "skeptic", term: "proxy war against {russia}",
             sentence: "The alliance runs a proxy war against Russia with Ukrainian lives."),
        Case(axis: "nato_skeptic_alliance", label: "skeptic", term: "to {russia}'s border*",
             sentence: "The alliance kept moving its bases up to Russia's borders."),
        Case(axis: "nato_skeptic_alliance", label: "skeptic", term: "bogeym*",
             sentence: "Brussels needs a Russian bogeyman to justify its budgets."),
        Case(axis: "nato_skeptic_alliance", label: "alliance", term: "transatlantic community",
             sentence: "The transatlantic community must hold together against Moscow."),
        Case(axis: "nato_skeptic_alliance", label: "alliance", term: "{russia}'s dream",
             sentence: "A weak and quarrelling NATO is Putin's dream come true."),
        // trump_evaluation
        Case(axis: "trump_evaluation", label: "critical", term: "embolden* putin", sentence: "Trump's concessions only embolden Putin."),
        Case(axis: "trump_evaluation", label: "approving", term: "promise kept", sentence: "Trump's peace push with Russia is a promise kept."),
        Case(axis: "trump_evaluation", label: "approving", term: "russiagate",
             sentence: "After years of the Russiagate hoax, Trump is finally talking to Putin."),
        Case(axis: "trump_evaluation", label: "approving", term: "hand wringing",
             sentence: "The hand wringing over Trump's call with Putin is overblown."),
        Case(axis: "trump_evaluation", label: "critical", term: "{admin}'s affinity for {russia}", sentence: "Trump's affinity for Russia worries Kyiv."),
        Case(axis: "trump_evaluation", label: "approving", term: "{admin}'s triumph", sentence: "The ceasefire in Ukraine is Trump's triumph."),
        Case(axis: "trump_evaluation", label: "approving", term: "disastrous exit",
             sentence: "After the disastrous exit from Kabul, Putin saw weakness."),
        Case(axis: "trump_evaluation", label: "critical", term: "propaganda coup", sentence: "The summit was a propaganda coup for Putin."),
        Case(axis: "trump_evaluation", label: "critical", term: "outmanoeuvr*", rule: "context rule, trigger @administration_refs",
             sentence: "Putin outmanoeuvred Trump again."),
        Case(axis: "trump_evaluation", label: "critical", term: "caved", rule: "context rule, trigger @pronoun_refs",
             sentence: "When Putin pushed on Ukraine, he caved."),
        Case(axis: "trump_evaluation", label: "critical", term: "ignoran*", rule: "context rule, trigger @administration_refs",
             sentence: "Trump's ignorance of Ukraine's history shows."),
        Case(axis: "trump_evaluation", label: "approving", term: "realistic", rule: "context rule, trigger @administration_refs",
             sentence: "Trump's plan for Ukraine is realistic."),
        Case(axis: "trump_evaluation", label: "approving", term: "prudent", rule: "context rule, trigger @administration_refs",
             sentence: "Trump's prudent restraint with Russia makes sense."),
        Case(axis: "trump_evaluation", label: "critical", term: "russian wish list",
             sentence: "The peace plan for Ukraine reads like a Russian wish list."),
        Case(axis: "trump_evaluation", label: "critical", term: "russian wishlist", sentence: "The deal for Ukraine is a Russian wishlist."),
        Case(axis: "trump_evaluation", label: "approving", term: "biden slow walk*",
             sentence: "Biden slow walked every weapon Kyiv needed; that era is over."),
        Case(axis: "trump_evaluation", label: "critical", term: "switching sides",
             sentence: "By switching sides on Ukraine, the White House lets Moscow win."),
        Case(axis: "trump_evaluation", label: "critical", term: "surrender document",
             sentence: "Trump's peace plan for Ukraine is a surrender document."),
        Case(axis: "trump_evaluation", label: "critical", term: "echo* russian",
             sentence: "The White House keeps echoing Russian claims about Ukraine."),
        Case(axis: "trump_evaluation", label: "critical", term: "coach* {russia}",
             sentence: "The envoy coached Moscow on how to sell its demands on Ukraine."),
        Case(axis: "trump_evaluation", label: "critical", term: "disinformation space",
             sentence: "On Ukraine the president lives in a disinformation space."),
        Case(axis: "trump_evaluation", label: "critical", term: "extort*", rule: "context rule, trigger @administration_refs",
             sentence: "Trump's minerals demand on Ukraine is extortion."),
        Case(axis: "trump_evaluation", label: "critical", term: "inexperience*", rule: "context rule, trigger @administration_refs",
             sentence: "Witkoff's inexperience shows in every round of the Ukraine talks."),
        Case(axis: "trump_evaluation", label: "approving", term: "{admin} is correct",
             sentence: "Trump is correct to push for an end to the war in Ukraine."),
        Case(axis: "trump_evaluation", label: "approving", term: "statesman*", rule: "context rule, trigger @administration_refs",
             sentence: "On Ukraine Trump acted as a statesman."),
        Case(axis: "trump_evaluation", label: "approving", term: "new sheriff in town",
             sentence: "With this president there is a new sheriff in town for Putin."),
        Case(axis: "trump_evaluation", label: "approving", term: "foreign policy class",
             sentence: "The foreign policy class sneers at every Trump move on Ukraine."),
        Case(axis: "trump_evaluation", label: "approving", term: "putting america first",
             sentence: "On Ukraine the president is putting America first."),
        Case(axis: "trump_evaluation", label: "approving", term: "without his leadership",
             sentence: "Without his leadership there would be no ceasefire in Ukraine."),
        Case(axis: "trump_evaluation", label: "approving", term: "diplomatic success",
             sentence: "Whatever the pundits say, Trump's meeting on Ukraine was a diplomatic success."),
        Case(axis: "trump_evaluation", label: "critical", term: "diplomatic success for {russia}",
             sentence: "Trump's meeting on Ukraine was a diplomatic success for Putin."),
        // Not paying is the burden grievance itself: negation must not turn it into alliance.
        Case(axis: "nato_skeptic_alliance", label: "skeptic", term: "{negators} pay their fair share",
             sentence: "For decades the Europeans did not pay their fair share of NATO's costs."),
        Case(axis: "nato_skeptic_alliance", label: "skeptic", term: "{negators} pay its fair share",
             sentence: "Germany still doesn't pay its fair share for NATO."),
        Case(axis: "nato_skeptic_alliance", label: "skeptic", term: "{negators} pull* their weight",
             sentence: "Most NATO members were not pulling their weight."),
        Case(axis: "nato_skeptic_alliance", label: "skeptic", term: "russian threat", rule: "context rule: the threat called inflated",
             sentence: "The Russian threat to NATO is a myth invented to sell weapons."),
        Case(axis: "nato_skeptic_alliance", label: "alliance", term: "russian threat", rule: "context rule: the threat called real",
             sentence: "The Russian threat to NATO is real and growing."),
        Case(axis: "nato_skeptic_alliance", label: "skeptic", term: "scaremonger*",
             sentence: "Europe's leaders are scaremongering about a Russian attack on NATO."),
        // war_responsibility
        Case(axis: "war_responsibility", label: "aggression", term: "accountab*", sentence: "Russia must face accountability."),
        Case(axis: "war_responsibility", label: "provoked", term: "western curators",
             sentence: "Kyiv's Western curators dragged Ukraine into this war with Russia."),
        Case(axis: "war_responsibility", label: "aggression", term: "never threatened russia", sentence: "NATO never threatened Russia."),
        Case(axis: "war_responsibility", label: "aggression", term: "naked aggression", sentence: "Russia's war on Ukraine is naked aggression."),
        Case(axis: "war_responsibility", label: "aggression", term: "subjugat*", sentence: "Putin wants to subjugate Ukraine."),
    ]

    @Test(arguments: cases)
    func thePhraseDecidesTheLabel(_ c: Case) throws {
        let score = BehaviourTests.classifier.score(c.sentence)
        let axis = try #require(score.axis(AxisID(c.axis)))
        #expect(axis.label == c.label, "scored \(axis.score)")
        #expect(score.topEvidence(axis.axis, limit: 1).map(\.term) == [c.term], "\(c.rule)")
    }
}
