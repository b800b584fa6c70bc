/// Turns raw input bytes into the UTF-8 text the scorer reads, saying what it had to repair.
public enum TextDecoding {
    /// Decodes `bytes`: UTF-8 (a BOM is dropped), UTF-16 with a BOM, or
    /// UTF-8 with invalid sequences replaced by U+FFFD. Returns the text and warnings.
    public static func decode(_ bytes: [UInt8]) -> (text: [UInt8], warnings: [String]) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(Array(bytes.dropFirst(3)))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            let text = String(decoding: units, as: UTF16.self)
            return (Array(text.utf8), ["decoded from UTF-16 (\(little ? "little" : "big")-endian BOM)"])
        }
        return decodeUTF8(bytes)
    }

    private static func decodeUTF8(_ bytes: [UInt8]) -> (text: [UInt8], warnings: [String]) {
        var warnings: [String] = []
        var text = bytes
        if !isValidUTF8(bytes) {
            text = Array(String(decoding: bytes, as: UTF8.self).utf8)
            warnings.append("invalid UTF-8 replaced with U+FFFD")
        }
        if bytes.contains(0) { warnings.append("contains NUL bytes (binary data?)") }
        return (text, warnings)
    }

    private static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// Where to cut `bytes` to keep at most `limit` of them without splitting a character:
    /// for UTF-16 (with its BOM) an even length not ending in a high surrogate, otherwise a
    /// UTF-8 boundary (up to three continuation bytes given back).
    public static func cutLength(_ bytes: [UInt8], limit: Int) -> Int {
        guard limit < bytes.count else { return bytes.count }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            var n = limit & ~1
            let highByte = bytes[0] == 0xFF ? n - 1 : n - 2
            if n >= 4, (0xD8...0xDB).contains(bytes[highByte]) { n -= 2 }
            return n
        }
        var n = limit
        var given = 0
        while n > 0 && given < 3 && bytes[n] & 0xC0 == 0x80 {
            n -= 1
            given += 1
        }
        return n
    }
}
