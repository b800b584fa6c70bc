/// An immutable open-addressing hash map from `UInt64` keys to small values.
///
/// Used for the trie transition tables (values are states, `-1` when absent) and for the
/// wildcard-prefix lengths (values are bit masks, `0` when absent): one probe per lookup,
/// no allocation, no dictionary overhead in the hot path.
struct IntTable<Value: BitwiseCopyable & Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private var mask: Int
    /// What `get` returns for a key never `set`.
    let missing: Value
    private(set) var count = 0
    private static var empty: UInt64 { UInt64.max }

    init(minimumCapacity: Int = 16, missing: Value) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: Self.empty, count: capacity)
        values = [Value](repeating: missing, count: capacity)
        mask = capacity - 1
        self.missing = missing
    }

    @inline(__always)
    private static func hash(_ key: UInt64) -> Int {
        // Fibonacci hashing spreads the (node, label) keys, which are dense and regular.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    @inline(__always)
    func get(_ key: UInt64) -> Value {
        var slot = Self.hash(key) & mask
        return keys.withUnsafeBufferPointer { k in
            while true {
                let found = k[slot]
                if found == key { return values[slot] }
                if found == Self.empty { return missing }
                slot = (slot + 1) & mask
            }
        }
    }

    mutating func set(_ key: UInt64, _ value: Value) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Self.hash(key) & mask
        while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == Self.empty { count += 1 }
        keys[slot] = key
        values[slot] = value
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 != Self.empty }
        self = IntTable(minimumCapacity: keys.count, missing: missing)
        for (k, v) in old { set(k, v) }
    }
}
