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

    /// Whether a trigger of context rule `index` is within its window of the span `start..<end`, in its
    /// sentence, and no rival of a trigger list stands strictly nearer the span than the nearest trigger.
    ///
    /// Rivals say whom a judgement is about: in "Trump says Putin made a big mistake", `mistake*` has
    /// the trigger `Trump` (list `administration_refs`) within its window, but the rival `Putin` (list
    /// `administration_refs_rivals`) is nearer, so the mistake is not the administration's. On a tie
    /// the trigger wins: in "Putin outmanoeuvred Trump" the judgement is of the one outmanoeuvred.
    private func fires(_ index: Int, from start: Int32, to end: Int32, in context: RuleContext) -> Bool {
        let compiled = context.lexicon.contextRules[index]
        var nearest = Int32.max
        for list in compiled.triggerLists {
            nearest = min(nearest, gap(list, from: start, to: end, in: context))
        }
        guard nearest < Int32(compiled.rule.window) else { return false }
        for list in compiled.rivalLists where gap(list, from: start, to: end, in: context) < nearest { return false }
        return true
    }

    /// Tokens between the span `start..<end` and the nearest marker of `list` in its sentence that
    /// does not overlap it; `Int32.max` when there is none.
    private func gap(_ list: Int32, from start: Int32, to end: Int32, in context: RuleContext) -> Int32 {
        var nearest = Int32.max
        for m in context.markers(list, inSentenceOf: start) where m.end <= start || m.start >= end {
            nearest = min(nearest, m.end <= start ? start - m.end : m.start - end)
        }
        return nearest
    }
}
