/// What a rule may read: the document, its matches, the parameters and which paragraphs count.
struct RuleContext {
    let document: Document
    let matches: Matches
    let lexicon: CompiledLexicon
    let relevance: [ParagraphStatus]
    var parameters: RuleParameters { lexicon.lexicons.parameters }

    func token(_ index: Int32) -> Token { document.tokens[Int(index)] }

    /// The occurrence of `list` that ends closest before `tokenStart`, at most `window`
    /// tokens before it and in the same clause.
    func marker(_ list: Int32, before tokenStart: Int32, window: Int) -> MarkerMatch? {
        let all = matches.markers[Int(list)]
        // Markers are sorted by start; those starting before tokenStart form a prefix.
        var index = partitionPoint(all) { $0.start >= tokenStart } - 1
        let clause = token(tokenStart).clause
        while index >= all.startIndex {
            let m = all[index]
            if tokenStart - m.start > Int32(window + Automaton.maxMarkerWords) { return nil }
            if m.end <= tokenStart && tokenStart - m.end <= Int32(window) && token(m.start).clause == clause {
                return m
            }
            index -= 1
        }
        return nil
    }

    /// Occurrences of `list` within the sentence of `tokenStart`.
    func markers(_ list: Int32, inSentenceOf tokenStart: Int32) -> ArraySlice<MarkerMatch> {
        let all = matches.markers[Int(list)]
        let sentence = token(tokenStart).sentence
        let lower = partitionPoint(all) { token($0.start).sentence >= sentence }
        let upper = partitionPoint(all) { token($0.start).sentence > sentence }
        return all[lower..<upper]
    }

    /// The first index of `array` whose element satisfies `predicate` (which holds for a suffix).
    private func partitionPoint(_ array: ArraySlice<MarkerMatch>, _ predicate: (MarkerMatch) -> Bool) -> Int {
        var low = array.startIndex
        var high = array.endIndex
        while low < high {
            let mid = (low + high) / 2
            if predicate(array[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}

extension Automaton {
    /// Longest marker phrase the window search looks back over; markers are short phrases.
    static let maxMarkerWords = Limits.maxTermWords
}
