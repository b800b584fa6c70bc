/// Lexicoder `.lc3` / `.lcd` dictionaries (the two read alike).
///
///     +hopeful
///     optimis*
///     turn a corner
///     +gloomy
///     setback*
///
/// A line starting with `+` opens a category; every other non-blank line is a term of the
/// category opened last, `*` ending a word as a wildcard.
enum LexicoderDictionary {
    static func read(_ bytes: [UInt8], path: String) throws -> ExternalDictionary {
        var categories: [String] = []
        var opened: [String: SourceLocation] = [:]
        var current: String?
        var entries: [DictionaryEntry] = []
        var issues: [DictionaryIssue] = []
        for line in TextLine.split(bytes, path: path) where !line.isBlank {
            let content = line.trimmed
            let at = line.location(content.startIndex)
            if content.first == UInt8(ascii: "+") {
                let name = TextLine.trim(content.dropFirst())
                current = nil
                if name.isEmpty {
                    issues.append(DictionaryIssue(at, .emptyCategoryName))
                } else if let first = opened[name.string] {
                    issues.append(DictionaryIssue(at, .duplicateCategory(name.string, first: first)))
                } else {
                    current = name.string
                    opened[name.string] = at
                    categories.append(name.string)
                }
                continue
            }
            guard let category = current else {
                // After a bad header the terms belong nowhere; the header's problem is the one to report.
                if categories.isEmpty && issues.isEmpty { issues.append(DictionaryIssue(at, .entryBeforeCategory(content.string))) }
                continue
            }
            entries.append(DictionaryEntry(term: content.string, category: category, location: at))
        }
        guard issues.isEmpty else { throw ImportError.issues(issues) }
        return ExternalDictionary(format: .lexicoder, path: path, categories: categories, entries: entries)
    }
}
