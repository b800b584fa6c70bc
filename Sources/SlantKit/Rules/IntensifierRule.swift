/// An intensifier ("massive", "sweeping") shortly before a hit, in the same clause, scales it up.
struct IntensifierRule: Rule {
    func apply(to hit: inout Hit, in context: RuleContext) {
        let p = context.parameters
        if context.marker(context.lexicon.lists.intensifiers, before: hit.tokenStart, window: p.intensifierWindow) != nil {
            hit.scale(by: p.intensifierFactor, "intensified")
        }
    }
}
