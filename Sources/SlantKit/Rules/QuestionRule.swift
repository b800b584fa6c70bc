/// A hit in a question is not asserted: "Is Trump letting Putin off the hook?"
/// raises the claim to dispute it as often as to make it, so it counts less.
struct QuestionRule: Rule {
    func apply(to hit: inout Hit, in context: RuleContext) {
        if context.document.questions.contains(context.token(hit.tokenStart).sentence) {
            hit.scale(by: context.parameters.questionFactor, "question")
        }
    }
}
