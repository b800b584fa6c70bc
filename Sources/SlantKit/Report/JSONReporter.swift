/// `--format json` (one array) and `--format jsonl` (one object per line).
///
/// Record schema (fields always in this order):
///
///     {"id", "source", "meta" (a JSONL record's other fields, in input order; only when it has any),
///      "tokens", "genre" ("news" or "opinion": whether the text read as straight news),
///      "axes": {AXIS: {"score", "label", "confidence",
///                      "hits": {NEGATIVE_POLE: n, POSITIVE_POLE: n},
///                      "evidence": [{"term", "pole", "weight", "base", "offset", "length", "rules", "entry"}]}},
///      "warnings": [...]}
///
/// A failed input is `{"id", "source", "meta", "error", "warnings"}` (`meta` when the
/// record was read but could not be scored: a record with no text). `weight` is the
/// signed contribution after rules (negative: first pole); `offset` and
/// `length` are in bytes of the scored text.
struct JSONReporter: Reporter {
    let options: ReportOptions
    let lines: Bool
    /// The names of `options.axes`, encoded once.
    private let names: [JSONAxisNames]
    private var count = 0

    init(options: ReportOptions, lines: Bool) {
        self.options = options
        self.lines = lines
        names = options.axes.map(JSONAxisNames.init)
    }

    mutating func begin(_ out: inout OutputBuffer) {
        if !lines { out.write("[") }
    }

    func render(_ record: ScoredRecord) -> [UInt8] {
        // A record with evidence is a few KB; starting there saves a chain of regrowths.
        var w = JSONWriter(capacity: 4096)
        write(record, into: &w)
        if lines { w.raw(0x0A) }
        return w.bytes
    }

    mutating func append(_ rendered: [UInt8], _ out: inout OutputBuffer) {
        if !lines { out.write(count == 0 ? "\n" : ",\n") }
        count += 1
        out.bytes.append(contentsOf: rendered)
    }

    mutating func end(_ out: inout OutputBuffer) {
        if !lines { out.write(count == 0 ? "]\n" : "\n]\n") }
    }

    private func write(_ record: ScoredRecord, into w: inout JSONWriter) {
        w.beginObject()
        w.field("id", record.id)
        w.field("source", record.source)
        if !record.meta.isEmpty { Self.writeMeta(record.meta, &w) }
        switch record.outcome {
        case .failed(let message):
            w.field("error", message)
        case .scored(let score):
            w.field("tokens", score.tokens)
            w.field("genre", score.genre.isNews ? "news" : "opinion")
            w.key("axes")
            w.beginObject()
            for axis in names {
                guard let s = score.axis(axis.axisID) else { continue }
                w.key(encoded: axis.id)
                writeAxis(s, axis, score, &w)
            }
            w.endObject()
        }
        w.key("warnings")
        w.beginArray()
        for warning in record.warnings { w.string(warning) }
        w.endArray()
        w.endObject()
    }

    /// `"meta": {FIELD: "string" or number, ...}`, in input order; a number keeps its literal text.
    static func writeMeta(_ meta: RecordMeta, _ w: inout JSONWriter) {
        w.key("meta")
        w.beginObject()
        for field in meta.fields {
            w.key(named: field.name)
            switch field.value {
            case .string(let s): w.string(s)
            case .number(let literal): w.encoded(Array(literal.utf8))
            }
        }
        w.endObject()
    }

    /// `"score", "label", "confidence", "hits": {POLE: n, POLE: n}` inside an open object (shared with explain).
    static func writeAxisSummary(_ s: AxisScore, _ axis: JSONAxisNames, _ w: inout JSONWriter) {
        w.field("score", s.score)
        w.field("label", s.label)
        w.field("confidence", s.confidence)
        w.key("hits")
        w.beginObject()
        w.key(encoded: axis.negative); w.integer(s.negativeHits)
        w.key(encoded: axis.positive); w.integer(s.positiveHits)
        w.endObject()
    }

    private func writeAxis(_ s: AxisScore, _ axis: JSONAxisNames, _ score: ArticleScore, _ w: inout JSONWriter) {
        w.beginObject()
        Self.writeAxisSummary(s, axis, &w)
        w.key("evidence")
        w.beginArray()
        for hit in score.topEvidence(axis.axisID, limit: options.evidenceLimit) {
            Self.writeHit(hit, axis, &w)
        }
        w.endArray()
        w.endObject()
    }

    static func writeHit(_ hit: Hit, _ axis: JSONAxisNames, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("term", hit.term)
        w.key("pole")
        w.encoded(hit.value < 0 ? axis.negative : axis.positive)
        w.field("weight", hit.value)
        w.field("base", hit.weight)
        w.field("offset", hit.span.start)
        w.field("length", hit.span.length)
        w.key("rules")
        w.beginArray()
        for rule in hit.applied {
            // Written in place: building each `description` string was most of the cost of a hit.
            w.string { w in
                w.appendEscaped(rule.name)
                w.raw(" ×")
                w.appendShort(rule.factor)
            }
        }
        w.endArray()
        w.key("entry")
        w.string { w in
            w.appendEscaped(hit.entry.location.path)
            w.raw(UInt8(ascii: ":"))
            w.appendInteger(hit.entry.location.line)
        }
        w.endObject()
    }
}

/// An axis's id and pole names as JSON strings, quoted and escaped once per reporter:
/// escaping them again for every record was a tenth of the JSON output cost.
struct JSONAxisNames: Sendable {
    /// The axis id itself; not the whole `Axis`, whose arrays every copy would retain.
    let axisID: AxisID
    let id: [UInt8]
    let negative: [UInt8]
    let positive: [UInt8]

    init(_ axis: Axis) {
        axisID = axis.id
        id = JSONWriter.encodedString(axis.id.rawValue)
        negative = JSONWriter.encodedString(axis.negative.name)
        positive = JSONWriter.encodedString(axis.positive.name)
    }
}
