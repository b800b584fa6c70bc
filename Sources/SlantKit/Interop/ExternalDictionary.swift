/// The dictionary formats `slant import` reads (`--from`).
public enum DictionaryFormat: String, CaseIterable, Sendable {
    /// LIWC-style `.dic`: a `%` block of numbered categories, then `term<TAB>number ...`.
    case liwc
    /// Lexicoder `.lc3` / `.lcd`: a `+category` line, then one term per line.
    case lexicoder
    /// A quanteda dictionary in YAML: nested categories, lists of glob patterns.
    case yaml
    /// A word-score list (`term<TAB>score`, AFINN- or VADER-style): the sign is the pole.
    case wordscore
}

/// One term of a dictionary filed under one category. A term in two categories is two entries.
public struct DictionaryEntry: Sendable, Equatable {
    /// The term as written, without surrounding space.
    public let term: String
    public let category: String
    /// Where the term starts.
    public let location: SourceLocation
    /// Where the term is given its category (a LIWC category number; else the term itself).
    public let categoryLocation: SourceLocation
    /// The weight the file gives the term (a word-score list's magnitude), or nil when the format has none.
    public let weight: Double?
    /// Where that weight is written.
    public let weightLocation: SourceLocation?

    public init(term: String, category: String, location: SourceLocation, categoryLocation: SourceLocation? = nil,
                weight: Double? = nil, weightLocation: SourceLocation? = nil) {
        self.term = term
        self.category = category
        self.location = location
        self.categoryLocation = categoryLocation ?? location
        self.weight = weight
        self.weightLocation = weightLocation
    }
}

/// A dictionary read from another tool's format: its categories and their terms, in file order.
public struct ExternalDictionary: Sendable, Equatable {
    public let format: DictionaryFormat
    public let path: String
    /// Every category the file declares, in order (some may have no entries).
    public let categories: [String]
    public let entries: [DictionaryEntry]

    /// Reads `bytes` (the file at `path`) as `format`; throws `ImportError.issues` with every problem found.
    public static func read(_ bytes: [UInt8], path: String, format: DictionaryFormat) throws -> ExternalDictionary {
        switch format {
        case .liwc: return try LIWCDictionary.read(bytes, path: path)
        case .lexicoder: return try LexicoderDictionary.read(bytes, path: path)
        case .yaml: return try QuantedaDictionary.read(bytes, path: path)
        case .wordscore: return try WordScoreList.read(bytes, path: path)
        }
    }

    /// How many entries each category has, in declaration order.
    public var categoryCounts: [CategoryCount] {
        var counts: [String: Int] = [:]
        for entry in entries { counts[entry.category, default: 0] += 1 }
        return categories.map { CategoryCount(name: $0, entries: counts[$0] ?? 0) }
    }
}

/// A category and how many entries it has (for reports of unmapped categories).
public struct CategoryCount: Sendable, Equatable {
    public let name: String
    public let entries: Int
    public init(name: String, entries: Int) {
        self.name = name
        self.entries = entries
    }
}

/// A problem at a place in a dictionary (or weights) file.
public struct DictionaryIssue: Error, Sendable, Equatable {
    public let location: SourceLocation
    public let problem: DictionaryProblem
    public init(_ location: SourceLocation, _ problem: DictionaryProblem) {
        self.location = location
        self.problem = problem
    }
}

/// What is wrong at a `DictionaryIssue`'s location. The CLI renders the messages (CLIError).
public enum DictionaryProblem: Sendable, Equatable {
    // LIWC `.dic`
    /// The file does not start with the `%` line that opens the category block.
    case liwcHeaderMissing
    /// No second `%` line closes the category block.
    case liwcHeaderUnclosed
    /// A line in the category block that is not `NUMBER NAME`.
    case liwcCategoryLine
    /// An entry names a category number the header does not declare.
    case liwcUndefinedCategory(String)
    /// LIWC 2007's conditional categories (`02 134/125/464 (02 134)126`).
    case liwcConditionalCategory(String)
    case liwcNotACategoryNumber(String)
    /// A LIWC entry line with a term and no category number.
    case entryWithoutCategory(String)
    // Lexicoder
    /// A term before the first `+category` line.
    case entryBeforeCategory(String)
    // shared by the formats
    case emptyCategoryName
    case duplicateCategory(String, first: SourceLocation)
    case yaml(YAMLProblem)
    // word-score lists
    case missingScore(String)
    case notAScore(String)
    // the weights table (`--weights`)
    case weightsHeader
    case weightsRow
    case duplicateWeight(category: String, term: String, first: SourceLocation)
    case notAWeight(String)
    // what Slant cannot express
    case leadingWildcard(String)
    case innerWildcard(String)
    case singleCharacterGlob(String)
    case regexPattern(String)
    case punctuation(String, character: String)
    case broadWildcard(String)
    case tooManyWords(String, words: Int)
    case longWord(String, word: String)
    case emptyTerm
    case weightOutOfRange(Double)
    /// The same term in two categories mapped to opposite poles.
    case oppositePoles(term: String, category: String, other: String, first: SourceLocation)
    /// The lexicon parser refused a term the checks above let through (its message).
    case unexpressible(String, reason: String)
}

/// The YAML this reader does not read, or YAML that is not a quanteda dictionary.
public enum YAMLProblem: Sendable, Equatable {
    case tab
    case anchor
    case alias
    case tag
    case blockScalar
    case multiLineScalar
    case flowMapping
    case complexKey
    case directive
    case multipleDocuments
    case reservedIndicator(String)
    case unclosedQuote
    case unclosedFlowSequence
    case emptyFlowItem
    case badEscape(String)
    case colonInPlainScalar
    case badIndentation
    case expectedKey
    case trailingCharacters
    case duplicateKey(String, first: SourceLocation)
    case mappingInSequence
    case nestedSequence
    case notAMapping
}

/// Why `slant import` produced nothing. Rendered in one place, the CLI's `CLIError.render()`.
public enum ImportError: Error, Sendable, Equatable {
    case unreadable(path: String, reason: String)
    /// Every problem found in the dictionary or weights file, sorted by location.
    case issues([DictionaryIssue])
    /// `--pole` names a category the dictionary does not have.
    case unknownCategory(String, available: [String])
    /// No `--pole` mapping was given (and the format has no default).
    case noCategoryMapped(categories: [CategoryCount])
    /// One end of the axis would have no entries.
    case noEntriesOnPole(PoleSide, categories: [String])
}
