/// Other people's words weigh less than the author's own voice.
///
/// A hit inside quotation marks is multiplied by `quote.factor`. Otherwise, a
/// hit in a sentence that has an attribution verb ("said", "argued",
/// "according to") is reported speech and is multiplied by
/// `attribution.factor`, or by `attribution.distanced` when the sentence also
/// names a distancing source ("critics", "some analysts", "hawks"): that is
/// how a writer sets up the view they are about to reject.
struct AttributionRule: Rule {
    func apply(to hit: inout Hit, in context: RuleContext) {
        let p = context.parameters
        if context.token(hit.tokenStart).quoted {
            hit.scale(by: p.quoteFactor, "quoted")
            return
        }
        let verbs = context.markers(context.lexicon.lists.attribution, inSentenceOf: hit.tokenStart)
        guard verbs.contains(where: { $0.end <= hit.tokenStart || $0.start >= hit.tokenEnd }) else { return }
        let sources = context.markers(context.lexicon.lists.distancing, inSentenceOf: hit.tokenStart)
        if sources.contains(where: { $0.end <= hit.tokenStart || $0.start >= hit.tokenEnd }) {
            hit.scale(by: p.attributionDistancedFactor, "reported, distanced")
        } else {
            hit.scale(by: p.attributionFactor, "reported")
        }
    }
}
