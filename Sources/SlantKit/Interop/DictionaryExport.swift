/// The formats `slant export` writes (`--to`).
public enum ExportFormat: String, CaseIterable, Sendable {
    /// A quanteda dictionary in YAML (`slant.yml`): each axis a mapping of its poles to lists of terms.
    case yaml
    /// A LIWC-style `.dic` (`slant.dic`): the numbered `AXIS.POLE` categories, then each term with its categories' numbers.
    case liwc

    /// The dictionary's file name in `--output DIR`.
    public var fileName: String { self == .yaml ? "slant.yml" : "slant.dic" }
}

/// A term of an exported category and the weight of the entry it comes from.
public struct ExportTerm: Sendable, Equatable {
    /// The term as the dictionary writes it: the entry's term, or one word-class variant of it.
    public let text: String
    /// The weight of the lexicon entry the term comes from, greater than 0 and at most 5.
    public let weight: Double
}

/// One pole of one axis, as a category `AXIS.POLE`.
public struct ExportCategory: Sendable {
    /// The axis the pole belongs to.
    public let axis: AxisID
    /// The pole's name, as the axis file declares it.
    public let pole: String
    /// The pole's terms in lexicon order, each once.
    public internal(set) var terms: [ExportTerm]
    /// The category's name in the dictionary: `AXIS.POLE`.
    public var name: String { "\(axis).\(pole)" }
}

/// What an export leaves out because the other formats cannot say it. Reported, never silent.
public struct ExportSkips: Sendable, Equatable {
    /// `[target POLE]` entries: their pole depends on the evaluation around them.
    public var targets = 0
    /// `[context]` rules: they need a trigger nearby.
    public var contextRules = 0
    /// Word-class variants that repeat a term already on the same pole.
    public var repeated = 0
    /// Variants whose term is already on the other pole of the axis (Slant counts the first).
    public var conflicting = 0
}

/// Slant's lexicons as dictionary categories, for LIWC `.dic` and quanteda YAML.
///
/// Each axis gives two categories, `AXIS.NEGATIVE_POLE` and `AXIS.POSITIVE_POLE`, in load
/// order. Each `[pole]` entry gives its term; an entry with word classes (`{admin} caved`)
/// gives every variant (`trump caved`, `the white house caved` ...), since no other tool has
/// classes. Every term carries its entry's weight, written to the weights table.
public struct LexiconExport: Sendable {
    /// Two categories per axis, the axis's first pole first, axes in load order.
    public let categories: [ExportCategory]
    /// What the export leaves out, by kind, for the report on stderr.
    public let skipped: ExportSkips

    /// The dictionary categories of every axis of `lexicons`.
    public init(_ lexicons: LexiconSet) {
        var categories: [ExportCategory] = []
        var skipped = ExportSkips()
        for axis in lexicons.axes {
            var poles = [ExportCategory(axis: axis.id, pole: axis.negative.name, terms: []),
                         ExportCategory(axis: axis.id, pole: axis.positive.name, terms: [])]
            var seen: [String: PoleSide] = [:]
            skipped.contextRules += axis.contextRules.count
            for entry in axis.entries {
                if entry.isTarget {
                    skipped.targets += 1
                    continue
                }
                for variant in entry.variants {
                    if let side = seen[variant.key] {
                        if side == entry.side { skipped.repeated += 1 } else { skipped.conflicting += 1 }
                        continue
                    }
                    seen[variant.key] = entry.side
                    let text = entry.pattern == nil ? entry.term.text : Self.text(of: variant)
                    poles[entry.side == .negative ? 0 : 1].terms.append(ExportTerm(text: text, weight: entry.weight))
                }
            }
            categories += poles
        }
        self.categories = categories
        self.skipped = skipped
    }

    /// How many terms the dictionary holds (a term in two categories counts twice).
    public var termCount: Int { categories.reduce(0) { $0 + $1.terms.count } }

    /// The dictionary in `format`.
    public func dictionary(_ format: ExportFormat) -> String {
        switch format {
        case .liwc:
            return LIWCDictionary.write(categories)
        case .yaml:
            return QuantedaDictionary.write(categories, header: [
                "Slant's lexicons as a quanteda dictionary (slant export --to yaml).",
                "Categories are AXIS.POLE; weights are in weights.tsv (category, term, weight).",
                "Word classes are expanded; [target] entries and context rules have no equivalent and are left out.",
            ])
        }
    }

    /// The weights table (`weights.tsv`) for either format: the categories and terms are the same.
    public var weights: String { WeightsTable.write(categories) }

    /// A class variant written out: words one space apart, `'s` joined to the word before (`trump's`).
    static func text(of term: Term) -> String {
        var out = ""
        for word in term.words {
            let text = String(decoding: word.bytes, as: UTF8.self) + (word.isPrefix ? "*" : "")
            out += (out.isEmpty || text.hasPrefix("'s") ? "" : " ") + text
        }
        return out
    }
}
