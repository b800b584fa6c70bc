import Testing
@testable import SlantKit

/// The JSONL record reader, the HTML reducer and text decoding.
struct InputTests {
    struct JSONCase: CustomTestStringConvertible, Sendable {
        let name: String
        let line: String
        let record: JSONLRecord
        var testDescription: String { name }
    }

    static let jsonCases: [JSONCase] = [
        JSONCase(name: "plain", line: #"{"id": "a", "text": "hello", "title": "T"}"#, record: JSONLRecord(id: "a", text: "hello", title: "T")),
        JSONCase(name: "numeric id and extra fields", line: #"{"id": 42, "url": "x", "n": -1.50e+3, "text": "t", "outlet": "A"}"#,
                 record: JSONLRecord(id: "42", text: "t", title: nil,
                                     meta: RecordMeta([.init(name: "url", value: .string("x")), .init(name: "n", value: .number("-1.50e+3")),
                                                       .init(name: "outlet", value: .string("A"))]))),
        JSONCase(name: "a repeated field keeps its first place and its last value",
                 line: #"{"outlet": "A", "date": "2025-08-15", "outlet": 7, "text": "t"}"#,
                 record: JSONLRecord(id: nil, text: "t", title: nil,
                                     meta: RecordMeta([.init(name: "outlet", value: .number("7")), .init(name: "date", value: .string("2025-08-15"))]))),
        JSONCase(name: "escaped metadata is unescaped", line: #"{"text": "t", "by": "J. \"Jo\" Doe \u00e9", "zero": 0, "neg": -0.0}"#,
                 record: JSONLRecord(id: nil, text: "t", title: nil,
                                     meta: RecordMeta([.init(name: "by", value: .string("J. \"Jo\" Doe é")), .init(name: "zero", value: .number("0")),
                                                       .init(name: "neg", value: .number("-0.0"))]))),
        JSONCase(name: "escapes", line: #"{"text": "a\"b\\c\/d\n\t\u00e9"}"#, record: JSONLRecord(id: nil, text: "a\"b\\c/d\n\té", title: nil)),
        JSONCase(name: "surrogate pair", line: #"{"text": "\ud83d\ude00 ok"}"#, record: JSONLRecord(id: nil, text: "😀 ok", title: nil)),
        JSONCase(name: "lone high surrogate becomes U+FFFD", line: #"{"text": "\ud83d!"}"#, record: JSONLRecord(id: nil, text: "\u{FFFD}!", title: nil)),
        JSONCase(name: "lone low surrogate becomes U+FFFD", line: #"{"text": "\ude00"}"#, record: JSONLRecord(id: nil, text: "\u{FFFD}", title: nil)),
        JSONCase(name: "raw UTF-8 passes through", line: #"{"text": "Зеленський’s"}"#, record: JSONLRecord(id: nil, text: "Зеленський’s", title: nil)),
        JSONCase(name: "null title", line: #"{"text": "x", "title": null}"#, record: JSONLRecord(id: nil, text: "x", title: nil)),
    ]

    @Test(arguments: jsonCases)
    func readsRecords(_ c: JSONCase) throws {
        #expect(try JSONLRecordReader.parse(Array(c.line.utf8)[...]) == c.record)
    }

    /// The string scan reads eight bytes at a time; a quote, backslash or control byte at
    /// any offset within those eight must still be seen (every offset 0 ..< 24 is tried).
    @Test(arguments: [("\\\"", "\""), ("\\\\", "\\"), ("\\n", "\n"), ("é", "é")])
    func specialBytesAreFoundAtEveryOffset(_ escaped: String, _ decoded: String) throws {
        for offset in 0..<24 {
            let head = String(repeating: "a", count: offset)
            let line = "{\"text\": \"\(head)\(escaped)tail of the text\"}"
            #expect(try JSONLRecordReader.parse(Array(line.utf8)[...]).text == head + decoded + "tail of the text", "offset \(offset)")
            let raw = "{\"text\": \"\(head)\u{07}tail of the text\"}"
            #expect(throws: JSONLRecordReader.SyntaxError.self, "control byte at offset \(offset)") {
                try JSONLRecordReader.parse(Array(raw.utf8)[...])
            }
        }
    }

    @Test(arguments: [
        (#"{"text": "a"#, "column 12: unterminated string"),
        (#"{"text": "a" "id": 1}"#, "column 14: expected ',' or '}'"),
        (#"["text"]"#, "column 1: expected '{'"),
        (#"{"text": "a"} x"#, "column 15: unexpected text after the record"),
        (#"{"text": "\q"}"#, #"column 11: invalid escape '\q'"#),
        ("{\"text\": \"a\u{01}\"}", "column 12: control character in string (must be escaped)"),
    ])
    func rejectsMalformedRecords(_ line: String, _ message: String) {
        #expect(throws: JSONLRecordReader.SyntaxError.self) { try JSONLRecordReader.parse(Array(line.utf8)[...]) }
        do {
            _ = try JSONLRecordReader.parse(Array(line.utf8)[...])
        } catch {
            #expect("\(error)" == message)
        }
    }

    /// Metadata must be strings or numbers; the first field that is not is named. A syntax
    /// error anywhere in the line is reported instead, since the line is not a record at all.
    @Test(arguments: [
        (#"{"id": 42, "url": "x", "meta": {"k": [1, 2, {"z": null}]}, "ok": true, "text": "t"}"#, "meta"),
        (#"{"text": "t", "tags": ["a", "b"]}"#, "tags"),
        (#"{"flag": true, "text": "t"}"#, "flag"),
        (#"{"flag": false, "text": "t"}"#, "flag"),
        (#"{"text": "t", "date": null}"#, "date"),
    ])
    func metadataOfTheWrongTypeIsNamed(_ line: String, _ field: String) {
        #expect(throws: JSONLRecordReader.FieldTypeError(field: field)) { try JSONLRecordReader.parse(Array(line.utf8)[...]) }
    }

    @Test(arguments: [
        (#"{"tags": ["a"], "text": "t" "x": 1}"#, "column 29: expected ',' or '}'"),
        (#"{"n": 01, "text": "t"}"#, "column 8: expected ',' or '}'"),
        (#"{"n": -, "text": "t"}"#, "column 8: invalid number"),
        (#"{"n": 1., "text": "t"}"#, "column 9: invalid number"),
        (#"{"n": 1e, "text": "t"}"#, "column 9: invalid number"),
        (#"{"n": .5, "text": "t"}"#, "column 7: expected a string or a number"),
        (#"{"n": +1, "text": "t"}"#, "column 7: expected a string or a number"),
        (#"{"n": "#, "column 7: unexpected end of line, expected a value"),
    ])
    func metadataSyntaxErrorsComeFirst(_ line: String, _ message: String) {
        do {
            _ = try JSONLRecordReader.parse(Array(line.utf8)[...])
            Issue.record("parsed: \(line)")
        } catch {
            #expect(error is JSONLRecordReader.SyntaxError)
            #expect("\(error)" == message)
        }
    }

    /// Where an over-limit article is cut: never inside a character.
    @Test(arguments: [
        ("ASCII", Array("abcdef".utf8), 4, 4),
        ("before a two-byte character", Array("abcé".utf8), 3, 3),
        ("inside a two-byte character", Array("abcé".utf8), 4, 3),
        ("inside a three-byte character", Array("ab’x".utf8), 4, 2),
        ("inside a four-byte character", Array("a😀b".utf8), 4, 1),
        ("after a four-byte character", Array("a😀b".utf8), 5, 5),
        ("the limit is longer than the text", Array("abc".utf8), 10, 3),
        ("UTF-16 LE: an even length", [0xFF, 0xFE, 0x41, 0x00, 0x42, 0x00], 5, 4),
        ("UTF-16 LE: not after a high surrogate", [0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x00, 0xDE], 6, 4),
        ("UTF-16 BE: not after a high surrogate", [0xFE, 0xFF, 0x00, 0x41, 0xD8, 0x3D, 0xDE, 0x00], 7, 4),
    ] as [(String, [UInt8], Int, Int)])
    func cutsAtCharacterBoundaries(_ name: String, _ bytes: [UInt8], _ limit: Int, _ cut: Int) {
        #expect(TextDecoding.cutLength(bytes, limit: limit) == cut, "\(name)")
    }

    @Test(arguments: [
        ("<p>Kyiv &amp; Moscow</p>", "\nKyiv & Moscow\n"),
        ("<script>var x = '<p>';</script>Text", "Text"),
        ("<STYLE>p{}</STYLE>A&nbsp;B", "A\u{00A0}B"),
        ("<div><div><p>deep<b>bold", "\n\n\ndeepbold"),
        ("a<!-- hidden -->b", "ab"),
        ("&#8217;&#x201C;&bogus; &", "\u{2019}\u{201C}&bogus; &"),
        ("<a href=\"x>y\">link</a>", "link"),
        ("line\none", "line one"),
        ("<p>unclosed <b", "\nunclosed "),
    ])
    func reducesHTML(_ html: String, _ text: String) {
        #expect(String(decoding: HTMLReducer.reduce(Array(html.utf8)), as: UTF8.self) == text)
    }

    @Test func decodesUTF16WithBOM() {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("Kyiv".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let (text, warnings) = TextDecoding.decode(bytes)
        #expect(String(decoding: text, as: UTF8.self) == "Kyiv")
        #expect(warnings == ["decoded from UTF-16 (little-endian BOM)"])
    }

    @Test func replacesInvalidUTF8AndWarns() {
        let (text, warnings) = TextDecoding.decode([0x4B, 0xFF, 0x79])
        #expect(String(decoding: text, as: UTF8.self) == "K\u{FFFD}y")
        #expect(warnings == ["invalid UTF-8 replaced with U+FFFD"])
    }
}

/// The aggregation formula and its documented properties.
struct AggregatorTests {
    @Test func scoreIsTheSmoothedBalanceOfTheTwoPoles() throws {
        // Test lexicon: smoothing 1, so one plain pressure hit (weight 1) scores 1 / (1 + 1).
        let body = "Paragraph one mentions Ukraine and nothing else of note here today, as expected by all.\n"
        let score = try TestLexicon.classifier().score(body + "Ukraine needs weapons.").engagementPressure
        #expect(score.score == 0.5)
        #expect(score.label == "pressure")
        #expect(score.positiveHits == 1 && score.negativeHits == 0)
        // confidence = (1 - e^(-1/4)) * (0.5 + 0.5 * 1)
        #expect(abs(score.confidence - (1 - 0.7788007830714049)) < 1e-12)
    }

    @Test func longOneSidedArticlesDoNotSaturateAndBalancedOnesStayNeutral() throws {
        let body = "Paragraph one mentions Ukraine and nothing else of note here today, as expected by all.\n"
        let classifier = try TestLexicon.classifier()
        let oneSided = classifier.score(body + String(repeating: "Ukraine needs weapons. ", count: 200)).engagementPressure
        #expect(oneSided.score < 1 && oneSided.score > 0.99)
        let mixed = classifier.score(body + String(repeating: "Ukraine needs weapons. Ukraine wants diplomacy. ", count: 200)).engagementPressure
        #expect(mixed.score == 0)
        #expect(mixed.label == "neutral")
        let mostlyPressure = classifier.score(body + String(repeating: "Ukraine needs weapons. Ukraine needs weapons. Ukraine wants diplomacy. ", count: 200)).engagementPressure
        #expect(abs(mostlyPressure.score - 200.0 / 601.0) < 1e-12, "a 2:1 article stays near 1/3 however long it is")
    }

    @Test func noEvidenceMeansZeroScoreZeroConfidenceAndAWarning() throws {
        let score = try TestLexicon.classifier().score("Weather in Ukraine is mild.")
        #expect(score.engagementPressure.score == 0)
        #expect(score.engagementPressure.confidence == 0)
        #expect(score.warnings == ["no lexicon entry matched; scores are not meaningful"])
    }

    @Test func sameInputGivesIdenticalScores() throws {
        let classifier = try TestLexicon.classifier()
        let text = "Ukraine needs weapons, but sanctions relief may help. Putin's war goes on."
        let a = classifier.score(text)
        let b = classifier.score(text)
        #expect(a.hits.map(\.value) == b.hits.map(\.value))
        #expect(a.axes.map(\.score) == b.axes.map(\.score))
    }
}

/// Locale-free number formatting used by every report.
struct NumberFormatTests {
    @Test(arguments: [
        (-0.41236, 4, "-0.4124"), (-0.00001, 4, "0.0000"), (1.0, 3, "1.000"), (12.3456789, 2, "12.35"),
        (0.5, 0, "1"), (-2.5, 1, "-2.5"), (123456.7, 4, "123456.7000"), (0.00005, 4, "0.0001"),
    ])
    func fixed(_ x: Double, _ decimals: Int, _ text: String) {
        #expect(NumberFormat.fixed(x, decimals) == text)
    }

    @Test(arguments: [(-0.6, "-0.6"), (2.0, "2"), (1.25, "1.25"), (0.0, "0"), (1.0005, "1.001"), (-0.0001, "0")])
    func short(_ x: Double, _ text: String) {
        #expect(NumberFormat.short(x) == text)
    }
}
