/// `slant explain --format json`: the same information as the terminal form, for tools.
///
///     {"source", "tokens",
///      "genre": {"news", "reporting_rate", "voice_rate", "factor"},
///      "axes": {AXIS: {"score", "label", "confidence", "hits": {POLE: n, POLE: n}}},
///      "paragraphs": [{"index", "offset", "length", "headline", "status", "reason", "subtotals": {AXIS: x}, "hits": [n...]}],
///      "hits": [{"n", "axis", "term", "pole", "weight", "base", "offset", "length", "paragraph", "rules", "entry", "text"}],
///      "warnings": [...]}
///
/// `hits[].n` is the number shown in the text form; `paragraphs[].hits` lists those numbers.
public enum ExplainJSON {
    /// The explanation as one JSON object (the shape above), with a trailing newline.
    public static func render(_ e: Explanation) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("source", e.source)
        w.field("tokens", e.score.tokens)
        w.key("genre")
        w.beginObject()
        w.key("news")
        w.bool(e.score.genre.isNews)
        w.field("reporting_rate", e.score.genre.reportingRate)
        w.field("voice_rate", e.score.genre.voiceRate)
        w.field("factor", e.score.genre.factor)
        w.endObject()
        w.key("axes")
        w.beginObject()
        for axis in e.axes {
            guard let s = e.score.axis(axis.id) else { continue }
            w.key(named: axis.id.rawValue)
            w.beginObject()
            JSONReporter.writeAxisSummary(s, JSONAxisNames(axis), &w)
            w.endObject()
        }
        w.endObject()
        w.key("paragraphs")
        w.beginArray()
        for line in e.paragraphs {
            w.beginObject()
            w.field("index", line.index + 1)
            w.field("offset", line.span.start)
            w.field("length", line.span.length)
            w.key("headline")
            w.bool(line.isHeadline)
            w.field("status", line.status.reason)
            w.key("reason")
            if let reason = e.dropReason(line) { w.string(reason) } else { w.null() }
            w.key("subtotals")
            w.beginObject()
            for (axis, total) in zip(e.axes, line.subtotals) { w.key(named: axis.id.rawValue); w.number(total) }
            w.endObject()
            w.key("hits")
            w.beginArray()
            for i in line.hits { w.integer(i + 1) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("hits")
        w.beginArray()
        for (i, hit) in e.hits.enumerated() {
            w.beginObject()
            w.field("n", i + 1)
            w.field("axis", hit.axis.rawValue)
            w.field("term", hit.term)
            w.field("pole", e.pole(of: hit).name)
            w.field("weight", hit.value)
            w.field("base", hit.weight)
            w.field("offset", hit.span.start)
            w.field("length", hit.span.length)
            w.field("paragraph", hit.paragraph + 1)
            w.key("rules")
            w.beginArray()
            for rule in hit.applied { w.string(e.describe(rule)) }
            w.endArray()
            w.field("entry", hit.entry.description)
            w.field("text", e.slice(hit.span))
            w.endObject()
        }
        w.endArray()
        w.key("warnings")
        w.beginArray()
        for warning in e.score.warnings { w.string(warning) }
        w.endArray()
        w.endObject()
        return String(decoding: w.bytes, as: UTF8.self) + "\n"
    }
}
