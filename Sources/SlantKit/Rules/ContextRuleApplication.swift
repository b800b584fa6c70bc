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
            let rule = context.lexicon.contextRules[index]
            if fires(rule, near: hit, in: context) {
                hit.labels = context.lexicon.contextLabels[index]
                hit.side = rule.rule.side
                hit.weight = rule.rule.weight
                hit.applied.append(AppliedRule("context", 1, source: rule.rule.id))
                return
            }
        }
        if terms[Int(hit.termIndex)].base == nil { hit.isActive = false }
    }

    private func fires(_ rule: CompiledLexicon.CompiledContextRule, near hit: Hit, in context: RuleContext) -> Bool {
        let window = Int32(rule.rule.window)
        for list in rule.triggerLists {
            for m in context.markers(list, inSentenceOf: hit.tokenStart) {
                let overlaps = m.start < hit.tokenEnd && m.end > hit.tokenStart
                if overlaps { continue }
                let gap = m.end <= hit.tokenStart ? hit.tokenStart - m.end : m.start - hit.tokenEnd
                if gap < window { return true }
            }
        }
        return false
    }
}
