/// How overlapping matches of one axis are resolved.
///
/// `leftmostLongest`: scanning left to right, the match that starts first
/// wins; among matches starting at the same word the longest wins; among
/// equally long ones, fewer wildcards, then the earlier entry in the files.
/// The words of a winning match are consumed for that axis.
///
/// Example, with `new sanctions` (pressure) and `sanctions relief` (engagement):
/// in "no new sanctions relief", `new sanctions` starts first and wins, and
/// `sanctions relief` is not counted. In "offered sanctions relief",
/// `sanctions relief` wins over `sanction*`, and `sanctions` does not also count.
///
/// Each axis resolves its own overlaps: one phrase can frame two axes.
/// Word lists (negators, triggers, anchors ...) are not consumed: every
/// longest occurrence at each start is recorded.
public enum MatchSemantics: Sendable {
    case leftmostLongest
}

/// A term occurrence chosen for one axis, before rules.
struct TermMatch {
    var term: Int32
    var tokenStart: Int32
    var tokenEnd: Int32
}

/// An occurrence of a word-list term.
struct MarkerMatch {
    var start: Int32
    var end: Int32
}

/// The matches in one document.
struct Matches {
    var terms: [TermMatch] = []
    /// Marker occurrences per list id, sorted by start.
    var markers: MarkerLists
}

/// Marker occurrences grouped by list id, each group in text order.
///
/// One flat buffer, not an array per list: a document touches many lists, and growing
/// a small array for each cost more than finding the markers.
struct MarkerLists {
    private let storage: [MarkerMatch]
    /// `storage[starts[list] ..< starts[list + 1]]` is the group of `list`.
    private let starts: [Int32]

    /// Groups `found` (in text order) by list, keeping the order within each list.
    init(listCount: Int, found: [(list: Int32, match: MarkerMatch)]) {
        var starts = [Int32](repeating: 0, count: listCount + 1)
        for f in found { starts[Int(f.list) + 1] += 1 }
        for list in 0..<listCount { starts[list + 1] += starts[list] }
        var next = starts
        var storage = [MarkerMatch](repeating: MarkerMatch(start: 0, end: 0), count: found.count)
        for f in found {
            storage[Int(next[Int(f.list)])] = f.match
            next[Int(f.list)] += 1
        }
        self.storage = storage
        self.starts = starts
    }

    subscript(list: Int) -> ArraySlice<MarkerMatch> { storage[Int(starts[list])..<Int(starts[list + 1])] }
}

/// Two state buffers for phrase walks, reused for every token of a document.
///
/// Unsafe storage because an Array's uniqueness check on every write cost more than
/// the walk itself; the buffers grow (rarely) and are freed when the scratch goes away.
struct WalkScratch: ~Copyable {
    fileprivate var states: UnsafeMutablePointer<Int32>
    fileprivate var next: UnsafeMutablePointer<Int32>
    fileprivate private(set) var capacity: Int

    /// Most walks hold one or two states; eight leaves room, and a word that reaches more
    /// (many wildcard stems of one word) makes the buffers grow, which a test covers.
    init(capacity: Int = 8) {
        self.capacity = capacity
        states = .allocate(capacity: capacity)
        next = .allocate(capacity: capacity)
    }

    deinit {
        states.deallocate()
        next.deallocate()
    }

    /// Appends `value` to `next` (which holds `count` states).
    @inline(__always)
    fileprivate mutating func putNext(_ value: Int32, _ count: inout Int) {
        if count == capacity { grow() }
        next[count] = value
        count += 1
    }

    private mutating func grow() {
        let bigger = capacity * 2
        states = Self.moved(states, count: capacity, into: bigger)
        next = Self.moved(next, count: capacity, into: bigger)
        capacity = bigger
    }

    private static func moved(_ old: UnsafeMutablePointer<Int32>, count: Int, into capacity: Int) -> UnsafeMutablePointer<Int32> {
        let new = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        new.update(from: old, count: count)
        old.deallocate()
        return new
    }

    fileprivate mutating func swapBuffers() { swap(&states, &next) }
}

/// Finds every lexicon pattern in a tokenized document.
enum Matcher {
    static let semantics = MatchSemantics.leftmostLongest

