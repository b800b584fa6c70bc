/// The compiled lexicons: word tables that map a word to its symbols, and a
/// word trie that maps symbol sequences to patterns. Built once, immutable, `Sendable`.
///
/// Cost per token does not depend on lexicon size: a word costs one hash probe
/// (plus one per wildcard length it reaches), and a phrase walk only continues
/// while the words so far are the start of some pattern.
struct Automaton: Sendable {
    /// What a phrase-trie terminal refers to.
    enum Pattern: Sendable, Equatable {
        /// An axis term (an entry, a context-rule term, or both).
        case term(Int32)
        /// A word list (named, or the anonymous trigger list of a context rule).
        case marker(Int32)
    }

    /// Exact words, by folded bytes.
    let exactWords: WordTable
    /// Wildcard prefixes (`sanction*` is stored as `sanction`), by folded bytes.
    let prefixWords: WordTable
    /// The length of the shortest wildcard prefix, and which hashes of that many bytes start one.
    /// Most words fail this gate, and then no prefix of them is looked up at all.
    let prefixGateLength: Int
    let prefixGate: HashGate
    /// For the hash of a word's first `prefixGateLength` bytes (see `prefixStartKey`): bit `n` is
    /// set when a wildcard prefix of `n` bytes starts with those bytes. Only those lengths are
    /// looked up, so `sanctions` probes for `sanction` and not for every length up to 9.
    let prefixStartLengths: IntTable<UInt64>
    /// Which hashes are whole wildcard prefixes: checked before the prefix table is probed,
    /// because with many wildcards many words pass the first gate and the table misses cache.
    let prefixHashes: HashGate

    // Word trie over symbols. State 0 is the root.
    /// The root's transitions, by symbol: every token that has a symbol reads one.
    private let rootNext: [Int32]
    /// The other transitions, keyed by (state, symbol), behind a gate that answers most
    /// misses from cache: with a large lexicon the table itself does not fit.
    private let wordEdges: IntTable<Int32>
    private let edgeGate: HashGate
    private let terminalStart: [Int32]
    /// One bit per state: does it report any pattern? Most states reached do not, and this
    /// small bitset answers that from cache where `terminalStart` (large with a big lexicon) would not.
    private let isTerminal: [UInt64]
    private let terminals: [Pattern]
    /// The longest pattern, in words.
    let maxWords: Int
    /// Exact-word symbols that are abbreviations (a following period does not end the sentence).
    let isAbbreviation: [Bool]

    /// Builds the automaton from (words, pattern) pairs.
    init(patterns: [(words: [TermWord], pattern: Pattern)], abbreviations: [[UInt8]]) {
        var builder = Builder(expectedWords: patterns.count)
        for (words, pattern) in patterns { builder.add(pattern, at: builder.state(for: words)) }
        self.init(builder, abbreviations: abbreviations)
    }

    /// Finishes a builder; `abbreviations` are single words whose following period does not end a sentence.
    init(_ builder: Builder, abbreviations: [[UInt8]]) {
        var builder = builder
        let abbreviationSymbols = abbreviations.map { builder.symbol(for: TermWord(bytes: $0, isPrefix: false)) }
        var root = [Int32](repeating: -1, count: builder.symbolCount)
        for (symbol, state) in builder.rootEdges { root[Int(symbol)] = state }
        rootNext = root
        wordEdges = builder.wordEdges
        edgeGate = HashGate(builder.innerEdgeKeys)
        var start: [Int32] = []
        var flat: [Pattern] = []
        for list in builder.terminalLists {
            start.append(Int32(flat.count))
            flat += list
        }
        start.append(Int32(flat.count))
        terminalStart = start
        terminals = flat
        var bits = [UInt64](repeating: 0, count: builder.terminalLists.count / 64 + 1)
        for (state, list) in builder.terminalLists.enumerated() where !list.isEmpty { bits[state >> 6] |= 1 << UInt64(state & 63) }
        isTerminal = bits
        maxWords = builder.maxWords
        exactWords = WordTable(builder.exactList)
        prefixWords = WordTable(builder.prefixList)
        let gateLength = builder.prefixList.map(\.bytes.count).min() ?? Int.max
        prefixGateLength = gateLength
        var startLengths = IntTable<UInt64>(minimumCapacity: builder.prefixList.count, missing: 0)
        var gateHashes: [UInt64] = []
        for (bytes, _) in builder.prefixList {
            let h = WordTable.hash(Array(bytes.prefix(gateLength)))
            gateHashes.append(h)
            let key = Self.prefixStartKey(h)
            startLengths.set(key, startLengths.get(key) | 1 << UInt64(bytes.count))
        }
        prefixGate = HashGate(gateHashes)
        prefixStartLengths = startLengths
        prefixHashes = HashGate(builder.prefixList.map { WordTable.hash($0.bytes) })
        var abbreviation = [Bool](repeating: false, count: builder.symbolCount)
        for s in abbreviationSymbols { abbreviation[Int(s)] = true }
        isAbbreviation = abbreviation
    }

