/// The lexicon's words (or wildcard prefixes), looked up by a hash of their case-folded bytes.
///
/// The tokenizer hashes each word once, at its end, one multiply per eight bytes, and
/// looks it up then. A byte trie needs a table probe per byte instead, and with a large
/// lexicon each probe is a cache miss. A hit is confirmed by comparing the bytes, so two
/// words with the same hash never match each other.
struct WordTable: Sendable {
    private struct Slot {
        var hash: UInt64
        var symbol: Int32
        /// Where the word starts in `pool` (its length byte, then its bytes), with `shortWord`
        /// set when the word has at most eight bytes.
        var offset: UInt32

        /// Set in `offset` for a word of one to eight bytes: for two such words, equal hashes
        /// mean equal words (see `hash`), so the bytes need no comparison.
        static let shortWord: UInt32 = 1 << 31
    }

    private let slots: [Slot]
    private let pool: [UInt8]
    private let shift: UInt64
    private let mask: Int

    /// Hashes a word eight bytes at a time: each little-endian chunk (the last one padded
    /// with zeros) is mixed in with one multiply, starting from the length.
    ///
    /// Not byte by byte (FNV): the tokenizer folds a word eight bytes at a time and hashes it
    /// once, when it ends.
    ///
    /// For words of one to eight bytes, none of them zero, the hash is injective: it is
    /// `mix(start(n), c)`, with `c` the bytes as a little-endian integer, and `mix` is a
    /// bijection of `start(n) ^ c` (an odd multiply, then an xor-shift). Equal hashes of words
    /// of lengths `n1 <= n2` mean `c1 ^ c2 == n1 ^ n2`, which is below 16: so either `n1 == n2`
    /// and the words are equal, or byte `n2 - 1` (not byte 0) differs, which `n1 ^ n2` cannot
    /// make up. Longer words are confirmed by comparing their bytes.
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var h = start(bytes.count)
        var k = 0
        while k < bytes.count {
            var chunk: UInt64 = 0
            for j in k..<min(k + 8, bytes.count) { chunk |= UInt64(bytes[j]) << UInt64(8 * (j - k)) }
            h = mix(h, chunk)
            k += 8
        }
        return h
    }

    /// The same hash of the `count` bytes at `p`, which must be readable up to `count`
    /// rounded up to a multiple of eight (the tokenizer's word buffer has that slack).
    @inline(__always)
    static func hash(_ p: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        var h = start(count)
        var k = 0
        while k &+ 8 <= count {
            h = mix(h, UInt64(littleEndian: UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self)))
            k &+= 8
        }
        if k < count {
            // The last one to seven bytes, kept by one shift of an all-ones mask: wrapping
            // arithmetic, because checked shifts and multiplies cost more than the mix.
            let tail = UInt64(littleEndian: UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self))
            h = mix(h, tail & (UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* (count &- k))))
        }
        return h
    }

    @inline(__always)
    private static func start(_ count: Int) -> UInt64 { 0xCBF2_9CE4_8422_2325 ^ UInt64(truncatingIfNeeded: count) }

    @inline(__always)
    private static func mix(_ h: UInt64, _ chunk: UInt64) -> UInt64 {
        let m = (h ^ chunk) &* 0x9E37_79B9_7F4A_7C15
        return m ^ (m >> 29)
    }

    /// Builds the table from distinct (word, symbol) pairs; every word has at most `Limits.maxWordBytes` bytes.
    init(_ words: [(bytes: [UInt8], symbol: Int32)]) {
        var bits: UInt64 = 4
        while (1 << bits) < words.count * 2 { bits += 1 }
        let capacity = 1 << Int(bits)
        var slots = [Slot](repeating: Slot(hash: 0, symbol: -1, offset: 0), count: capacity)
        var pool: [UInt8] = []
        shift = 64 - bits
        mask = capacity - 1
        for (bytes, symbol) in words {
            precondition(bytes.count <= Limits.maxWordBytes, "lexicon word longer than the parser allows")
            let h = Self.hash(bytes)
            var i = Self.slot(h, shift)
            while slots[i].symbol >= 0 { i = (i + 1) & mask }
            slots[i] = Slot(hash: h, symbol: symbol, offset: UInt32(pool.count) | (bytes.count <= 8 ? Slot.shortWord : 0))
            pool.append(UInt8(bytes.count))
            pool.append(contentsOf: bytes)
        }
        self.slots = slots
        // Eight bytes of slack, so `matches` can load any word's first eight bytes at once.
        self.pool = pool + [UInt8](repeating: 0, count: 8)
    }

    @inline(__always)
    private static func slot(_ h: UInt64, _ shift: UInt64) -> Int {
        // Fibonacci hashing on top of the word hash, whose low bits alone may cluster.
        // A wrapping shift: `shift` is 64 minus the table's bits (at least 4), so in range; the
        // checked form's range test and select cost as much as the rest of the lookup.
        Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    /// The symbol of the word whose folded bytes are `word` and whose hash is `h`, or -1.
    @inline(__always)
    func symbol(_ h: UInt64, _ word: UnsafeMutableBufferPointer<UInt8>, length: Int) -> Int32 {
        // Plain subscripts, not `withUnsafeBufferPointer`: the closure form stopped being
        // inlined into the tokenizer and cost a call per word. The index is masked, so the
        // bounds check never fails.
        var i = Self.slot(h, shift)
        while true {
            let slot = slots[i]
            if slot.symbol < 0 { return -1 }
            if slot.hash == h && (length <= 8 && slot.offset & Slot.shortWord != 0 || matches(slot.offset, word, length)) {
                return slot.symbol
            }
            i = (i + 1) & mask
        }
    }

    private func matches(_ offset: UInt32, _ word: UnsafeMutableBufferPointer<UInt8>, _ length: Int) -> Bool {
        pool.withUnsafeBufferPointer { pool in
            let start = Int(offset & ~Slot.shortWord)
            guard Int(pool[start]) == length else { return false }
            var k = 0
            // Most words fit in one eight-byte comparison (the word buffer holds at least eight).
            if word.count >= 8, let w = word.baseAddress, let p = pool.baseAddress {
                let head = min(length, 8)
                let mask: UInt64 = head == 8 ? .max : (1 << UInt64(8 * head)) - 1
                let a = UnsafeRawPointer(p + start + 1).loadUnaligned(as: UInt64.self)
                let b = UnsafeRawPointer(w).loadUnaligned(as: UInt64.self)
                guard (a ^ b) & UInt64(littleEndian: mask) == 0 else { return false }
                k = head
            }
            while k < length {
                if pool[start + 1 + k] != word[k] { return false }
                k += 1
            }
            return true
        }
    }
}

/// A one-hash Bloom filter over 64-bit keys: `mayContain` is false only for keys never inserted.
///
/// A few bits per key, so it stays in cache when the table it guards does not.
struct HashGate: Sendable {
    private let bits: UInt64
    private let words: [UInt64]

    /// A gate for `keys` with about `bitsPerKey` bits per key (at least 2^13 bits, at most 2^24).
    init(_ keys: [UInt64], bitsPerKey: Int = 16) {
        var bits: UInt64 = 13
        while bits < 24 && (1 << bits) < keys.count * bitsPerKey { bits += 1 }
        var words = [UInt64](repeating: 0, count: 1 << Int(bits - 6))
        for key in keys {
            let bit = Self.bit(key, bits)
            words[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.bits = bits
        self.words = words
    }

    @inline(__always)
    /// Wrapping arithmetic: `bits` is 13...24, so the shift is in range.
    private static func bit(_ key: UInt64, _ bits: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> (64 &- bits)) }

    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let bit = Self.bit(key, bits)
        return words.withUnsafeBufferPointer { $0[bit >> 6] } & (1 << UInt64(bit & 63)) != 0
    }
}
