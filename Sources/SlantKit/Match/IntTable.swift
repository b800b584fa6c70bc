/// An immutable open-addressing hash map from `UInt64` keys to `Int32` values.
///
/// Used for both trie transition tables: one probe per byte or per word, no
/// allocation, no dictionary overhead in the hot path.
struct IntTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0
    private static let empty = UInt64.max

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: Self.empty, count: capacity)
        values = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
    }

    @inline(__always)
    private static func hash(_ key: UInt64) -> Int {
        // Fibonacci hashing spreads the (node, label) keys, which are dense and regular.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    @inline(__always)
    func get(_ key: UInt64) -> Int32 {
        var slot = Self.hash(key) & mask
        return keys.withUnsafeBufferPointer { k in
            while true {
                let found = k[slot]
                if found == key { return values[slot] }
                if found == Self.empty { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Self.hash(key) & mask
        while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == Self.empty { count += 1 }
        keys[slot] = key
        values[slot] = value
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 != Self.empty }
        self = IntTable(minimumCapacity: keys.count)
        for (k, v) in old { set(k, v) }
    }
}
