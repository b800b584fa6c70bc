/// The lexicon set compiled for scoring: the automaton plus the tables the rules read.
///
/// A class, immutable: every article's rule context shares it, and copying a struct of
/// two dozen arrays into each context cost a retain and a release per array per article.
final class CompiledLexicon: Sendable {
    /// The base pole and weight of a term that is a lexicon entry.
    struct Base: Sendable {
        let side: PoleSide
        let weight: Double
        let id: EntryID
        /// A target takes its direction from the evaluation applied to it (`EvaluationRule`).
        let isTarget: Bool
    }

    /// One distinct (axis, term) pair: an entry, a context-rule term, or both.
    struct CompiledTerm: Sendable {
        let axis: Int
        let term: Term
        let base: Base?
        /// Context rules for this term, in file order.
        let contextRules: [Int]
        /// Tie-break between equal-length matches: fewer wildcards, then earlier in the files.
        let rank: Int
    }

    /// A list named `X` + this suffix holds the rivals of trigger list `X`.
    static let rivalsSuffix = "_rivals"

    struct CompiledContextRule: Sendable {
        let rule: ContextRule
        let axis: Int
        let triggerLists: [Int32]
        /// For each trigger list `X` that has a list `X_rivals`: that list. A rival nearer the
        /// term than every trigger keeps the rule from firing (see `ContextRuleApplication`).
        let rivalLists: [Int32]
    }

    /// Marker lists the rules read, by role.
    struct RuleLists: Sendable {
        let negators: Int32
        let intensifiers: Int32
        let hedges: Int32
        let advocacy: Int32
        let attribution: Int32
        let distancing: Int32
        let contrast: Int32
        let endorsements: Int32
        let rejections: Int32
        let reporting: Int32
        let voice: Int32
        let boilerplate: Int32
        let endMarkers: Int32
        let anchors: Int32
        /// `[list negation_exceptions]`, if the lexicons have one: idioms that open with a negator
        /// but do not negate ("not only", "no doubt"); see `Matcher.dropExceptedNegators`.
        let negationExceptions: Int32?
        /// `[list evaluation_complements]`, if the lexicons have one: words after which an
        /// evaluation judges the act they introduce ("failed to"); see `EvaluationRule`.
        let evaluationComplements: Int32?
    }

    let lexicons: LexiconSet
    let automaton: Automaton
    let terms: [CompiledTerm]
    /// Each term's axis and rank, apart from `terms`: the matcher reads them for every
    /// candidate, and reading a `CompiledTerm` copies (and retains) its strings.
    let termAxis: [Int]
    let termRank: [Int]
    let contextRules: [CompiledContextRule]
    /// What a hit of each term reports before rules (its entry, or its first context rule
    /// when it has no entry), and after each context rule fires (that rule).
    let termLabels: [HitLabels]
    let contextLabels: [HitLabels]
    let markerListCount: Int
    let lists: RuleLists
    /// Per axis, the `addressed_AXIS` list that says whether a text addresses it (`Addressed`), if any.
    let addressedLists: [Int32?]

