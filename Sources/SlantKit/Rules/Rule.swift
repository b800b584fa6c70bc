/// One scoring rule: adjusts a single hit, reading its parameters from the lexicons.
///
/// Rules run in `RuleRegistry.ordered` order, each on every active hit that
/// still carries weight. Every change a rule makes is recorded on the hit as
/// an `AppliedRule`, so `explain` can show it.
protocol Rule: Sendable {
    func apply(to hit: inout Hit, in context: RuleContext)
    /// Applies the rule to every hit still in play (active, with a nonzero factor).
    func apply(toHitsInPlay hits: UnsafeMutableBufferPointer<Hit>, in context: RuleContext)
}

extension Rule {
    // One dynamic dispatch per rule and article, then direct calls: dispatching each
    // (hit, rule) pair through the existential cost more than most rules do.
    func apply(toHitsInPlay hits: UnsafeMutableBufferPointer<Hit>, in context: RuleContext) {
        for index in hits.indices where hits[index].isActive && hits[index].factor != 0 {
            apply(to: &hits[index], in: context)
        }
    }
}

/// The rules, in the order they run. Order matters: relevance first (a dropped
/// paragraph needs no further work), context next (it can give a hit its pole),
/// evaluation next (it gives a target its pole, and reads whether advocacy or
/// negation will judge it), then the modifiers, position last.
enum RuleRegistry {
    static let ordered: [any Rule] = [
        RelevanceRule(),
        ContextRuleApplication(),
        EvaluationRule(),
        NegationRule(),
        IntensifierRule(),
        HedgeRule(),
        AdvocacyRule(),
        AttributionRule(),
        QuestionRule(),
        ContrastRule(),
        PositionRule(),
    ]

    /// Runs each rule over the hits, in registry order. A hit leaves play once a rule makes
    /// it inactive or zeroes its factor: later rules skip it. Rules read only their own hit,
    /// so running rule by rule gives each hit the same rules, in the same order, as running
    /// hit by hit would.
    static func apply(to hits: inout [Hit], in context: RuleContext) {
        let kept = hits.withUnsafeMutableBufferPointer { hits in
            for rule in ordered { rule.apply(toHitsInPlay: hits, in: context) }
            // Inactive hits leave, the others keep their order: swaps move hits without
            // copying them (removeAll(where:) copied every hit it moved).
            var kept = 0
            for index in hits.indices where hits[index].isActive {
                hits.swapAt(kept, index)
                kept += 1
            }
            return kept
        }
        hits.removeLast(hits.count - kept)
    }
}
