/// A contrast marker ("but", "however", "yet") shifts weight to the clause after it.
///
/// Every marker in the sentence counts, not only the first: a hit after any
/// marker is multiplied by `contrast.after`; a hit that only has markers after
/// it is multiplied by `contrast.before`.
struct ContrastRule: Rule {
    func apply(to hit: inout Hit, in context: RuleContext) {
        let p = context.parameters
        let markers = context.markers(context.lexicon.lists.contrast, inSentenceOf: hit.tokenStart)
        if markers.contains(where: { $0.end <= hit.tokenStart }) {
            hit.scale(by: p.contrastAfterFactor, "after contrast")
        } else if markers.contains(where: { $0.start >= hit.tokenEnd }) {
            hit.scale(by: p.contrastBeforeFactor, "before contrast")
        }
    }
}
