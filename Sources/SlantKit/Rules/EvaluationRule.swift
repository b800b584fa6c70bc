/// A target takes its direction from the evaluation applied to it.
///
/// Both sides of this debate write "new sanctions", "talks" and "NATO"; what
/// separates them is how the author judges the thing. A target hit
/// (`[target POLE]`, see `Entry`) looks for the nearest `endorsements` or
/// `rejections` marker within `evaluation.window` tokens on either side, in
/// its clause:
///
///     "the sanctions are working"       endorsed ×evaluation.factor   → pressure
///     "the sanctions backfired"         rejected ×-evaluation.factor  → engagement
///     "the sanctions are not working"   the evaluation is negated, so rejected
///     "has failed to impose sanctions"  skipped: "to" (evaluation_complements) makes
///                                       it judge the failure to act, not the sanctions
///
/// Another clause is another claim: in "after the first round of talks, Trump
/// has surrendered" the surrender is not the talks'.
///
/// A target that nothing evaluates keeps its pole only when an advocacy
/// modal or a negator before it will judge it (those rules run next);
/// otherwise it is a bare mention and weighs `target.bare` of its weight.
/// A context rule that already gave the hit its pole decides instead.
struct EvaluationRule: Rule {
    func apply(to hit: inout Hit, in context: RuleContext) {
        guard context.lexicon.terms[Int(hit.termIndex)].base?.isTarget == true, hit.applied.isEmpty else { return }
        let p = context.parameters
        let lists = context.lexicon.lists
        if let (marker, endorses) = nearestEvaluation(to: hit.tokenStart, hit.tokenEnd, window: p.evaluationWindow, in: context) {
            let negated = context.marker(lists.negators, before: marker.start, window: p.negationWindow) != nil
            let endorsed = endorses != negated
            let span = ByteSpan(start: Int(context.token(marker.start).start), end: Int(context.token(marker.end - 1).end))
            hit.scale(by: endorsed ? p.evaluationFactor : -p.evaluationFactor, endorsed ? "endorsed" : "rejected", evidence: span)
            return
        }
        if context.marker(lists.advocacy, before: hit.tokenStart, window: p.advocacyWindow) != nil { return }
        if context.marker(lists.negators, before: hit.tokenStart, window: p.negationWindow) != nil { return }
        hit.scale(by: p.targetBareFactor, "unevaluated target")
    }

    /// The evaluation marker closest to the span `start..<end` in its clause, within
    /// `window` tokens, and whether it endorses; on a tie, the one after the target.
    private func nearestEvaluation(to start: Int32, _ end: Int32, window: Int, in context: RuleContext) -> (MarkerMatch, Bool)? {
        var best: (marker: MarkerMatch, endorses: Bool, gap: Int32)?
        let clause = context.token(start).clause
        for (list, endorses) in [(context.lexicon.lists.endorsements, true), (context.lexicon.lists.rejections, false)] {
            for m in context.markers(list, inSentenceOf: start) where (m.end <= start || m.start >= end) && context.token(m.start).clause == clause {
                if m.end <= start, introducesAnAct(m, in: context) { continue }
                let gap = m.end <= start ? start - m.end : m.start - end
                guard gap <= Int32(window) else { continue }
                if let b = best, b.gap < gap || (b.gap == gap && b.marker.start > m.start) { continue }
                best = (m, endorses, gap)
            }
        }
        return best.map { ($0.marker, $0.endorses) }
    }

    /// Whether an `evaluation_complements` word ("to") follows the marker at once: "has
    /// failed to impose sanctions" judges the failure to act, not the sanctions.
    private func introducesAnAct(_ marker: MarkerMatch, in context: RuleContext) -> Bool {
        guard let list = context.lexicon.lists.evaluationComplements else { return false }
        return context.markers(list, inSentenceOf: marker.start).contains { $0.start == marker.end }
    }
}
