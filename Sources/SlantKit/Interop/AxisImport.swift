/// One `--pole CATEGORY=-|+`: a dictionary category and the end of the axis it goes to.
public struct PoleAssignment: Sendable, Equatable {
    /// The category's name as the dictionary has it (a nested YAML category as `PARENT.CHILD`).
    public let category: String
    /// The end of the axis the category's terms go to: `-` is `.negative`, `+` is `.positive`.
    public let side: PoleSide
    /// Maps `category` to the `side` end of the axis.
    public init(category: String, side: PoleSide) {
        self.category = category
        self.side = side
    }
}

/// One entry of an imported axis.
public struct ImportedEntry: Sendable, Equatable {
    /// The term as the lexicon file writes it.
    public let text: String
    /// Its normalized form (`Term.key`): what two entries share when they are the same term.
    public let key: String
    /// The pole the entry goes to: the side its category is mapped to.
    public let side: PoleSide
    /// The entry's weight, greater than 0 and at most 5: the dictionary's own (a word-score
    /// list's magnitude), else the weights table's row, else `AxisImporter.defaultWeight`.
    public let weight: Double
    /// The category it came from (the first one, when several categories of one pole hold it).
    public let category: String
    let location: SourceLocation
}

/// A dictionary turned into one axis file of Slant's lexicon format.
public struct ImportedAxis: Sendable {
    /// The axis's id (`--axis`); the file is named after it.
    public let id: AxisID
    /// The name of the axis's first (`-`) pole, made from the names of the categories mapped to it.
    public let negativePole: String
    /// The name of the axis's second (`+`) pole, made from the names of the categories mapped to it.
    public let positivePole: String
    /// Per pole, negative first, in dictionary order.
    public let entries: [ImportedEntry]
    /// The categories no `--pole` maps, with their entry counts: reported, not imported.
    public let unmapped: [CategoryCount]
    /// Entries folded into an earlier one of the same pole and term (which keeps the larger weight).
    public let merged: Int
    /// Rows of the weights table, in mapped categories, that name no term of the dictionary.
    public let unusedWeights: Int
    /// The lexicon file.
    public let text: String

    /// The axis file's name in a lexicon directory: `ID.lex`.
    public var fileName: String { id.rawValue + ".lex" }
    /// How many entries the axis has on `side` (after merging repeated terms).
    public func count(_ side: PoleSide) -> Int { entries.filter { $0.side == side }.count }
}

/// Turns an `ExternalDictionary` into an axis file (`slant import`).
///
/// The mapped categories' terms become entries of the pole they are mapped to. Weights: a
/// word-score list's magnitudes; otherwise the weights table's row for the category and term,
/// or `defaultWeight`. A term in two categories of one pole is one entry (the larger weight); in
/// categories of opposite poles it is an error. Everything the result could not load or would
/// fail `slant lint` on is an error here, with the dictionary's `path:line:column`.
public enum AxisImporter {
    /// The weight of a term when the dictionary has none: every term counts alike.
    public static let defaultWeight = 1.0

    /// Word-score lists map their sign categories to the matching poles unless told otherwise.
    public static let wordScoreDefaults = [PoleAssignment(category: WordScoreList.negative, side: .negative),
                                           PoleAssignment(category: WordScoreList.positive, side: .positive)]

