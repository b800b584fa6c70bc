/// Word-score lists: `term<TAB>score` per line, AFINN- or VADER-style.
///
///     # a comment
///     optimistic	2
///     turn a corner	1.5
///     setback	-2
///
/// The term is everything before the first tab (without a tab, everything before the last
/// space); the score is the next field, and further tab-separated fields (VADER's standard
/// deviation and raw ratings) are ignored. `#` at the start of a line or after a space
/// starts a comment.
///
/// Categories come from the sign: `negative` (score < 0), `positive` (> 0) and `zero`.
/// The weight is the magnitude, rounded to `weightDecimals` decimals; a score that rounds
/// to 0 is `zero`.
public enum WordScoreList {
    /// The category of a term with a score below 0; `slant import` maps it to `-` unless told otherwise.
    public static let negative = "negative"
    /// The category of a term with a score above 0; `slant import` maps it to `+` unless told otherwise.
    public static let positive = "positive"
    /// The category of a term whose score rounds to 0: unmapped unless a `--pole` names it.
    public static let zero = "zero"

    /// Decimals kept of a score's magnitude: the precision weights are written with.
    public static let weightDecimals = 4

    static func read(_ bytes: [UInt8], path: String) throws -> ExternalDictionary {
        var entries: [DictionaryEntry] = []
        var issues: [DictionaryIssue] = []
        for line in TextLine.split(bytes, path: path) {
            let uncommented = withoutComment(line.bytes)
            let content = TextLine.trim(uncommented)
            guard !content.isEmpty else { continue }
            let term: ArraySlice<UInt8>
            let scoreField: ArraySlice<UInt8>
            if let tab = uncommented.firstIndex(of: 0x09) {
                term = TextLine.trim(uncommented[..<tab])
                scoreField = TextLine.fields(uncommented[(tab + 1)...], separatedBy: 0x09)[0]
            } else if let space = content.lastIndex(where: TextLine.isBlank) {
                term = TextLine.trim(content[..<space])
                scoreField = content[(space + 1)...]
            } else {
                issues.append(DictionaryIssue(line.location(content.startIndex), .missingScore(content.string)))
                continue
            }
            guard !term.isEmpty else {
                issues.append(DictionaryIssue(line.location(line.bytes.startIndex), .emptyTerm))
                continue
            }
            guard !scoreField.isEmpty else {
                issues.append(DictionaryIssue(line.location(term.startIndex), .missingScore(term.string)))
                continue
            }
            guard let score = Double(scoreField.string), score.isFinite else {
                issues.append(DictionaryIssue(line.location(scoreField.startIndex), .notAScore(scoreField.string)))
                continue
            }
            let weight = rounded(abs(score))
            let category = weight == 0 ? zero : (score < 0 ? negative : positive)
            entries.append(DictionaryEntry(term: term.string, category: category, location: line.location(term.startIndex),
                                           weight: weight, weightLocation: line.location(scoreField.startIndex)))
        }
        guard issues.isEmpty else { throw ImportError.issues(issues) }
        return ExternalDictionary(format: .wordscore, path: path, categories: [negative, positive, zero], entries: entries)
    }

    /// `x` rounded to `weightDecimals` decimals.
    static func rounded(_ x: Double) -> Double {
        var unit = 1.0
        for _ in 0..<weightDecimals { unit *= 10 }
        return (x * unit).rounded() / unit
    }

    /// The line up to a `#` at its start or after a space or tab.
    private static func withoutComment(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var previous: UInt8 = 0x20
        for index in bytes.indices {
            if bytes[index] == UInt8(ascii: "#") && TextLine.isBlank(previous) { return bytes[..<index] }
            previous = bytes[index]
        }
        return bytes
    }
}
