/// Context rules: a term near a trigger word in the same sentence takes the
/// rule's pole and weight, replacing its own entry.
///
/// Example: `sanction*` near `lift` counts for engagement, near `impose` for
/// pressure. A term with no entry of its own only counts when a rule fires.
/// The first rule (in file order) whose trigger is within its window wins.
struct ContextRuleApplication: Rule {
    func apply(to hit: inout Hit, in context: RuleContext) {
        // Field by field: copying the whole compiled term retains all its strings.
        let terms = context.lexicon.terms
        for index in terms[Int(hit.termIndex)].contextRules {
            // The hit's span, not the hit: passing an inout hit by value copies it.
            if fires(index, from: hit.tokenStart, to: hit.tokenEnd, in: context) {
                let rule = context.lexicon.contextRules[index].rule
                hit.labels = context.lexicon.contextLabels[index]
                hit.side = rule.side
                hit.weight = rule.weight
                hit.record(AppliedRule("context", 1, source: rule.id))
                return
            }
        }
        if terms[Int(hit.termIndex)].base == nil { hit.isActive = false }
    }

    /// Whether a trigger of context rule `index` is within its window of the span `start..<end`, in its sentence.
    private func fires(_ index: Int, from start: Int32, to end: Int32, in context: RuleContext) -> Bool {
        let window = Int32(context.lexicon.contextRules[index].rule.window)
        for list in context.lexicon.contextRules[index].triggerLists {
            for m in context.markers(list, inSentenceOf: start) {
                let overlaps = m.start < end && m.end > start
                if overlaps { continue }
                let gap = m.end <= start ? start - m.end : m.start - end
                if gap < window { return true }
            }
        }
        return false
    }
}
