/// Which axes a text addresses, for coupling.
///
/// An axis with a list named `addressed_AXIS` (classes.lex) is addressed when a
/// term of that list occurs in a counted paragraph; an axis without one always
/// is. Coupling gives camp evidence only to an addressed axis: an article about
/// sanctions that never mentions the administration says nothing about it, and
/// the labels call such an axis 0. (The axis's own hits count either way.)
enum Addressed {
    /// The list that decides whether a text addresses an axis: `addressed_` + the axis id.
    static func listName(_ axis: AxisID) -> String { "addressed_" + axis.rawValue }

    static func axes(_ document: Document, _ matches: Matches, _ lexicon: CompiledLexicon,
                     _ relevance: [ParagraphStatus]) -> [Bool] {
        lexicon.addressedLists.map { list in
            guard let list else { return true }
            return !matches.markers(list, inCountedParagraphsOf: document, relevance).isEmpty
        }
    }
}