    init(_ lexicons: LexiconSet) {
        let patternCount = lexicons.lists.values.reduce(0) { $0 + $1.terms.count }
            + lexicons.axes.reduce(0) { $0 + $1.entries.reduce(0) { $0 + $1.variants.count } + 3 * $1.contextRules.count }
        var builder = Automaton.Builder(expectedWords: patternCount)
        // Named lists first, so their ids are stable and small.
        let listNames = lexicons.lists.keys.sorted()
        var listIDs: [String: Int32] = [:]
        for (index, name) in listNames.enumerated() {
            listIDs[name] = Int32(index)
            for item in lexicons.lists[name]!.terms { builder.add(.marker(Int32(index)), at: builder.state(for: item.term.words)) }
        }
        var markerCount = listNames.count

        var terms: [CompiledTerm] = []
        var termStates: [Int32] = []
        // (axis, word-trie state) → index in `terms`: terms that reach the same state match the same text.
        var termIndex: [Int: Int] = [:]
        var contextRules: [CompiledContextRule] = []
        var pendingRules: [Int: [Int]] = [:]
        for (axisIndex, axis) in lexicons.axes.enumerated() {
            // An entry with word classes adds one term per variant, all sharing the entry.
            for entry in axis.entries {
                for variant in entry.variants {
                    let state = builder.state(for: variant.words)
                    let key = axisIndex << 32 | Int(state)
                    guard termIndex[key] == nil else { continue }  // duplicates: first wins; `slant lint` reports them
                    termIndex[key] = terms.count
                    termStates.append(state)
                    terms.append(CompiledTerm(axis: axisIndex, term: variant, base: Base(side: entry.side, weight: entry.weight, id: entry.id, isTarget: entry.isTarget),
                                              contextRules: [], rank: Self.rank(variant, order: terms.count)))
                }
            }
            for rule in axis.contextRules {
                var triggerLists: [Int32] = []
                let inline = rule.triggers.compactMap { trigger -> Term? in
                    if case .term(let t) = trigger { return t } else { return nil }
                }
                if !inline.isEmpty {
                    let id = Int32(markerCount)
                    markerCount += 1
                    triggerLists.append(id)
                    for t in inline { builder.add(.marker(id), at: builder.state(for: t.words)) }
                }
                var rivalLists: [Int32] = []
                for case .list(let name, _) in rule.triggers {
                    triggerLists.append(listIDs[name]!)
                    if let rivals = listIDs[name + Self.rivalsSuffix] { rivalLists.append(rivals) }
                }
                let state = builder.state(for: rule.term.words)
                let key = axisIndex << 32 | Int(state)
                if termIndex[key] == nil {
                    termIndex[key] = terms.count
                    termStates.append(state)
                    terms.append(CompiledTerm(axis: axisIndex, term: rule.term, base: nil, contextRules: [],
                                              rank: Self.rank(rule.term, order: terms.count)))
                }
                pendingRules[termIndex[key]!, default: []].append(contextRules.count)
                contextRules.append(CompiledContextRule(rule: rule, axis: axisIndex, triggerLists: triggerLists, rivalLists: rivalLists))
            }
        }
        for (index, rules) in pendingRules {
            let t = terms[index]
            terms[index] = CompiledTerm(axis: t.axis, term: t.term, base: t.base, contextRules: rules, rank: t.rank)
        }
        // Terms after every marker, so each state reports its list markers first.
        for (index, state) in termStates.enumerated() { builder.add(.term(Int32(index)), at: state) }

        let abbreviations = lexicons.lists["abbreviations"]!.terms.compactMap { $0.term.words.count == 1 ? $0.term.words[0].bytes : nil }
        self.lexicons = lexicons
        self.automaton = Automaton(builder, abbreviations: abbreviations)
        self.terms = terms
        self.termAxis = terms.map(\.axis)
        self.termRank = terms.map(\.rank)
        self.contextRules = contextRules
        self.termLabels = terms.map { t in
            HitLabels(axis: lexicons.axes[t.axis].id, term: t.term.text, entry: t.base?.id ?? contextRules[t.contextRules[0]].rule.id)
        }
        // Every context rule belongs to exactly one term; its hits keep that term's spelling.
        var contextLabels = [HitLabels?](repeating: nil, count: contextRules.count)
        for t in terms {
            for r in t.contextRules { contextLabels[r] = HitLabels(axis: lexicons.axes[t.axis].id, term: t.term.text, entry: contextRules[r].rule.id) }
        }
        self.contextLabels = contextLabels.map { $0! }
        self.markerListCount = markerCount
        self.addressedLists = lexicons.axes.map { listIDs[Addressed.listName($0.id)] }
        self.lists = RuleLists(
            negators: listIDs["negators"]!, intensifiers: listIDs["intensifiers"]!, hedges: listIDs["hedges"]!, advocacy: listIDs["advocacy_markers"]!,
            attribution: listIDs["attribution_verbs"]!, distancing: listIDs["distancing_sources"]!, contrast: listIDs["contrast_markers"]!,
            endorsements: listIDs["endorsements"]!, rejections: listIDs["rejections"]!,
            reporting: listIDs["reporting_cues"]!, voice: listIDs["voice_cues"]!,
            boilerplate: listIDs["boilerplate"]!, endMarkers: listIDs["end_markers"]!, anchors: listIDs["topic_anchors"]!,
            negationExceptions: listIDs[LexiconSet.negationExceptionsList],
            evaluationComplements: listIDs[LexiconSet.evaluationComplementsList])
    }

    private static func rank(_ term: Term, order: Int) -> Int {
        term.words.filter(\.isPrefix).count << 24 | order
    }
}
