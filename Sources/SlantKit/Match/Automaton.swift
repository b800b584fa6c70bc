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
        var builder = Builder()
        for (words, pattern) in patterns { builder.add(words, pattern) }
        for word in abbreviations { _ = builder.symbol(for: TermWord(bytes: word, isPrefix: false)) }
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
        for word in abbreviations {
            if let s = builder.exactSymbols[word] { abbreviation[Int(s)] = true }
        }
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
    fileprivate struct Builder {
        var byteEdges = IntTable(minimumCapacity: 1024)
        var wordSymbol: [Int32] = [-1]
        var prefixSymbol: [Int32] = [-1]
        var exactSymbols: [[UInt8]: Int32] = [:]
        var prefixSymbols: [[UInt8]: Int32] = [:]
        var symbolCount = 0
        var wordEdges = IntTable(minimumCapacity: 1024)
        var terminalLists: [[Pattern]] = [[]]
        var maxWords = 0

        mutating func symbol(for word: TermWord) -> Int32 {
            if let s = (word.isPrefix ? prefixSymbols : exactSymbols)[word.bytes] { return s }
            let s = Int32(symbolCount)
            symbolCount += 1
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
                prefixSymbols[word.bytes] = s
                prefixSymbol[Int(node)] = s
            } else {
                exactSymbols[word.bytes] = s
                wordSymbol[Int(node)] = s
            }
            return s
        }

        mutating func add(_ words: [TermWord], _ pattern: Pattern) {
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
            if !terminalLists[Int(state)].contains(pattern) { terminalLists[Int(state)].append(pattern) }
            maxWords = max(maxWords, words.count)
        }
    }
}
