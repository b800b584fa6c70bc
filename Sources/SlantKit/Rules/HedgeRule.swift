/// A hedge ("perhaps", "may", "some argue") shortly before a hit, in the same clause, scales it down.
struct HedgeRule: Rule {
    func apply(to hit: inout Hit, in context: RuleContext) {
        let p = context.parameters
        if context.marker(context.lexicon.lists.hedges, before: hit.tokenStart, window: p.hedgeWindow) != nil {
            hit.scale(by: p.hedgeFactor, "hedged")
        }
    }
}
