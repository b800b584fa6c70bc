import Testing
@testable import SlantKit

/// The JSON writer's exact bytes: commas, escapes, numbers, and growth past its first buffer.
struct JSONWriterTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let write: @Sendable (inout JSONWriter) -> Void
        let expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "commas between values at every level", write: { w in
            w.beginObject(); w.field("a", 1); w.key("b"); w.beginArray(); w.integer(2); w.beginArray(); w.endArray(); w.null(); w.endArray()
            w.field("c", true ? "x" : ""); w.endObject()
        }, expected: #"{"a":1,"b":[2,[],null],"c":"x"}"#),
        Case(name: "escapes quote, backslash, controls and DEL; passes UTF-8 through", write: { w in
            w.string("q\"b\\n\nr\rt\t\u{01}\u{7F} é ☃ 🇺🇦")
        }, expected: #""q\"b\\n\nr\rt\t\u0001\u007f é ☃ 🇺🇦""#),
        Case(name: "keys from data are escaped", write: { w in
            w.beginObject(); w.key(named: "a\"b"); w.bool(false); w.endObject()
        }, expected: #"{"a\"b":false}"#),
        Case(name: "numbers: four decimals, no negative zero, null when not finite, Swift's form past 1e15", write: { w in
            w.beginArray(); w.number(-0.41236); w.number(-0.00001); w.number(.nan); w.number(-.infinity); w.number(2e15); w.endArray()
        }, expected: "[-0.4124,0.0000,null,null,2000000000000000.0]"),
        Case(name: "whole numbers at the extremes", write: { w in
            w.beginArray(); w.integer(Int.min); w.integer(Int.max); w.integer(0); w.endArray()
        }, expected: "[-9223372036854775808,9223372036854775807,0]"),
        Case(name: "a string built from parts", write: { w in
            w.string { w in w.appendEscaped("negated"); w.raw(" ×"); w.appendShort(-0.6); w.raw(UInt8(ascii: "/")); w.appendShort(2); w.raw(UInt8(ascii: "/")); w.appendInteger(-42) }
        }, expected: #""negated ×-0.6/2/-42""#),
        Case(name: "values and keys encoded once elsewhere are copied with their commas", write: { w in
            let key = JSONWriter.encodedString("pole \"a\"")
            w.beginObject(); w.key(encoded: key); w.encoded(JSONWriter.encodedString("x\ny")); w.key(encoded: key)
            w.beginArray(); w.encoded(key); w.encoded(key); w.endArray(); w.endObject()
        }, expected: #"{"pole \"a\"":"x\ny","pole \"a\"":["pole \"a\"","pole \"a\""]}"#),
        Case(name: "numbers: digits of every width, decimals padded with zeros", write: { w in
            w.beginArray(); w.number(0); w.number(9.99995); w.number(-123456.00004); w.number(0.0001); w.integer(1_000_000_007)
            w.string { w in w.appendShort(0.125); w.raw(UInt8(ascii: "/")); w.appendShort(10) }; w.endArray()
        }, expected: #"[0.0000,10.0000,-123456.0000,0.0001,1000000007,"0.125/10"]"#),
        Case(name: "grows past its first buffer, keeping every byte", write: { w in
            w.beginArray()
            for i in 0..<300 { w.string(String(repeating: "ab", count: i % 7)); w.integer(i) }
            w.endArray()
        }, expected: "[" + (0..<300).map { "\"\(String(repeating: "ab", count: $0 % 7))\",\($0)" }.joined(separator: ",") + "]"),
    ]

    @Test(arguments: cases)
    func writesExactBytes(_ c: Case) {
        var w = JSONWriter(capacity: 16)
        c.write(&w)
        #expect(String(decoding: w.bytes, as: UTF8.self) == c.expected)
    }
}

/// `JSONWriter.needsEscaping` tests eight bytes at a time; it must agree with the byte-by-byte
/// rule (control characters, `"`, `\`, DEL) for every byte value, wherever it sits.
struct JSONEscapeScanTests {
    static func scalar(_ b: UInt8) -> Bool { b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F }

    @Test(arguments: [1, 7, 8, 9, 16, 21])
    func agreesWithTheByteRuleForEveryByteAtEveryPosition(length: Int) {
        var mismatches: [String] = []
        for position in 0..<length {
            for value in 0...255 {
                // Fillers that border the escaped ranges: space (0x20), `#`, `[`, `]`, `~`, 0x80.
                var bytes = (0..<length).map { [0x20, 0x23, 0x5B, 0x5D, 0x7E, 0x80][$0 % 6] as UInt8 }
                bytes[position] = UInt8(value)
                let fast = bytes.withUnsafeBufferPointer(JSONWriter.needsEscaping)
                if fast != Self.scalar(UInt8(value)) { mismatches.append("byte \(value) at \(position) of \(length)") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func plainTextAndTheEmptyStringNeedNoEscaping() {
        for text in ["", "sanctions relief", "Lexicons/engagement_pressure.lex", "négociations — путін ×0.7"] {
            #expect(Array(text.utf8).withUnsafeBufferPointer(JSONWriter.needsEscaping) == false, "\(text)")
        }
    }
}
