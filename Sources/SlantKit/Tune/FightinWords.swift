import Foundation

/// A phrase that separates the two poles of an axis in the labelled corpus.
public struct CandidateTerm: Sendable, Equatable {
    /// Folded words joined by spaces, as a lexicon term would be written.
    public let phrase: String
    /// Occurrences in group A: the cases whose label on the axis is below −band.
    public let countA: Int
    /// Occurrences in group B: the cases whose label on the axis is above +band.
    public let countB: Int
    /// δ, the log-odds ratio of group A over group B with the prior (see `FightinWords`).
    public let delta: Double
    /// z > 0: more typical of group A, the axis's first pole; z < 0: of group B, the second.
    public let z: Double
}

/// The candidate terms of one axis: those typical of its first pole, then of its second.
public struct AxisCandidates: Sendable {
    /// The axis whose poles the candidates separate.
    public let axis: AxisID
    /// Largest z first.
    public let first: [CandidateTerm]
    /// Most negative z first.
    public let second: [CandidateTerm]
}

/// Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn
/// 2008, "Fightin' Words", §3.5), for phrases counted in two groups.
///
/// With y_w^i the count of w in group i, n^i = Σ_w y_w^i, and the prior
/// α_w = α0 · (y_w^A + y_w^B) / (n^A + n^B) (α0 times the background frequency,
/// so α_0 = Σ_w α_w = α0):
///
///     δ_w   = log((y_w^A + α_w) / (n^A + α_0 − y_w^A − α_w)) − log((y_w^B + α_w) / (n^B + α_0 − y_w^B − α_w))
///     σ²_w ≈ 1 / (y_w^A + α_w) + 1 / (y_w^B + α_w)
///     z_w   = δ_w / σ_w
///
/// The prior shrinks rare phrases toward zero, so a phrase seen twice in one
/// group does not outrank one seen forty times.
public enum FightinWords {
    /// α0, the total prior mass used by `slant tune`.
    public static let defaultPriorMass = 1000.0

    /// Scores every phrase of `counts` (phrase → counts in groups A and B); sorted by z, largest first, ties by phrase.
    public static func score(_ counts: [String: (a: Int, b: Int)], priorMass: Double = defaultPriorMass) -> [CandidateTerm] {
        let nA = Double(counts.values.reduce(0) { $0 + $1.a })
        let nB = Double(counts.values.reduce(0) { $0 + $1.b })
        guard nA + nB > 0 else { return [] }
        let result = counts.map { phrase, c -> CandidateTerm in
            let yA = Double(c.a), yB = Double(c.b)
            let alpha = priorMass * (yA + yB) / (nA + nB)
            let delta = log((yA + alpha) / (nA + priorMass - yA - alpha)) - log((yB + alpha) / (nB + priorMass - yB - alpha))
            let sigma = (1 / (yA + alpha) + 1 / (yB + alpha)).squareRoot()
            return CandidateTerm(phrase: phrase, countA: c.a, countB: c.b, delta: delta, z: delta / sigma)
        }
        return result.sorted { ($0.z, $1.phrase) > ($1.z, $0.phrase) }
    }
}

/// Finds candidate terms per axis: 1–3-word phrases that separate the poles.
///
/// Phrases are token n-grams from the project's own scanner, so they split
/// words exactly as a lexicon term would match them, and never span
/// punctuation or a line break (a phrase there could not match either).
/// Left out, because they would add nothing or only noise:
/// - phrases already scored on the axis: containing, as whole consecutive
///   words, a term of one of its entries or context rules (wildcards honoured);
/// - phrases that start or end with a word of at most two characters (`of`,
///   `to`, `'s`), a number, or a one-word term of any `[list ...]` section
///   (`not`, `said`, `should` ...), and phrases equal to a list term;
/// - phrases starting or ending with a word that occurs in at least a quarter of
///   the labelled texts: corpus-wide function words (`the`, `and`) and topic
///   words every article shares (`russia`), which separate nothing.
enum CandidateFinder {
    static let maxWords = 3
    /// A word in at least this share of the labelled texts is common (see above).
    static let commonShare = 0.25

