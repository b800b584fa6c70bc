/// Other people's words weigh less than the author's own voice.
///
/// A hit inside quotation marks is multiplied by `quote.factor`. Otherwise, a
/// hit in a sentence that has an attribution verb ("said", "argued",
/// "according to") is reported speech and is multiplied by `attribution.factor`.
struct AttributionRule: Rule {
    func apply(to hit: inout Hit, in context: RuleContext) {
        let p = context.parameters
        if context.token(hit.tokenStart).quoted {
            hit.scale(by: p.quoteFactor, "quoted")
            return
        }
        let verbs = context.markers(context.lexicon.lists.attribution, inSentenceOf: hit.tokenStart)
        if verbs.contains(where: { $0.end <= hit.tokenStart || $0.start >= hit.tokenEnd }) {
            hit.scale(by: p.attributionFactor, "reported")
        }
    }
}
