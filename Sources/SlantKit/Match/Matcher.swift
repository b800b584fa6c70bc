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
    /// The first match to start wins, then the longest, then the one with fewer wildcards, then
    /// the earlier entry in the files. The only semantics the matcher implements.
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
        // A counting sort in place: count list l at starts[l + 2], so that after the prefix sum
        // starts[l + 1] is where group l begins; placing an entry advances it, so at the end
        // starts[l + 1] is where group l ends, which is where group l + 1 begins.
        var starts = [Int32](repeating: 0, count: listCount + 2)
        var storage = [MarkerMatch](repeating: MarkerMatch(start: 0, end: 0), count: found.count)
        found.withUnsafeBufferPointer { found in
            starts.withUnsafeMutableBufferPointer { starts in
                for f in found { starts[Int(f.list) + 2] += 1 }
                for l in 0..<listCount { starts[l + 2] += starts[l + 1] }
                storage.withUnsafeMutableBufferPointer { storage in
                    for f in found {
                        storage[Int(starts[Int(f.list) + 1])] = f.match
                        starts[Int(f.list) + 1] += 1
                    }
                }
            }
        }
        self.storage = storage
        self.starts = starts
    }

    subscript(list: Int) -> ArraySlice<MarkerMatch> { storage[Int(starts[list])..<Int(starts[list + 1])] }
}

/// Buffers for phrase walks, reused for every token of a document: the states of the
/// current and the next step, and the pattern-reporting states reached so far.
///
/// Unsafe storage because an Array's uniqueness check on every write cost more than
/// the walk itself; the buffers grow (rarely) and are freed when the scratch goes away.
struct WalkScratch: ~Copyable {
    /// A state that reports patterns, and the token end at which the walk reached it.
    struct Reached {
        var state: Int32
        var end: Int32
    }

    fileprivate var states: UnsafeMutablePointer<Int32>
    fileprivate var next: UnsafeMutablePointer<Int32>
    fileprivate private(set) var capacity: Int
    fileprivate private(set) var reached: UnsafeMutablePointer<Reached>
    private var reachedCapacity: Int

    /// Most walks hold one or two states; eight leaves room, and a word that reaches more
    /// (many wildcard stems of one word) makes the buffers grow, which a test covers.
    init(capacity: Int = 8) {
        self.capacity = capacity
        states = .allocate(capacity: capacity)
        next = .allocate(capacity: capacity)
        reachedCapacity = capacity
        reached = .allocate(capacity: capacity)
    }

    deinit {
        states.deallocate()
        next.deallocate()
        reached.deallocate()
    }

    /// Appends `value` to `next` (which holds `count` states).
    @inline(__always)
    fileprivate mutating func putNext(_ value: Int32, _ count: inout Int) {
        if count == capacity { grow() }
        next[count] = value
        count += 1
    }

    /// Appends a reached state to `reached` (which holds `count`).
    @inline(__always)
    fileprivate mutating func putReached(_ state: Int32, end: Int32, _ count: inout Int) {
        if count == reachedCapacity {
            reached = Self.moved(reached, count: count, into: count * 2)
            reachedCapacity = count * 2
        }
        reached[count] = Reached(state: state, end: end)
        count += 1
    }

    private mutating func grow() {
        let bigger = capacity * 2
        states = Self.moved(states, count: capacity, into: bigger)
        next = Self.moved(next, count: capacity, into: bigger)
        capacity = bigger
    }

    private static func moved<T>(_ old: UnsafeMutablePointer<T>, count: Int, into capacity: Int) -> UnsafeMutablePointer<T> {
        let new = UnsafeMutablePointer<T>.allocate(capacity: capacity)
        new.moveInitialize(from: old, count: count)
        old.deallocate()
        return new
    }

    fileprivate mutating func swapBuffers() { swap(&states, &next) }
}

/// Finds every lexicon pattern in a tokenized document.
enum Matcher {
    static func match(_ document: Document, with lexicon: CompiledLexicon) -> Matches {
        let automaton = lexicon.automaton
        let (termAxis, termRank) = (lexicon.termAxis, lexicon.termRank)
        let axisCount = lexicon.lexicons.axes.count
        // About one term in 16 tokens and one list occurrence in 4: reserved so they rarely regrow.
        var terms: [TermMatch] = []
        terms.reserveCapacity(document.tokens.count / 16)
        var found: [(list: Int32, match: MarkerMatch)] = []
        found.reserveCapacity(document.tokens.count / 4)
        // Per axis: the longest term starting at the current token, and where the axis is free again.
        // (One array of pairs rather than two: one allocation per article.)
        var axes = [(best: TermMatch, freeFrom: Int32)](repeating: (TermMatch(term: -1, tokenStart: 0, tokenEnd: 0), 0), count: axisCount)
        var scratch = WalkScratch()
        document.tokens.withUnsafeBufferPointer { tokens in
            document.prefixSymbols.withUnsafeBufferPointer { prefixes in
                for i in tokens.indices where tokens[i].hasSymbols {
                    var matchedTerm = false
                    // This token's marker occurrences start at `foundHere`, one per list, in the order
                    // the walk first reaches each list; a longer one found later extends the end in place.
                    let foundHere = found.count
                    let reachedCount = walk(tokens, prefixes, automaton, from: i, &scratch)
                    for r in 0..<reachedCount {
                        let (state, end) = (scratch.reached[r].state, scratch.reached[r].end)
                        for index in automaton.reportedPatterns(state) {
                            switch automaton.pattern(index) {
                            case .term(let t):
                                matchedTerm = true
                                let axis = termAxis[Int(t)]
                                let current = axes[axis].best
                                if current.term < 0 || end > current.tokenEnd
                                    || (end == current.tokenEnd && termRank[Int(t)] < termRank[Int(current.term)]) {
                                    axes[axis].best = TermMatch(term: t, tokenStart: Int32(i), tokenEnd: end)
                                }
                            case .marker(let list):
                                if let j = found[foundHere...].firstIndex(where: { $0.list == list }) {
                                    found[j].match.end = end  // a walk reaches its ends in increasing order
                                } else {
                                    found.append((list, MarkerMatch(start: Int32(i), end: end)))
                                }
                            }
                        }
                    }
                    // Most tokens start no pattern: skip the bookkeeping for them.
                    if matchedTerm {
                        for axis in 0..<axisCount where axes[axis].best.term >= 0 {
                            if Int32(i) >= axes[axis].freeFrom {
                                terms.append(axes[axis].best)
                                axes[axis].freeFrom = axes[axis].best.tokenEnd
                            }
                            axes[axis].best.term = -1
                        }
                    }
                }
            }
        }
        if let exceptions = lexicon.lists.negationExceptions {
            dropExceptedNegators(&found, negators: lexicon.lists.negators, exceptions: exceptions)
        }
        return Matches(terms: terms, markers: MarkerLists(listCount: lexicon.markerListCount, found: found))
    }

