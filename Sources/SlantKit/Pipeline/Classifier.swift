/// Scores articles on every axis of a lexicon set.
///
/// Build one and share it: it is immutable and `Sendable`, and compiling the
/// lexicons happens once, here.
///
///     let classifier = try Classifier(lexicons: .shipped())
///     let result = classifier.score("Congress must impose new sanctions on Moscow.")
///     result.axis(AxisID("engagement_pressure"))?.label   // "pressure"
public struct Classifier: Sendable {
    /// The lexicons the classifier scores with: its axes, word lists and rule parameters.
    public let lexicons: LexiconSet
    let compiled: CompiledLexicon

    /// Compiles `lexicons` for matching: the costly step, so make one classifier and share it.
    public init(lexicons: LexiconSet) {
        self.lexicons = lexicons
        self.compiled = CompiledLexicon(lexicons)
    }

    /// Scores `text`. A `title`, when given, is scored as the headline.
    ///
    /// Byte offsets in the result refer to `text`, or, with a title, to
    /// `title + "\n\n" + text`.
    public func score(_ text: String, title: String? = nil) -> ArticleScore {
        var bytes = Array((title.map { $0 + "\n\n" } ?? "").utf8)
        bytes.append(contentsOf: text.utf8)
        return score(utf8: bytes, titled: title != nil)
    }

    /// Scores UTF-8 bytes; `titled` forces the first line to be the headline.
    public func score(utf8 bytes: [UInt8], titled: Bool = false) -> ArticleScore {
        bytes.withUnsafeBufferPointer { score(buffer: $0, titled: titled) }
    }

    func score(buffer: UnsafeBufferPointer<UInt8>, titled: Bool) -> ArticleScore {
        // 1. Normalize, segment and tokenize in one pass over the bytes.
        let document = segment(buffer, titled: titled)
        // 2. Find every lexicon term (leftmost-longest per axis) and word-list occurrence.
        let matches = Matcher.match(document, with: compiled)
        // 3. Decide which paragraphs count: boilerplate, end markers, off-topic.
        let relevance = Relevance.classify(document, matches, compiled.lists)
        // 4. Turn term matches into hits carrying their entry's pole and weight.
        var hits = matches.terms.map { makeHit($0, document) }
        // 5. Apply the rules in registry order.
        let context = RuleContext(document: document, matches: matches, lexicon: compiled, relevance: relevance)
        RuleRegistry.apply(to: &hits, in: context)
        // 6. Read the genre (straight news is shrunk toward 0 on every axis) and which axes
        //    the text addresses (only those take camp evidence from the others).
        let genre = Genre.classify(document, matches, compiled, relevance)
        let addressed = Addressed.axes(document, matches, compiled, relevance)
        // 7. Aggregate per axis: coupled, balanced, calibrated.
        let axes = Aggregator.aggregate(hits, lexicons: lexicons, genreFactor: genre.factor, addressed: addressed)
        // 8. Note what a reader of the score should know.
        var warnings: [String] = []
        if document.tokens.isEmpty {
            warnings.append("empty text")
        } else if !hits.contains(where: { $0.value != 0 }) {
            warnings.append("no lexicon entry matched; scores are not meaningful")
        }
        return ArticleScore(tokens: document.tokens.count, axes: axes, hits: hits, paragraphs: document.paragraphs,
                            paragraphStatus: relevance, headline: document.headline, genre: genre, addressed: addressed,
                            warnings: warnings)
    }

    /// Stage 1 alone: the bytes normalized, segmented and tokenized, words resolved to symbols.
    /// (`slant bench` times the pipeline cut after each stage.)
    @inline(__always)
    func segment(_ buffer: UnsafeBufferPointer<UInt8>, titled: Bool) -> Document {
        Document.build(buffer, automaton: compiled.automaton, headlineMaxTokens: lexicons.parameters.headlineMaxTokens, forceHeadline: titled)
    }

    private func makeHit(_ match: TermMatch, _ document: Document) -> Hit {
        let t = Int(match.term)
        let first = document.tokens[Int(match.tokenStart)]
        let last = document.tokens[Int(match.tokenEnd) - 1]
        let base = compiled.terms[t].base
        return Hit(labels: compiled.termLabels[t], axisIndex: compiled.termAxis[t], termIndex: match.term,
                   side: base?.side ?? .positive, weight: base?.weight ?? 0,
                   factor: 1, applied: [], span: ByteSpan(start: Int(first.start), end: Int(last.end)),
                   paragraph: Int(first.paragraph), tokenStart: match.tokenStart, tokenEnd: match.tokenEnd,
                   isActive: true)
    }
}
