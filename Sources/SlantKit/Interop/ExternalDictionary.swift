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
    /// The category's name: a LIWC number resolved to its name, a nested YAML category as
    /// `PARENT.CHILD`, a word-score list's sign (`WordScoreList.negative` ...).
    public let category: String
    /// Where the term starts.
    public let location: SourceLocation
    /// Where the term is given its category (a LIWC category number; else the term itself).
    public let categoryLocation: SourceLocation
    /// The weight the file gives the term (a word-score list's magnitude), or nil when the format has none.
    public let weight: Double?
    /// Where that weight is written.
    public let weightLocation: SourceLocation?

    /// An entry; `categoryLocation` defaults to `location` (formats that file a term under the category it follows).
    init(term: String, category: String, location: SourceLocation, categoryLocation: SourceLocation? = nil,
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
    /// The format the file was read as (`--from`).
    public let format: DictionaryFormat
    /// The file's path as given, which every `SourceLocation` of its entries carries.
    public let path: String
    /// Every category the file declares, in order (some may have no entries).
    public let categories: [String]
    /// Every term of every category, in file order; a term filed under two categories is two entries.
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
    /// The category's name, as `ExternalDictionary.categories` has it.
    public let name: String
    /// How many entries the dictionary files under the category (0 for a declared, empty one).
    public let entries: Int
    /// The count for category `name`.
    init(name: String, entries: Int) {
        self.name = name
        self.entries = entries
    }
}

/// A problem at a place in a dictionary (or weights) file.
public struct DictionaryIssue: Error, Sendable, Equatable {
    /// Where the problem is: the file, and the 1-based line and column of the offending text.
    public let location: SourceLocation
    /// What is wrong there.
    public let problem: DictionaryProblem
    /// The issue `problem` at `location`.
    init(_ location: SourceLocation, _ problem: DictionaryProblem) {
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
    /// A field after a LIWC term that is not a category number (the field as written).
    case liwcNotACategoryNumber(String)
    /// A LIWC entry line with a term and no category number.
    case entryWithoutCategory(String)
    // Lexicoder
    /// A term before the first `+category` line.
    case entryBeforeCategory(String)
    // shared by the formats
    /// A Lexicoder `+` line with no name after it.
    case emptyCategoryName
    /// A category declared a second time (its name, or a LIWC category's number), and where it was first.
    case duplicateCategory(String, first: SourceLocation)
    /// YAML this reader does not read, or YAML that is not a quanteda dictionary.
    case yaml(YAMLProblem)
    // word-score lists
    /// A word-score line with a term and no score (the term).
    case missingScore(String)
    /// A word-score line whose score field is not a finite number (the field as written).
    case notAScore(String)
    // the weights table (`--weights`)
    /// The weights file does not start with the header `category<TAB>term<TAB>weight` (or is empty).
    case weightsHeader
    /// A weights row that is not three tab-separated fields with a category and a term.
    case weightsRow
    /// A second weights row for the same category and term, and where the first is.
    case duplicateWeight(category: String, term: String, first: SourceLocation)
    /// A weights row whose weight is not a finite number (the field as written).
    case notAWeight(String)
    // what Slant cannot express (each with the term as the dictionary writes it)
    /// A `*` at the start of a word (`*ism`): Slant's wildcard only ends a word.
    case leadingWildcard(String)
    /// A `*` inside a word (`colo*r`): Slant's wildcard only ends a word.
    case innerWildcard(String)
    /// A quanteda `?` glob, which stands for one character.
    case singleCharacterGlob(String)
    /// Regular-expression syntax: `^ $ | \`, or a bracket that a later one closes (`colou[r]`).
    case regexPattern(String)
    /// Punctuation that matching ignores, so the term would not match as written (and the character).
    case punctuation(String, character: String)
    /// A wildcard prefix shorter than 3 letters (`ab*`), which `slant lint` calls a broad wildcard.
    case broadWildcard(String)
    /// A term of more words than a lexicon term may have (8), and its word count.
    case tooManyWords(String, words: Int)
    /// A term with a word longer than a lexicon word may be (63 bytes), and that word.
    case longWord(String, word: String)
    /// An entry whose term is empty or only blanks.
    case emptyTerm
    /// A weight outside Slant's range, greater than 0 and at most 5 (the weight).
    case weightOutOfRange(Double)
    /// The same term in two categories mapped to opposite poles.
    case oppositePoles(term: String, category: String, other: String, first: SourceLocation)
    /// The lexicon parser refused a term the checks above let through (its message).
    case unexpressible(String, reason: String)
}

/// The YAML this reader does not read, or YAML that is not a quanteda dictionary.
public enum YAMLProblem: Sendable, Equatable {
    /// A tab outside quotes (YAML indents with spaces).
    case tab
    /// An anchor (`&name`).
    case anchor
    /// An alias (`*name`); a term starting with `*` must be quoted.
    case alias
    /// A tag (`!name`).
    case tag
    /// A block scalar (`|` or `>`).
    case blockScalar
    /// A plain value continued on the next line.
    case multiLineScalar
    /// A flow mapping (`{...}`).
    case flowMapping
    /// A complex key: `? ` or a `[...]` in key position.
    case complexKey
    /// A directive line (`%YAML`, `%TAG`).
    case directive
    /// A second document after `---` or `...`.
    case multipleDocuments
    /// An unquoted value starting with `@` or a backtick, which YAML reserves (the character).
    case reservedIndicator(String)
    /// A quoted value not closed on its line.
    case unclosedQuote
    /// A `[` never closed by a `]`.
    case unclosedFlowSequence
    /// An empty item in a `[...]` list (`[a, , b]`).
    case emptyFlowItem
    /// A backslash escape this reader does not decode, as written.
    case badEscape(String)
    /// `: ` inside an unquoted value.
    case colonInPlainScalar
    /// A line indented more or less than its place in the structure allows.
    case badIndentation
    /// A line where a `key:` was expected.
    case expectedKey
    /// Text after a complete value on its line.
    case trailingCharacters
    /// A key repeated in one mapping, and where it first appears.
    case duplicateKey(String, first: SourceLocation)
    /// A `key: value` item in a list of terms.
    case mappingInSequence
    /// A list inside a list of terms.
    case nestedSequence
    /// A document that is not a mapping of category names (an empty file, a bare list or value).
    case notAMapping
}

/// Why `slant import` produced nothing. Rendered in one place, the CLI's `CLIError.render()`.
public enum ImportError: Error, Sendable, Equatable {
    /// The dictionary or weights file at `path` could not be read; `reason` is the system's message, in lower case.
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
