/// A negator shortly before a hit, in the same clause, flips or damps it.
///
/// `negation.window` is how many tokens may stand between the negator and the
/// hit; clause punctuation ends the scope. Only the nearest negator counts, so
/// a double negative is not a double flip.
struct NegationRule: Rule {
    func apply(to hit: inout Hit, in context: RuleContext) {
        let p = context.parameters
        if context.marker(context.lexicon.lists.negators, before: hit.tokenStart, window: p.negationWindow) != nil {
            hit.scale(by: p.negationFactor, "negated")
        }
    }
}
