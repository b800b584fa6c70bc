/// The compiled lexicons: a byte trie that maps a word to its symbols, and a
/// word trie that maps symbol sequences to patterns. Built once, immutable, `Sendable`.
///
/// Cost per token does not depend on lexicon size: a word costs one hash probe
/// per byte, and a phrase walk only continues while the words so far are the
/// start of some pattern.
struct Automaton: Sendable {
    /// What a phrase-trie terminal refers to.
    enum Pattern: Sendable, Equatable {
        /// An axis term (an entry, a context-rule term, or both).
        case term(Int32)
        /// A word list (named, or the anonymous trigger list of a context rule).
        case marker(Int32)
    }

    // Byte trie over case-folded word bytes. Node 0 is the root.
    private let byteEdges: IntTable
    /// Per byte-trie node: the exact word symbol ending there, or -1.
    private let wordSymbol: [Int32]
    /// Per byte-trie node: the prefix-wildcard symbol ending there, or -1.
    private let prefixSymbol: [Int32]

    // Word trie over symbols. State 0 is the root.
    private let wordEdges: IntTable
    private let terminalStart: [Int32]
    private let terminals: [Pattern]
    /// The longest pattern, in words.
    let maxWords: Int
    /// Exact-word symbols that are abbreviations (a following period does not end the sentence).
    let isAbbreviation: [Bool]

    static let dead: Int32 = -1

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
        byteEdges = builder.byteEdges
        wordSymbol = builder.wordSymbol
        prefixSymbol = builder.prefixSymbol
        wordEdges = builder.wordEdges
        var start: [Int32] = []
        var flat: [Pattern] = []
        for list in builder.terminalLists {
            start.append(Int32(flat.count))
            flat += list
        }
        start.append(Int32(flat.count))
        terminalStart = start
        terminals = flat
        maxWords = builder.maxWords
        var abbreviation = [Bool](repeating: false, count: builder.symbolCount)
        for s in abbreviationSymbols { abbreviation[Int(s)] = true }
        isAbbreviation = abbreviation
    }

    // MARK: Byte trie (used while tokenizing)

    @inline(__always)
    func step(_ node: Int32, _ byte: UInt8) -> Int32 {
        node < 0 ? Self.dead : byteEdges.get(UInt64(UInt32(node)) << 8 | UInt64(byte))
    }

    @inline(__always)
    func wordSymbol(at node: Int32) -> Int32 { node < 0 ? -1 : wordSymbol[Int(node)] }

    @inline(__always)
    func prefixSymbol(at node: Int32) -> Int32 { node < 0 ? -1 : prefixSymbol[Int(node)] }

    // MARK: Word trie (used while matching)

    @inline(__always)
    func next(_ state: Int32, _ symbol: Int32) -> Int32 {
        wordEdges.get(UInt64(UInt32(state)) << 32 | UInt64(UInt32(symbol)))
    }

    @inline(__always)
    func patterns(at state: Int32) -> ArraySlice<Pattern> {
        terminals[Int(terminalStart[Int(state)])..<Int(terminalStart[Int(state) + 1])]
    }
}

extension Automaton {
    /// Mutable construction state; discarded once the automaton is built.
    ///
    /// Two word sequences reach the same word-trie state exactly when they match
    /// the same text, so the state doubles as a term's normalized identity.
    struct Builder {
        fileprivate var byteEdges: IntTable
        fileprivate var wordSymbol: [Int32] = [-1]
        fileprivate var prefixSymbol: [Int32] = [-1]
        fileprivate var symbolCount = 0
        fileprivate var wordEdges: IntTable
        fileprivate var terminalLists: [[Pattern]] = [[]]
        fileprivate var maxWords = 0

        /// `expectedWords` sizes the tables so they are not rehashed while loading.
        init(expectedWords: Int) {
            byteEdges = IntTable(minimumCapacity: max(1024, expectedWords * 4))
            wordEdges = IntTable(minimumCapacity: max(1024, expectedWords * 2))
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
                if prefixSymbol[Int(node)] < 0 { prefixSymbol[Int(node)] = newSymbol() }
                return prefixSymbol[Int(node)]
            }
            if wordSymbol[Int(node)] < 0 { wordSymbol[Int(node)] = newSymbol() }
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
