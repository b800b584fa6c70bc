extension Matches {
    /// The occurrences of marker list `list` whose first token is in a counted paragraph
    /// (and, with `outsideQuotes`, not inside quotation marks): what document-level reads
    /// (`Genre`, `Addressed`) count.
    func markers(_ list: Int32, inCountedParagraphsOf document: Document, _ relevance: [ParagraphStatus],
                 outsideQuotes: Bool = false) -> LazyFilterSequence<ArraySlice<MarkerMatch>> {
        markers[Int(list)].lazy.filter { m in
            let token = document.tokens[Int(m.start)]
            return relevance[Int(token.paragraph)] == .counted && !(outsideQuotes && token.quoted)
        }
    }
}

/// Whether a paragraph counts toward the scores, and if not, why.
public enum ParagraphStatus: Sendable, Equatable {
    /// The paragraph counts toward the scores.
    case counted
    /// Contains a `boilerplate` phrase (share prompts, photo credits ...); the span is the phrase.
    case boilerplate(ByteSpan)
    /// At or after a paragraph that starts with an `end_markers` phrase (`About the Author`)
    /// and follows the first paragraph with a topic anchor.
    case afterEndMarker(ByteSpan)
    /// No `topic_anchors` term, and not between two paragraphs that have one.
    case offTopic

    /// True for `counted`: the paragraph's hits count.
    public var counts: Bool { self == .counted }

    /// The status as reports print it: `counted`, `boilerplate`, `after end marker` or
    /// `off-topic`. Hits in a paragraph that does not count carry it as the name of their 0 factor.
    public var reason: String {
        switch self {
        case .counted: return "counted"
        case .boilerplate: return "boilerplate"
        case .afterEndMarker: return "after end marker"
        case .offTopic: return "off-topic"
        }
    }
}

/// Decides which paragraphs count.
///
/// A paragraph without a topic anchor still counts when anchored paragraphs
/// stand both before and after it (an article's middle often names no one),
/// or when it is the first paragraph and an anchored one follows. Teaser
/// blocks at the end of a page have nothing anchored after them, so they drop.
enum Relevance {
    static func classify(_ document: Document, _ matches: Matches, _ lists: CompiledLexicon.RuleLists) -> [ParagraphStatus] {
        let paragraphs = document.paragraphs
        var status = [ParagraphStatus](repeating: .counted, count: paragraphs.count)
        var anchored = [Bool](repeating: false, count: paragraphs.count)
        for m in matches.markers[Int(lists.anchors)] {
            anchored[Int(document.tokens[Int(m.start)].paragraph)] = true
        }
        for m in matches.markers[Int(lists.boilerplate)] {
            let p = Int(document.tokens[Int(m.start)].paragraph)
            if status[p] == .counted { status[p] = .boilerplate(span(document, m)) }
        }
        // An end marker before the first anchored paragraph is a page header (a menu's
        // "Latest News" above the story), not the end of an article that has not begun.
        let firstTopical = anchored.firstIndex(of: true) ?? paragraphs.count
        if let end = matches.markers[Int(lists.endMarkers)].first(where: { m in
            let p = Int(document.tokens[Int(m.start)].paragraph)
            return p > firstTopical && paragraphs[p].tokenStart == Int(m.start)
        }) {
            let first = Int(document.tokens[Int(end.start)].paragraph)
            for p in first..<paragraphs.count { status[p] = .afterEndMarker(span(document, end)) }
        }
        let usable = paragraphs.indices.map { anchored[$0] && status[$0] == .counted }
        let lastAnchored = usable.lastIndex(of: true)
        let firstAnchored = usable.firstIndex(of: true)
        for p in paragraphs.indices where status[p] == .counted && !anchored[p] {
            guard let last = lastAnchored, let first = firstAnchored, p < last, p == 0 || first < p else {
                status[p] = .offTopic
                continue
            }
        }
        return status
    }

    private static func span(_ document: Document, _ m: MarkerMatch) -> ByteSpan {
        ByteSpan(start: Int(document.tokens[Int(m.start)].start), end: Int(document.tokens[Int(m.end) - 1].end))
    }
}

/// Hits in paragraphs that do not count carry no weight.
struct RelevanceRule: Rule {
    func apply(to hit: inout Hit, in context: RuleContext) {
        let status = context.relevance[hit.paragraph]
        if !status.counts { hit.scale(by: 0, status.reason) }
    }
}
