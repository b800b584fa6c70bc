/// `slant report --format json`: the whole summary as one object.
///
///     {"records", "scored", "grouped_by": [FIELD...], "period": "week"|"month"|null,
///      "method": {"interval": "bootstrap percentile", "level", "resamples", "seed", "min_articles"},
///      "errors": [{"id", "source", "error"}], "bad_dates",
///      "axes": [{"id", "poles": [FIRST, SECOND]}],
///      "groups": [{"name", "key": {PART: value|null}, "articles",
///                  "axes": {AXIS: {"n", "too_few", "mean", "interval": [low, high],
///                                  "labels": {LABEL: share}, "median_confidence",
///                                  "pulls": [{"id", "source", "score", "pull", "evidence": [{"term", "pole", "weight"}]}]}}}],
///      "comparisons": [{"a", "b", "axis", "n_a", "n_b", "too_few", "difference", "interval"}]}
///
/// A cell with too few articles is `{"n", "too_few": true}`; a comparison with
/// too few has `difference` and `interval` null.
enum SummaryJSON {
    static func render(_ s: CorpusSummary) -> String {
        var w = JSONWriter(capacity: 1 << 16)
        w.beginObject()
        w.field("records", s.records)
        w.field("scored", s.scored)
        w.key("grouped_by")
        w.beginArray()
        for field in s.options.grouping.fields { w.string(field) }
        w.endArray()
        w.key("period")
        if let period = s.options.grouping.period { w.string(period.rawValue) } else { w.null() }
        method(s, &w)
        w.key("errors")
        w.beginArray()
        for e in s.errors {
            w.beginObject()
            w.field("id", e.id)
            w.field("source", e.source)
            w.field("error", e.message)
            w.endObject()
        }
        w.endArray()
        w.field("bad_dates", s.badDates)
        w.key("axes")
        w.beginArray()
        for axis in s.axes {
            w.beginObject()
            w.field("id", axis.id.rawValue)
            w.key("poles")
            w.beginArray()
            w.string(axis.negative)
            w.string(axis.positive)
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("groups")
        w.beginArray()
        for group in s.groups { self.group(group, s, &w) }
        w.endArray()
        w.key("comparisons")
        w.beginArray()
        for c in s.comparisons { comparison(c, &w) }
        w.endArray()
        w.endObject()
        w.raw(0x0A)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    static func method(_ s: CorpusSummary, _ w: inout JSONWriter) {
        w.key("method")
        w.beginObject()
        w.field("interval", "bootstrap percentile")
        w.field("level", Bootstrap.level)
        w.field("resamples", s.options.bootstrap.resamples)
        w.field("seed", Int(truncatingIfNeeded: s.options.bootstrap.seed))
        w.field("min_articles", s.options.minArticles)
        w.endObject()
    }

    static func group(_ group: GroupSummary, _ s: CorpusSummary, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("name", group.key.name)
        w.key("key")
        w.beginObject()
        for (name, value) in zip(s.options.grouping.partNames, group.key.parts) {
            w.key(named: name)
            if let value { w.string(value) } else { w.null() }
        }
        w.endObject()
        w.field("articles", group.articles)
        w.key("axes")
        w.beginObject()
        for cell in group.cells {
            w.key(named: cell.axis.id.rawValue)
            self.cell(cell, &w)
        }
        w.endObject()
        w.endObject()
    }

    static func cell(_ cell: AxisCell, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("n", cell.n)
        w.key("too_few")
        w.bool(cell.stats == nil)
        if let st = cell.stats {
            w.field("mean", st.mean)
            interval(st.interval, &w)
            w.key("labels")
            w.beginObject()
            for (label, share) in zip(cell.axis.labels, st.shares) {
                w.key(named: label)
                w.number(share)
            }
            w.endObject()
            w.field("median_confidence", st.medianConfidence)
            w.key("pulls")
            w.beginArray()
            for p in st.pulls { pull(p, &w) }
            w.endArray()
        }
        w.endObject()
    }

    static func pull(_ p: Pull, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("id", p.id)
        w.field("source", p.source)
        w.field("score", p.score)
        w.field("pull", p.pull)
        w.key("evidence")
        w.beginArray()
        for e in p.evidence {
            w.beginObject()
            w.field("term", e.term)
            w.field("pole", e.pole)
            w.field("weight", e.weight)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    static func comparison(_ c: ComparisonSummary, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("a", c.a)
        w.field("b", c.b)
        w.field("axis", c.axis.id.rawValue)
        w.field("n_a", c.nA)
        w.field("n_b", c.nB)
        w.key("too_few")
        w.bool(c.difference == nil)
        w.key("difference")
        if let d = c.difference { w.number(d.estimate) } else { w.null() }
        if let d = c.difference { interval(d.interval, &w) } else { w.key("interval"); w.null() }
        w.endObject()
    }

    static func interval(_ i: Interval, _ w: inout JSONWriter) {
        w.key("interval")
        w.beginArray()
        w.number(i.lower)
        w.number(i.upper)
        w.endArray()
    }
}