    /// Builds the axis. `provenance` lines go into the file's header comment (how it was made).
    public static func build(_ dictionary: ExternalDictionary, axis: AxisID, poles: [PoleAssignment],
                             weights: WeightsTable? = nil, provenance: [String] = []) throws -> ImportedAxis {
        let assignments = poles.isEmpty && dictionary.format == .wordscore ? wordScoreDefaults : poles
        for a in assignments where !dictionary.categories.contains(a.category) {
            throw ImportError.unknownCategory(a.category, available: dictionary.categories)
        }
        guard !assignments.isEmpty else { throw ImportError.noCategoryMapped(categories: dictionary.categoryCounts) }
        for side in [PoleSide.negative, .positive] where !assignments.contains(where: { $0.side == side }) {
            throw ImportError.noEntriesOnPole(side, categories: [])
        }
        let sides = Dictionary(assignments.map { ($0.category, $0.side) }, uniquingKeysWith: { first, _ in first })
        var collector = Collector(globs: dictionary.format == .yaml, weights: weights)
        for entry in dictionary.entries {
            if let side = sides[entry.category] { collector.add(entry, to: side) }
        }
        guard collector.issues.isEmpty else { throw ImportError.issues(collector.issues.sorted { $0.location < $1.location }) }
        let entries = collector.entries
        for side in [PoleSide.negative, .positive] where !entries.contains(where: { $0.side == side }) {
            throw ImportError.noEntriesOnPole(side, categories: assignments.filter { $0.side == side }.map(\.category))
        }
        let unused = weights.map { table in
            assignments.reduce(0) { $0 + table.count(in: $1.category) - (collector.usedWeights[$1.category]?.count ?? 0) }
        } ?? 0
        let ordered = entries.filter { $0.side == .negative } + entries.filter { $0.side == .positive }
        let names = poleNames(assignments)
        let unmapped = dictionary.categoryCounts.filter { sides[$0.name] == nil }
        let text = render(axis, names, assignments, ordered, source: dictionary.path, provenance: provenance)
        return ImportedAxis(id: axis, negativePole: names.negative, positivePole: names.positive, entries: ordered,
                            unmapped: unmapped, merged: collector.merged, unusedWeights: unused, text: text)
    }

    /// The mapped entries in dictionary order: converted, weighted, repeats merged, problems kept.
    private struct Collector {
        /// `?` is a glob (quanteda's YAML), not punctuation.
        let globs: Bool
        let weights: WeightsTable?
        var entries: [ImportedEntry] = []
        var byKey: [String: Int] = [:]
        var issues: [DictionaryIssue] = []
        var merged = 0
        /// Per category, the terms the weights table gave a weight to.
        var usedWeights: [String: Set<String>] = [:]

        mutating func add(_ entry: DictionaryEntry, to side: PoleSide) {
            let converted: (text: String, term: Term)
            switch TermConversion.convert(entry.term, at: entry.location, questionMarkIsGlob: globs) {
            case .failure(let issue):
                issues.append(issue)
                return
            case .success(let value):
                converted = value
            }
            let row = entry.weight == nil ? weights?.row(category: entry.category, term: entry.term) : nil
            if row != nil { usedWeights[entry.category, default: []].insert(entry.term) }
            let weight = entry.weight ?? row.map { WordScoreList.rounded($0.weight) } ?? AxisImporter.defaultWeight
            guard weight > 0, weight <= Limits.maxWeight else {
                issues.append(DictionaryIssue(entry.weightLocation ?? row?.location ?? entry.location, .weightOutOfRange(weight)))
                return
            }
            let key = converted.term.key
            guard let index = byKey[key] else {
                byKey[key] = entries.count
                entries.append(ImportedEntry(text: converted.text, key: key, side: side, weight: weight, category: entry.category, location: entry.location))
                return
            }
            let first = entries[index]
            guard first.side == side else {
                issues.append(DictionaryIssue(entry.categoryLocation, .oppositePoles(term: entry.term, category: entry.category,
                                                                                      other: first.category, first: first.location)))
                return
            }
            merged += 1
            if weight > first.weight {
                entries[index] = ImportedEntry(text: first.text, key: key, side: side, weight: weight, category: first.category, location: first.location)
            }
        }
    }

