/// The weights file that travels with an exported dictionary (`weights.tsv`), since neither
/// LIWC nor quanteda dictionaries carry weights.
///
///     category	term	weight
///     engagement_pressure.engagement	peace talks	1
///     engagement_pressure.pressure	secondary tariff*	0.7
///
/// Tab-separated with a header row, so R reads it with `read.delim`. A row gives the weight
/// of a term (exactly as the dictionary writes it) in a category. `slant import --weights`
/// reads it back; a term it does not list weighs 1.
public struct WeightsTable: Sendable {
    /// The column names of the header row, which must be the file's first non-blank line.
    public static let header = ["category", "term", "weight"]

    struct Row {
        let weight: Double
        let location: SourceLocation
    }

    private let rows: [String: [String: Row]]

    /// Reads a weights file; throws `ImportError.issues` with every problem found.
    public static func read(_ bytes: [UInt8], path: String) throws -> WeightsTable {
        var rows: [String: [String: Row]] = [:]
        var issues: [DictionaryIssue] = []
        var sawHeader = false
        for line in TextLine.split(bytes, path: path) where !line.isBlank {
            let fields = TextLine.fields(line.bytes, separatedBy: 0x09)
            guard sawHeader else {
                if fields.map(\.string) != header { issues.append(DictionaryIssue(line.contentLocation, .weightsHeader)) }
                sawHeader = true
                continue
            }
            guard fields.count == 3, !fields[0].isEmpty, !fields[1].isEmpty else {
                issues.append(DictionaryIssue(line.contentLocation, .weightsRow))
                continue
            }
            let category = fields[0].string, term = fields[1].string
            let at = line.location(fields[2].startIndex)
            guard let weight = Double(fields[2].string), weight.isFinite else {
                issues.append(DictionaryIssue(at, .notAWeight(fields[2].string)))
                continue
            }
            if let first = rows[category]?[term] {
                issues.append(DictionaryIssue(line.location(fields[0].startIndex), .duplicateWeight(category: category, term: term, first: first.location)))
                continue
            }
            rows[category, default: [:]][term] = Row(weight: weight, location: at)
        }
        if !sawHeader { issues.append(DictionaryIssue(SourceLocation(path: path, line: 1, column: 1), .weightsHeader)) }
        guard issues.isEmpty else { throw ImportError.issues(issues) }
        return WeightsTable(rows: rows)
    }

    /// The row for `term` in `category`, if any.
    func row(category: String, term: String) -> Row? { rows[category]?[term] }

    /// How many rows name `category`.
    func count(in category: String) -> Int { rows[category]?.count ?? 0 }

    /// The weights of `categories`, one row per term, in dictionary order.
    static func write(_ categories: [ExportCategory]) -> String {
        var out = header.joined(separator: "\t") + "\n"
        for category in categories {
            for term in category.terms { out += "\(category.name)\t\(term.text)\t\(format(term.weight))\n" }
        }
        return out
    }

    /// A weight with at most `WordScoreList.weightDecimals` decimals and no trailing zeros (`1`, `0.75`).
    public static func format(_ weight: Double) -> String {
        var text = NumberFormat.fixed(weight, WordScoreList.weightDecimals)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