    static func match(_ document: Document, with lexicon: CompiledLexicon) -> Matches {
        let automaton = lexicon.automaton
        let axisCount = lexicon.lexicons.axes.count
        var terms: [TermMatch] = []
        var found: [(list: Int32, match: MarkerMatch)] = []
        // Per axis: the longest term starting at the current token, and where the axis is free again.
        var best = [TermMatch](repeating: TermMatch(term: -1, tokenStart: 0, tokenEnd: 0), count: axisCount)
        var freeFrom = [Int32](repeating: 0, count: axisCount)
        var markerEnd = [Int32](repeating: -1, count: lexicon.markerListCount)
        var touchedMarkers: [Int32] = []
        var scratch = WalkScratch()
        document.tokens.withUnsafeBufferPointer { tokens in
            document.prefixSymbols.withUnsafeBufferPointer { prefixes in
                for i in tokens.indices where tokens[i].hasSymbols {
                    var matchedTerm = false
                    walk(tokens, prefixes, automaton, from: i, &scratch) { state, end in
                        for index in automaton.patternRange(at: state) {
                            switch automaton.pattern(index) {
                            case .term(let t):
                                matchedTerm = true
                                let axis = lexicon.termAxis[Int(t)]
                                let current = best[axis]
                                if current.term < 0 || end > current.tokenEnd
                                    || (end == current.tokenEnd && lexicon.termRank[Int(t)] < lexicon.termRank[Int(current.term)]) {
                                    best[axis] = TermMatch(term: t, tokenStart: Int32(i), tokenEnd: end)
                                }
                            case .marker(let list):
                                if markerEnd[Int(list)] < 0 { touchedMarkers.append(list) }
                                markerEnd[Int(list)] = max(markerEnd[Int(list)], end)
                            }
                        }
                    }
                    // Most tokens start no pattern: skip the bookkeeping for them.
                    if matchedTerm {
                        for axis in 0..<axisCount where best[axis].term >= 0 {
                            if Int32(i) >= freeFrom[axis] {
                                terms.append(best[axis])
                                freeFrom[axis] = best[axis].tokenEnd
                            }
                            best[axis].term = -1
                        }
                    }
                    if !touchedMarkers.isEmpty {
                        for list in touchedMarkers {
                            found.append((list, MarkerMatch(start: Int32(i), end: markerEnd[Int(list)])))
                            markerEnd[Int(list)] = -1
                        }
                        touchedMarkers.removeAll(keepingCapacity: true)
                    }
                }
            }
        }
        return Matches(terms: terms, markers: MarkerLists(listCount: lexicon.markerListCount, found: found))
    }

    /// Walks the word trie from token `i` while the following tokens continue
    /// the phrase, calling `visit` with every state reached and the token end.
    @inline(__always)
    static func walk(_ tokens: UnsafeBufferPointer<Token>, _ prefixes: UnsafeBufferPointer<Int32>, _ automaton: Automaton,
                     from i: Int, _ scratch: inout WalkScratch, _ visit: (_ state: Int32, _ end: Int32) -> Void) {
        scratch.states[0] = 0
        var stateCount = 1
        var k = i
        while k < tokens.count && k - i < automaton.maxWords {
            let token = tokens[k]
            if k > i && !token.joined { return }
            var nextCount = 0
            for index in 0..<stateCount {
                let state = scratch.states[index]
                if token.word >= 0 {
                    let s = automaton.next(state, token.word)
                    if s >= 0 { scratch.putNext(s, &nextCount) }
                }
                for p in Int(token.prefixStart)..<Int(token.prefixStart + token.prefixCount) {
                    let s = automaton.next(state, prefixes[p])
                    if s >= 0 { scratch.putNext(s, &nextCount) }
                }
            }
            if nextCount == 0 { return }
            for index in 0..<nextCount { visit(scratch.next[index], Int32(k + 1)) }
            scratch.swapBuffers()
            stateCount = nextCount
            k += 1
        }
    }

    /// Every longest occurrence of any pattern of `automaton`, left to right, not overlapping.
    static func occurrences(in document: Document, _ automaton: Automaton) -> [MarkerMatch] {
        var found: [MarkerMatch] = []
        var scratch = WalkScratch()
        var freeFrom: Int32 = 0
        document.tokens.withUnsafeBufferPointer { tokens in
            document.prefixSymbols.withUnsafeBufferPointer { prefixes in
                for i in tokens.indices where tokens[i].hasSymbols && Int32(i) >= freeFrom {
                    var end: Int32 = -1
                    walk(tokens, prefixes, automaton, from: i, &scratch) { state, reached in
                        if !automaton.patternRange(at: state).isEmpty { end = max(end, reached) }
                    }
                    if end > 0 {
                        found.append(MarkerMatch(start: Int32(i), end: end))
                        freeFrom = end
                    }
                }
            }
        }
        return found
    }
}
