/// The id of an axis, as written after `axis` in a lexicon file (`engagement_pressure`).
public struct AxisID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The id as written: lower-case letters, digits and `_`.
    public let rawValue: String
    /// Wraps an id as written; whether any lexicon declares it is not checked.
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: AxisID, b: AxisID) -> Bool { a.rawValue < b.rawValue }
}

/// The id of one weighted lexicon entry or context rule: its file and line.
///
/// Stable across runs as long as the file is not edited above the line, which
/// is what a reviewer needs to find it.
public struct EntryID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The entry's file and line, and the column of the line's first character.
    public let location: SourceLocation
    public var description: String { "\(location.path):\(location.line)" }
    public static func < (a: EntryID, b: EntryID) -> Bool { a.location < b.location }
}

/// Which end of an axis a pole is: `-1` (first pole) or `+1` (second pole).
public enum PoleSide: Int, Sendable, Hashable {
    /// The first pole (`pole -`): scores toward -1.
    case negative = -1
    /// The second pole (`pole +`): scores toward +1.
    case positive = 1
    /// -1 or +1: what a weight is multiplied by to give a signed contribution.
    public var sign: Double { Double(rawValue) }
}

/// A place in a file users edit.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The file's path as messages show it: as the user named it (`Lexicons/NAME.lex` for the shipped lexicons).
    public let path: String
    /// 1-based line number; 0 when the location is a whole file or directory.
    public let line: Int
    /// 1-based column, counted in Unicode scalars; 0 when the location is a whole line or file.
    public let column: Int
    /// A location from its parts, as given (no range check).
    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }
    public var description: String { "\(path):\(line):\(column)" }
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}

/// One word of a term: case-folded bytes, and whether it is a prefix wildcard (`sanction*`).
public struct TermWord: Hashable, Sendable {
    /// The word's bytes, case-folded the way article words are; without the `*` of a prefix.
    public let bytes: [UInt8]
    /// True for `word*`: the word matches any article word that starts with `bytes`.
    public let isPrefix: Bool
}

/// A lexicon term: one or more words as written, split the way article text is split.
public struct Term: Hashable, Sendable, CustomStringConvertible {
    /// The term as written in the file (for reports).
    public let text: String
    /// The words in order, split and case-folded the way article text is.
    public let words: [TermWord]
    public var description: String { text }
    /// The normalized form: two terms with the same key always match the same text.
    public var key: String {
        words.map { String(decoding: $0.bytes, as: UTF8.self) + ($0.isPrefix ? "*" : "") }.joined(separator: " ")
    }
}

/// A named end of an axis.
public struct Pole: Sendable, Hashable {
    /// The name used in `[pole NAME]` headers and as the score label (`pressure`).
    public let name: String
    /// Which end of the axis the pole is.
    public let side: PoleSide
    /// The quoted summary of the `pole` line; empty when it has none.
    public let summary: String
}

/// A weighted term under one pole.
///
/// A *target* (`[target POLE]`) is something the debate is about (sanctions, talks, NATO,
/// the administration): `side` is the pole that endorsing it implies. Its hit takes its
/// direction from the evaluation applied to it ("the sanctions are *working*" keeps the
/// pole, "the sanctions *backfired*" flips it) and weighs little when nothing evaluates it.
/// A plain entry (`[pole POLE]`) carries its stance itself ("peace through strength").
public struct Entry: Sendable {
    /// The entry's file and line, which identify it in reports and in `slant tune`.
    public let id: EntryID
    /// The term as parsed. With word classes, each `{name}` stands in as a word, so that lint
    /// can compare terms; `variants` are what it matches.
    public let term: Term
    /// The pole the entry pushes toward; for a target, the pole that endorsing it implies.
    public let side: PoleSide
    /// The weight from the file, greater than 0 and at most 5; the pole gives the direction.
    public let weight: Double
    /// Where the weight number starts, so `tune --write` can replace just it.
    public let weightLocation: SourceLocation
    /// The weight exactly as written (`1.5`): `tune --write` checks it is still there before replacing it.
    public let weightText: String
    /// Declared under `[target POLE]`: see `EvaluationRule`.
    public let isTarget: Bool
    /// The term as written, in pieces, when it names a word class (`{admin} caved`); else nil.
    public let pattern: [TermPiece]?
    /// The terms the entry matches: `[term]`, or every expansion of its word classes.
    public internal(set) var variants: [Term]
}

/// Something a context rule looks for near its term.
public enum Trigger: Sendable {
    /// A term that fires the rule where it occurs.
    case term(Term)
    /// `@name`: any term of the named word list fires the rule; `location` is where the
    /// reference is written, for the error when no such list exists.
    case list(name: String, location: SourceLocation)
}

/// "Term A within N tokens of a trigger in the same sentence counts for `side` with `weight`."
public struct ContextRule: Sendable {
    /// The rule's file and line, which identify it in reports and in `slant tune`.
    public let id: EntryID
    /// The term whose hits the rule can take over.
    public let term: Term
    /// What must be near the term for the rule to fire; at least one.
    public let triggers: [Trigger]
    /// How near, in tokens, on either side in the same sentence: the rule fires when fewer than
    /// `window` tokens stand between a trigger and the term (1: adjacent). From 1 to 30.
    public let window: Int
    /// The pole a hit of the term takes when the rule fires.
    public let side: PoleSide
    /// The weight a hit of the term takes when the rule fires, replacing its entry's;
    /// greater than 0 and at most 5.
    public let weight: Double
    /// Where the weight number starts, so `tune --write` can replace just it.
    public let weightLocation: SourceLocation
    /// The weight exactly as written: `tune --write` checks it is still there before replacing it.
    public let weightText: String
}

/// One framing axis: two poles, their entries and context rules.
public struct Axis: Sendable {
    /// The id from the file's `axis` line.
    public let id: AxisID
    /// The quoted title of the `axis` line, or the id when it has none.
    public let title: String
    /// The first pole (`pole -`): scores toward -1.
    public let negative: Pole
    /// The second pole (`pole +`): scores toward +1.
    public let positive: Pole
    /// Every `[pole]` and `[target]` entry of the axis's file, in file order.
    public let entries: [Entry]
    /// The `[context]` rules, in file order: for a hit, the first that fires wins.
    public let contextRules: [ContextRule]
    /// The `axis` line.
    public let location: SourceLocation

    /// The pole at `side`: `negative` or `positive`.
    public func pole(_ side: PoleSide) -> Pole { side == .negative ? negative : positive }

    func replacingEntries(_ entries: [Entry]) -> Axis {
        Axis(id: id, title: title, negative: negative, positive: positive, entries: entries, contextRules: contextRules, location: location)
    }
}

/// A named word list (negators, hedges, topic anchors ...).
public struct WordList: Sendable {
    /// The name from the `[list NAME]` header, which rules and `@NAME` triggers refer to.
    public let name: String
    /// The list's terms in file order, each with the location of its line.
    public internal(set) var terms: [(term: Term, location: SourceLocation)]
    /// The `[list NAME]` header line.
    public let location: SourceLocation
}

/// A named number a rule uses.
public struct Parameter: Sendable {
    /// The name as written (`negation.window`, `calibration.war_responsibility`).
    public let name: String
    /// The value as written, any finite number; `RuleParameters` checks its range.
    public let value: Double
    /// The line that sets it.
    public let location: SourceLocation
}
