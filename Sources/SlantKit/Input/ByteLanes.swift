/// Tests on eight bytes at once, loaded as a little-endian `UInt64` (one byte per lane).
///
/// Each test returns a mask whose lane high bits are set only if some byte passes: a borrow
/// can spill into a higher lane, but only from a lane that passed, so the mask is nonzero
/// exactly when some byte passes. Callers test "any", never which lane.
/// Shared by the JSONL reader (where a plain string run ends) and the JSON writer (whether a
/// string needs escaping).
enum ByteLanes {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Loads eight bytes from `p`, which must be readable.
    @inline(__always)
    static func load(_ p: UnsafePointer<UInt8>) -> UInt64 { UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)) }

    /// Some byte of `v` equals `byte`.
    @inline(__always)
    static func equal(_ v: UInt64, _ byte: UInt8) -> UInt64 {
        let x = v ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs
    }

    /// Some byte of `v` is below `bound` (at most 0x80; bytes of 0x80 and up never pass).
    @inline(__always)
    static func below(_ v: UInt64, _ bound: UInt8) -> UInt64 { (v &- ones &* UInt64(bound)) & ~v & highs }

    /// Some byte of `v` ends a plain run of a JSON string: `"`, `\` or a control character.
    @inline(__always)
    static func jsonStringSpecial(_ v: UInt64) -> Bool { equal(v, 0x22) | equal(v, 0x5C) | below(v, 0x20) != 0 }
}
