/// Other people's words weigh less than the author's own voice.
///
/// A hit inside quotation marks is multiplied by `quote.factor`, unless the
/// whole quotation is at most `quote.scare_max_tokens` words: then it is a
/// scare quote, the author holding the words at a distance (the "peace plan",
/// Putin's "special military operation"), and the hit is multiplied by
/// `quote.scare_factor` (negative: it argues the other way). Otherwise, a
/// hit in a sentence that has an attribution verb ("said", "argued",
/// "according to") is reported speech and is multiplied by
/// `attribution.factor`, or by `attribution.distanced` when the sentence also
/// names a distancing source ("critics", "some analysts", "hawks"): that is
/// how a writer sets up the view they are about to reject.
struct AttributionRule: Rule {
    func apply(to hit: inout Hit, in context: RuleContext) {
        let p = context.parameters
        if context.token(hit.tokenStart).quoted {
            if quotationLength(around: hit.tokenStart, hit.tokenEnd, atMost: p.scareMaxTokens, in: context) <= p.scareMaxTokens {
                hit.scale(by: p.scareFactor, "scare-quoted")
            } else {
                hit.scale(by: p.quoteFactor, "quoted")
            }
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

    /// Words in the quotation around `start..<end` (its paragraph's run of quoted tokens),
    /// counted only up to `limit + 1`: all the caller needs to know is whether it is short.
    private func quotationLength(around start: Int32, _ end: Int32, atMost limit: Int, in context: RuleContext) -> Int {
        let paragraph = context.token(start).paragraph
        let count = context.document.tokens.count
        func inQuote(_ i: Int32) -> Bool { context.token(i).quoted && context.token(i).paragraph == paragraph }
        var length = Int(end - start)
        var i = start - 1
        while i >= 0, length <= limit, inQuote(i) { length += 1; i -= 1 }
        var j = end
        while Int(j) < count, length <= limit, inQuote(j) { length += 1; j += 1 }
        return length
    }
}
