/// Word classes in entries: `{name}` stands for every term of `[list name]`.
///
/// One entry covers the ways writers actually put a thing:
///
///     [list admin]            [pole critical]
///     trump                   {admin} caved          2.0
///     the administration
///     the white house
///
/// matches "Trump caved", "the administration caved" and "the White House
/// caved"; `{admin}'s capitulation` matches "Trump's capitulation". An entry
/// may name several classes; it expands to every combination (at most
/// `maxVariants`), each at most `Limits.maxTermWords` words. Every variant
/// counts as the entry itself: one weight, one id in `explain` and `tune`.
/// Classes are for entries only; context rules and lists use plain terms.
public enum TermPiece: Sendable {
    /// Literal words.
    case words([TermWord])
    /// `{name}`: every term of the list `name`.
    case wordClass(name: String, location: SourceLocation)
}

enum WordClasses {
    /// Most variants one entry may expand to: a cartesian product grows fast.
    static let maxVariants = 1_000

    /// Whether a term as written names a class.
    static func mentionsClass(_ bytes: ArraySlice<UInt8>) -> Bool { bytes.contains(UInt8(ascii: "{")) }

    /// Every term `pieces` stands for, with `lists` as the classes, or the problems that stop it.
    static func expand(_ pieces: [TermPiece], text: String, lists: [String: WordList], at location: SourceLocation)
        -> (variants: [Term], problems: [Diagnostic]) {
        var partial: [[TermWord]] = [[]]
        var problems: [Diagnostic] = []
        for piece in pieces {
            switch piece {
            case .words(let words):
                partial = partial.map { $0 + words }
            case .wordClass(let name, let at):
                guard let list = lists[name], !list.terms.isEmpty else {
                    problems.append(Diagnostic(at, lists[name] == nil
                        ? "unknown class '{\(name)}': no [list \(name)] is defined"
                        : "class '{\(name)}' is an empty list"))
                    continue
                }
                partial = partial.flatMap { head in list.terms.map { head + $0.term.words } }
            }
            if partial.count > maxVariants {
                return ([], [Diagnostic(location, "'\(text)' expands to more than \(maxVariants) terms; split it into several entries")])
            }
        }
        guard problems.isEmpty else { return ([], problems) }
        if let long = partial.first(where: { $0.count > Limits.maxTermWords }) {
            return ([], [Diagnostic(location, "'\(text)' expands to a term of \(long.count) words; a term has at most \(Limits.maxTermWords)")])
        }
        return (partial.map { Term(text: text, words: $0) }, [])
    }
}
