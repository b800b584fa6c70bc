/// quanteda dictionaries in YAML, read and written.
///
///     mood:
///       hopeful: [optimis*, "turn a corner"]
///       gloomy:
///         - setback*
///     other: [weather]
///
/// Nested keys name a category the way quanteda flattens them, joined by `.`
/// (`mood.hopeful`, `mood.gloomy`, `other`). A category's value is a list of terms, a single
/// term, or empty. Terms are glob patterns: `*` ending a word is Slant's prefix wildcard;
/// `*` anywhere else and `?` have no equivalent (an error when the category is imported).
enum QuantedaDictionary {
    static func read(_ bytes: [UInt8], path: String) throws -> ExternalDictionary {
        let root: YAMLNode
        do {
            root = try YAMLSubset.parse(bytes, path: path)
        } catch let error as YAMLError {
            throw ImportError.issues([DictionaryIssue(error.location, .yaml(error.problem))])
        }
        var walker = Walker()
        walker.walk(root, name: nil)
        guard walker.issues.isEmpty else { throw ImportError.issues(walker.issues) }
        return ExternalDictionary(format: .yaml, path: path, categories: walker.categories, entries: walker.entries)
    }

    private struct Walker {
        var categories: [String] = []
        var entries: [DictionaryEntry] = []
        var issues: [DictionaryIssue] = []

        mutating func walk(_ node: YAMLNode, name: String?) {
            switch node {
            case .mapping(let pairs, _):
                for pair in pairs { walk(pair.value, name: name.map { $0 + "." + pair.key } ?? pair.key) }
            case .sequence(let items, _):
                categories.append(name ?? "")
                for item in items { term(item, category: name ?? "") }
            case .scalar:
                categories.append(name ?? "")
                term(node, category: name ?? "")
            case .null:
                categories.append(name ?? "")  // `key:` with nothing under it: a category without terms
            }
        }

        mutating func term(_ node: YAMLNode, category: String) {
            switch node {
            case .scalar(let text, let at): entries.append(DictionaryEntry(term: text, category: category, location: at))
            case .null(let at): entries.append(DictionaryEntry(term: "", category: category, location: at))
            case .sequence(_, let at): issues.append(DictionaryIssue(at, .yaml(.nestedSequence)))
            case .mapping(_, let at): issues.append(DictionaryIssue(at, .yaml(.mappingInSequence)))
            }
        }
    }

    /// The YAML quanteda reads with `dictionary(file = "slant.yml")`: one top-level key per
    /// axis, one key per pole under it, the terms as double-quoted strings.
    static func write(_ categories: [ExportCategory], header: [String]) -> String {
        var out = header.map { "# " + $0 + "\n" }.joined()
        var axis: AxisID?
        for category in categories {
            if category.axis != axis {
                out += quote(category.axis.rawValue) + ":\n"
                axis = category.axis
            }
            out += "  " + quote(category.pole) + ":" + (category.terms.isEmpty ? " []\n" : "\n")
            for term in category.terms { out += "    - " + quote(term.text) + "\n" }
        }
        return out
    }

    /// `text` as a YAML double-quoted scalar. Keys are quoted too, so that R's yaml package
    /// does not read a pole called `no` or `on` as a boolean.
    static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
