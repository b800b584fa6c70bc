/// A modal of advocacy ("should", "must", "it is time to") shortly before a
/// hit, in the same clause, is the writer taking a position, not reporting
/// one: the hit is multiplied by `advocacy.factor`. Straight news rarely does
/// this in its own voice, which is what separates it from opinion.
struct AdvocacyRule: Rule {
    func apply(to hit: inout Hit, in context: RuleContext) {
        let p = context.parameters
        if context.marker(context.lexicon.lists.advocacy, before: hit.tokenStart, window: p.advocacyWindow) != nil {
            hit.scale(by: p.advocacyFactor, "advocated")
        }
    }
}