    /// Walks the word trie from token `i` while the following tokens continue the phrase.
    ///
    /// Returns how many pattern-reporting states the walk reached: they are
    /// `scratch.reached[0 ..< count]`, in the order reached (so by increasing end).
    static func walk(_ tokens: UnsafeBufferPointer<Token>, _ prefixes: UnsafeBufferPointer<Int32>, _ automaton: Automaton,
                     from i: Int, _ scratch: inout WalkScratch) -> Int {
        let end = min(tokens.count, i + automaton.maxWords)
        var reachedCount = 0
        var state: Int32 = 0
        var k = i
        // One state at a time while no word on the way has wildcard stems, which is almost
        // every walk; a word with stems can lead to several states, and the general walk
        // takes over from there.
        while true {
            let token = tokens[k]
            if token.prefixCount != 0 {
                scratch.states[0] = state
                return walkStates(tokens, prefixes, automaton, from: k, to: end, count: 1, reached: reachedCount, &scratch)
            }
            guard token.word >= 0 else { break }
            state = automaton.next(state, token.word)
            guard state >= 0 else { break }
            if automaton.reportsPatterns(state) { scratch.putReached(state, end: Int32(k + 1), &reachedCount) }
            k += 1
            guard k < end && tokens[k].joined else { break }
        }
        return reachedCount
    }

    /// Continues a walk at token `k` from the `count` states in `scratch.states`, every
    /// word and wildcard stem of each token leading to its own state.
    private static func walkStates(_ tokens: UnsafeBufferPointer<Token>, _ prefixes: UnsafeBufferPointer<Int32>, _ automaton: Automaton,
                                   from k: Int, to end: Int, count: Int, reached: Int, _ scratch: inout WalkScratch) -> Int {
        var (k, stateCount, reachedCount) = (k, count, reached)
        while true {
            let token = tokens[k]
            var nextCount = 0
            for index in 0..<stateCount {
                let state = scratch.states[index]
                if token.word >= 0 {
                    let s = automaton.next(state, token.word)
                    if s >= 0 { scratch.putNext(s, &nextCount) }
                }
                let first = Int(token.prefixStart)
                for p in first..<first + Int(token.prefixCount) {
                    let s = automaton.next(state, prefixes[p])
                    if s >= 0 { scratch.putNext(s, &nextCount) }
                }
            }
            if nextCount == 0 { break }
            for index in 0..<nextCount where automaton.reportsPatterns(scratch.next[index]) {
                scratch.putReached(scratch.next[index], end: Int32(k + 1), &reachedCount)
            }
            scratch.swapBuffers()
            stateCount = nextCount
            k += 1
            guard k < end && tokens[k].joined else { break }
        }
        return reachedCount
    }

    /// Every longest occurrence of any pattern of `automaton`, left to right, not overlapping.
    static func occurrences(in document: Document, _ automaton: Automaton) -> [MarkerMatch] {
        var found: [MarkerMatch] = []
        var scratch = WalkScratch()
        var freeFrom: Int32 = 0
        document.tokens.withUnsafeBufferPointer { tokens in
            document.prefixSymbols.withUnsafeBufferPointer { prefixes in
                for i in tokens.indices where tokens[i].hasSymbols && Int32(i) >= freeFrom {
                    let reachedCount = walk(tokens, prefixes, automaton, from: i, &scratch)
                    let end = reachedCount > 0 ? scratch.reached[reachedCount - 1].end : -1
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

extension Matcher {
    /// Removes each negator that opens an idiom of `[list negation_exceptions]`.
    ///
    /// "Not only sanctions but also weapons" and "it is no coincidence that Trump caved"
    /// affirm what follows; the negator is recorded like any list word, so without this
    /// the negation rule would flip it. Exceptions are rare, so a text without one costs a
    /// single pass over `found`.
    static func dropExceptedNegators(_ found: inout [(list: Int32, match: MarkerMatch)], negators: Int32, exceptions: Int32) {
        var excepted: [Int32] = []
        for f in found where f.list == exceptions { excepted.append(f.match.start) }
        guard !excepted.isEmpty else { return }
        found.removeAll { $0.list == negators && excepted.contains($0.match.start) }
    }
}
