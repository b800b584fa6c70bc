/// One scoring rule: adjusts a single hit, reading its parameters from the lexicons.
///
/// Rules run in `RuleRegistry.ordered` order, each on every active hit that
/// still carries weight. Every change a rule makes is recorded on the hit as
/// an `AppliedRule`, so `explain` can show it.
protocol Rule: Sendable {
    func apply(to hit: inout Hit, in context: RuleContext)
}

/// The rules, in the order they run. Order matters: relevance first (a dropped
/// paragraph needs no further work), context next (it can give a hit its pole),
/// then the modifiers, position last.
enum RuleRegistry {
    static let ordered: [any Rule] = [
        RelevanceRule(),
        ContextRuleApplication(),
        NegationRule(),
        IntensifierRule(),
        HedgeRule(),
        AdvocacyRule(),
        AttributionRule(),
        QuestionRule(),
        ContrastRule(),
        PositionRule(),
    ]

    static func apply(to hits: inout [Hit], in context: RuleContext) {
        // Through buffers: per hit and rule, an array access and an existential copy cost
        // more than most rules do.
        ordered.withUnsafeBufferPointer { rules in
            hits.withUnsafeMutableBufferPointer { hits in
                for index in hits.indices {
                    for r in rules.indices {
                        rules[r].apply(to: &hits[index], in: context)
                        if !hits[index].isActive || hits[index].factor == 0 { break }
                    }
                }
            }
        }
        hits.removeAll { !$0.isActive }
    }
}