    /// Per axis (lexicon order): up to `limit` candidates for each pole, first pole first.
    static func find(_ corpus: TuneCorpus, limit: Int) -> [AxisCandidates] {
        let grams = corpus.cases.map { PhraseSink.phrases(of: $0.text, maxWords: maxWords) }
        let common = commonWords(grams)
        let listTerms = corpus.lexicons.lists.values.flatMap { $0.terms.map(\.term) }
        return corpus.lexicons.axes.map { axis in
            var counts: [String: (a: Int, b: Int)] = [:]
            var words: [String: [[UInt8]]] = [:]
            for (c, labelCase) in corpus.cases.enumerated() {
                guard let expected = labelCase.expect[axis.id], abs(expected) > corpus.band else { continue }
                for gram in grams[c] {
                    let key = gram.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
                    var old = counts[key] ?? (0, 0)
                    if expected < 0 { old.a += 1 } else { old.b += 1 }
                    counts[key] = old
                    if words[key] == nil { words[key] = gram }
                }
            }
            let scored = FightinWords.score(counts)
            let axisTerms = axis.entries.map(\.term) + axis.contextRules.map(\.term)
            func keep(_ c: CandidateTerm) -> Bool {
                let gram = words[c.phrase]!
                return !isFiller(gram, common: common, lists: listTerms) && !axisTerms.contains { contains(gram, $0) }
            }
            // Filtering is lazy: only walk the sorted list as far as needed.
            let first = Array(scored.lazy.filter { $0.z > 0 }.filter(keep).prefix(limit))
            let second = Array(scored.reversed().lazy.filter { $0.z < 0 }.filter(keep).prefix(limit))
            return AxisCandidates(axis: axis.id, first: first, second: second)
        }
    }

    /// Words that occur in at least `commonShare` of the texts (and in two or more).
    static func commonWords(_ grams: [[[[UInt8]]]]) -> Set<[UInt8]> {
        var documents: [[UInt8]: Int] = [:]
        for text in grams {
            for word in Set(text.filter { $0.count == 1 }.map { $0[0] }) { documents[word, default: 0] += 1 }
        }
        let threshold = Int((Double(grams.count) * commonShare).rounded(.up))
        return Set(documents.filter { $0.value >= max(threshold, 2) }.keys)
    }

    static func isFiller(_ gram: [[UInt8]], common: Set<[UInt8]>, lists: [Term]) -> Bool {
        for edge in [gram.first!, gram.last!] {
            if String(decoding: edge, as: UTF8.self).count <= 2 { return true }
            if edge.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2C }) { return true }
            if common.contains(edge) { return true }
            if lists.contains(where: { $0.words.count == 1 && matches([edge], $0.words) }) { return true }
        }
        return lists.contains { $0.words.count == gram.count && matches(gram, $0.words) }
    }

    /// True when `term` matches some run of consecutive words of `gram`.
    static func contains(_ gram: [[UInt8]], _ term: Term) -> Bool {
        let n = term.words.count
        guard n <= gram.count else { return false }
        return (0...(gram.count - n)).contains { matches(Array(gram[$0..<($0 + n)]), term.words) }
    }

    static func matches(_ words: [[UInt8]], _ term: [TermWord]) -> Bool {
        zip(words, term).allSatisfy { word, t in t.isPrefix ? word.starts(with: t.bytes) : word == t.bytes }
    }
}

/// Collects 1…maxWords-word phrases from text with the project's scanner.
///
/// Like `TermSplitter`, but a phrase only continues across words the scanner
/// reports as joined (spaces, a word-internal hyphen, a possessive split).
struct PhraseSink: TokenSink {
    let maxWords: Int
    private(set) var phrases: [[[UInt8]]] = []
    private var run: [[UInt8]] = []
    private var current: [UInt8] = []

    static func phrases(of text: [UInt8], maxWords: Int) -> [[[UInt8]]] {
        var sink = PhraseSink(maxWords: maxWords)
        text.withUnsafeBufferPointer { Scanner.scan($0, into: &sink) }
        return sink.phrases
    }

    init(maxWords: Int) { self.maxWords = maxWords }

    mutating func beginWord(at offset: Int, joined: Bool) {
        if !joined { run.removeAll(keepingCapacity: true) }
        current.removeAll(keepingCapacity: true)
    }

    mutating func wordByte(_ byte: UInt8) { current.append(byte) }

    mutating func endWord(at offset: Int) {
        run.append(current)
        if run.count > maxWords { run.removeFirst() }
        // Every phrase ending at this word.
        for length in 1...run.count { phrases.append(Array(run[(run.count - length)...])) }
    }

    mutating func mark(_ mark: StructuralMark, at offset: Int) { run.removeAll(keepingCapacity: true) }
}
