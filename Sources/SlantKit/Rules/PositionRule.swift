/// The headline and the lead paragraph weigh more: that is where framing is set.
///
/// The headline is the first line when it has at most
/// `position.headline_max_tokens` tokens (or a JSONL `title`). The lead is the
/// first counted paragraph after it with at least `position.lead_min_tokens` tokens.
struct PositionRule: Rule {
    func apply(to hit: inout Hit, in context: RuleContext) {
        let p = context.parameters
        if hit.paragraph == context.document.headline {
            hit.scale(by: p.headlineFactor, "headline")
        } else if hit.paragraph == leadParagraph(context) {
            hit.scale(by: p.leadFactor, "lead")
        }
    }

    private func leadParagraph(_ context: RuleContext) -> Int? {
        let start = context.document.headline.map { $0 + 1 } ?? 0
        let paragraphs = context.document.paragraphs
        return (start..<paragraphs.count).first { index in
            context.relevance[index].counts && paragraphs[index].tokenCount >= context.parameters.leadMinTokens
        }
    }
}