    /// Pole names from the mapped categories: the last `.` part of each (`mood.hopeful` is
    /// `hopeful`), made an identifier, several joined by `_`; the whole names when both ends
    /// would be called alike; `negative` and `positive` when even those are.
    static func poleNames(_ assignments: [PoleAssignment]) -> (negative: String, positive: String) {
        func name(_ side: PoleSide, whole: Bool) -> String {
            var parts: [String] = []
            for a in assignments where a.side == side {
                let part = identifier(whole ? a.category : String(a.category.split(separator: ".").last ?? ""))
                if !part.isEmpty && !parts.contains(part) { parts.append(part) }
            }
            return parts.joined(separator: "_")
        }
        for whole in [false, true] {
            let negative = name(.negative, whole: whole), positive = name(.positive, whole: whole)
            if !negative.isEmpty && !positive.isEmpty && negative != positive { return (negative, positive) }
        }
        return ("negative", "positive")
    }

    /// Lower-case ASCII letters, digits and `_`, every other run of characters one `_`.
    static func identifier(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" {
                out.unicodeScalars.append(scalar)
            } else if !out.hasSuffix("_") {
                out += "_"
            }
        }
        while out.hasSuffix("_") { out.removeLast() }
        while out.hasPrefix("_") { out.removeFirst() }
        return out
    }

    private static func render(_ axis: AxisID, _ names: (negative: String, positive: String), _ assignments: [PoleAssignment],
                               _ entries: [ImportedEntry], source: String, provenance: [String]) -> String {
        func summary(_ side: PoleSide) -> String {
            quotable(assignments.filter { $0.side == side }.map(\.category).joined(separator: ", "))
        }
        let file = quotable(String(source.split(separator: "/").last ?? ""))
        var out = "slant-lexicon 1\n" + provenance.map { "# " + quotable($0) + "\n" }.joined()
        out += "axis \(axis) \"\(axis) (imported from \(file))\"\n"
        out += "pole - \(names.negative) \"\(summary(.negative))\"\n"
        out += "pole + \(names.positive) \"\(summary(.positive))\"\n"
        for (side, name) in [(PoleSide.negative, names.negative), (.positive, names.positive)] {
            let pole = entries.filter { $0.side == side }
            let width = min(pole.map(\.text.count).max() ?? 0, 40) + 2
            out += "\n[pole \(name)]\n"
            for entry in pole {
                out += entry.text.padding(toLength: max(width, entry.text.count + 1), withPad: " ", startingAt: 0) + WeightsTable.format(entry.weight) + "\n"
            }
        }
        return out
    }

    /// `text` on one line and without double quotes, so it can stand in a header's quoted text or a comment.
    private static func quotable(_ text: String) -> String {
        String(text.map { $0 == "\"" ? "'" : ($0.isNewline || $0 == "\t" ? " " : $0) })
    }
}

extension AxisImporter {
    /// What `slant import --output DIR` writes, and the lexicon set DIR then holds.
    ///
    /// `existing` are DIR's `.lex` files. When it has none, DIR is seeded with `seed` (the
    /// shipped lexicons, renamed into DIR), so that it loads on its own. The axis file is
    /// `DIR/ID.lex`, replacing a file of that name (a seeded shipped axis included).
    public static func directory(_ directory: String, for axis: ImportedAxis, existing: [(path: String, text: String)],
                                 seed: [(path: String, text: String)]) -> (write: [(path: String, text: String)], set: [(path: String, text: String)], seeded: Bool) {
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let axisFile = (path: base + "/" + axis.fileName, text: axis.text)
        let seeded = existing.isEmpty
        let others = seeded ? seed.map { (path: base + "/" + String($0.path.split(separator: "/").last ?? ""), text: $0.text) } : existing
        let kept = others.filter { $0.path != axisFile.path }
        let set = (kept + [axisFile]).sorted { $0.path < $1.path }
        return (seeded ? set : [axisFile], set, seeded)
    }

    /// Loads `files` as one lexicon set and lints it; throws a `LexiconError` with every
    /// problem that would make `--lexicons` fail or `slant lint` report an error.
    public static func validate(_ files: [(path: String, text: String)]) throws {
        _ = try LexiconSet.parse(files)
        let errors = Linter.lint(files, corpus: []).filter { $0.severity == .error }
        if !errors.isEmpty { throw LexiconError(diagnostics: errors) }
    }
}
