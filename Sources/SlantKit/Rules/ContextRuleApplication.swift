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
    /// sentence, and no rival of a trigger list stands nearer the span than the nearest trigger.
    ///
    /// Rivals say whom a judgement is about: in "Putin made a big mistake trying to play Trump",
    /// `mistake*` has the trigger `Trump` (list `administration_refs`) within its window, but the rival
    /// `Putin` (list `administration_refs_rivals`) is as near and stands before it, as a subject does,
    /// so the mistake is not the administration's. On equal distance the actor before the term wins.
    private func fires(_ index: Int, from start: Int32, to end: Int32, in context: RuleContext) -> Bool {
        let compiled = context.lexicon.contextRules[index]
        var nearest = Distance.none
        for list in compiled.triggerLists {
            nearest = min(nearest, distance(list, from: start, to: end, in: context))
        }
        guard nearest.tokens < compiled.rule.window else { return false }
        for list in compiled.rivalLists where distance(list, from: start, to: end, in: context) < nearest { return false }
        return true
    }

    /// How far a marker is from a span: the tokens between them; on a tie, a marker before the span is nearer.
    private struct Distance: Comparable {
        var tokens: Int
        var after: Bool
        static let none = Distance(tokens: .max, after: true)
        static func < (a: Distance, b: Distance) -> Bool { (a.tokens, a.after ? 1 : 0) < (b.tokens, b.after ? 1 : 0) }
    }

    /// The nearest marker of `list` in the span's sentence that does not overlap `start..<end`.
    private func distance(_ list: Int32, from start: Int32, to end: Int32, in context: RuleContext) -> Distance {
        var nearest = Distance.none
        for m in context.markers(list, inSentenceOf: start) where m.end <= start || m.start >= end {
            let before = m.end <= start
            nearest = min(nearest, Distance(tokens: Int(before ? start - m.end : m.start - end), after: !before))
        }
        return nearest
    }
}
