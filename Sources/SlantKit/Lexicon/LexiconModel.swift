/// The id of an axis, as written after `axis` in a lexicon file (`engagement_pressure`).
public struct AxisID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (a: AxisID, b: AxisID) -> Bool { a.rawValue < b.rawValue }
}

/// The id of one weighted lexicon entry or context rule: its file and line.
///
/// Stable across runs as long as the file is not edited above the line, which
/// is what a reviewer needs to find it.
public struct EntryID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let location: SourceLocation
    public var description: String { "\(location.path):\(location.line)" }
    public static func < (a: EntryID, b: EntryID) -> Bool { a.location < b.location }
}

/// Which end of an axis a pole is: `-1` (first pole) or `+1` (second pole).
public enum PoleSide: Int, Sendable, Hashable {
    case negative = -1
    case positive = 1
    public var sign: Double { Double(rawValue) }
}

/// A place in a file users edit.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let column: Int
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
    public let bytes: [UInt8]
    public let isPrefix: Bool
}

/// A lexicon term: one or more words as written, split the way article text is split.
public struct Term: Hashable, Sendable, CustomStringConvertible {
    /// The term as written in the file (for reports).
    public let text: String
    public let words: [TermWord]
    public var description: String { text }
    /// The normalized form: two terms with the same key always match the same text.
    public var key: String {
        words.map { String(decoding: $0.bytes, as: UTF8.self) + ($0.isPrefix ? "*" : "") }.joined(separator: " ")
    }
}

/// A named end of an axis.
public struct Pole: Sendable, Hashable {
    public let name: String
    public let side: PoleSide
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
    public let id: EntryID
    public let term: Term
    public let side: PoleSide
    public let weight: Double
    /// Where the weight number starts, so `tune --write` can replace just it.
    public let weightLocation: SourceLocation
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
    case term(Term)
    case list(name: String, location: SourceLocation)
}

/// "Term A within N tokens of a trigger in the same sentence counts for `side` with `weight`."
public struct ContextRule: Sendable {
    public let id: EntryID
    public let term: Term
    public let triggers: [Trigger]
    public let window: Int
    public let side: PoleSide
    public let weight: Double
    public let weightLocation: SourceLocation
    public let weightText: String
}

/// One framing axis: two poles, their entries and context rules.
public struct Axis: Sendable {
    public let id: AxisID
    public let title: String
    public let negative: Pole
    public let positive: Pole
    public let entries: [Entry]
    public let contextRules: [ContextRule]
    public let location: SourceLocation

    public func pole(_ side: PoleSide) -> Pole { side == .negative ? negative : positive }

    func replacingEntries(_ entries: [Entry]) -> Axis {
        Axis(id: id, title: title, negative: negative, positive: positive, entries: entries, contextRules: contextRules, location: location)
    }
}

/// A named word list (negators, hedges, topic anchors ...).
public struct WordList: Sendable {
    public let name: String
    public internal(set) var terms: [(term: Term, location: SourceLocation)]
    public let location: SourceLocation
}

/// A named number a rule uses.
public struct Parameter: Sendable {
    public let name: String
    public let value: Double
    public let location: SourceLocation
}