    /// The `prefixStartLengths` key for a gate hash: its top bit cleared, because the table
    /// keeps `UInt64.max` for empty slots.
    @inline(__always)
    static func prefixStartKey(_ gateHash: UInt64) -> UInt64 { gateHash >> 1 }

    // MARK: Word trie (used while matching)

    @inline(__always)
    func next(_ state: Int32, _ symbol: Int32) -> Int32 {
        if state == 0 { return rootNext[Int(symbol)] }
        let key = UInt64(UInt32(state)) << 32 | UInt64(UInt32(symbol))
        return edgeGate.mayContain(key) ? wordEdges.get(key) : -1
    }

    /// Whether `state` reports any pattern.
    @inline(__always)
    func reportsPatterns(_ state: Int32) -> Bool {
        let s = Int(state)
        return isTerminal[s >> 6] & (1 << UInt64(s & 63)) != 0
    }

    /// The patterns a state reports, as indices for `pattern(_:)`; only for a state that
    /// `reportsPatterns` (the walk keeps only those).
    @inline(__always)
    func reportedPatterns(_ state: Int32) -> Range<Int> {
        Int(terminalStart[Int(state)])..<Int(terminalStart[Int(state) + 1])
    }

    @inline(__always)
    func pattern(_ index: Int) -> Pattern { terminals[index] }
}

extension Automaton {
    /// Mutable construction state; discarded once the automaton is built.
    ///
    /// A byte trie gives each distinct word (and wildcard prefix) its symbol. Two word sequences reach the same word-trie state exactly when they match
    /// the same text, so the state doubles as a term's normalized identity.
    struct Builder {
        fileprivate var byteEdges: IntTable<Int32>
        fileprivate var wordSymbol: [Int32] = [-1]
        fileprivate var prefixSymbol: [Int32] = [-1]
        fileprivate var symbolCount = 0
        fileprivate var wordEdges: IntTable<Int32>
        fileprivate var terminalLists: [[Pattern]] = [[]]
        fileprivate var maxWords = 0
        /// Word-trie edges from the root, and the keys of all the others, for the automaton's tables.
        fileprivate var rootEdges: [(symbol: Int32, state: Int32)] = []
        fileprivate var innerEdgeKeys: [UInt64] = []
        /// Each symbol's word, for the word tables.
        fileprivate var exactList: [(bytes: [UInt8], symbol: Int32)] = []
        fileprivate var prefixList: [(bytes: [UInt8], symbol: Int32)] = []

        /// `expectedWords` sizes the tables so they are not rehashed while loading.
        init(expectedWords: Int) {
            byteEdges = IntTable(minimumCapacity: max(1024, expectedWords * 4), missing: -1)
            wordEdges = IntTable(minimumCapacity: max(1024, expectedWords * 2), missing: -1)
        }

        /// The symbol of a word, found by walking the byte trie (new nodes and a new symbol when absent).
        mutating func symbol(for word: TermWord) -> Int32 {
            var node: Int32 = 0
            for byte in word.bytes {
                let key = UInt64(UInt32(node)) << 8 | UInt64(byte)
                var child = byteEdges.get(key)
                if child < 0 {
                    child = Int32(wordSymbol.count)
                    wordSymbol.append(-1)
                    prefixSymbol.append(-1)
                    byteEdges.set(key, child)
                }
                node = child
            }
            if word.isPrefix {
                if prefixSymbol[Int(node)] < 0 {
                    prefixSymbol[Int(node)] = newSymbol()
                    prefixList.append((word.bytes, prefixSymbol[Int(node)]))
                }
                return prefixSymbol[Int(node)]
            }
            if wordSymbol[Int(node)] < 0 {
                wordSymbol[Int(node)] = newSymbol()
                exactList.append((word.bytes, wordSymbol[Int(node)]))
            }
            return wordSymbol[Int(node)]
        }

        private mutating func newSymbol() -> Int32 {
            symbolCount += 1
            return Int32(symbolCount - 1)
        }

        /// The word-trie state reached by `words`, created if needed.
        mutating func state(for words: [TermWord]) -> Int32 {
            var state: Int32 = 0
            for word in words {
                let s = symbol(for: word)
                let key = UInt64(UInt32(state)) << 32 | UInt64(UInt32(s))
                var next = wordEdges.get(key)
                if next < 0 {
                    next = Int32(terminalLists.count)
                    terminalLists.append([])
                    wordEdges.set(key, next)
                    if state == 0 { rootEdges.append((s, next)) } else { innerEdgeKeys.append(key) }
                }
                state = next
            }
            maxWords = max(maxWords, words.count)
            return state
        }

        /// Makes `state` report `pattern` (once, in the order added).
        mutating func add(_ pattern: Pattern, at state: Int32) {
            if !terminalLists[Int(state)].contains(pattern) { terminalLists[Int(state)].append(pattern) }
        }
    }
}
