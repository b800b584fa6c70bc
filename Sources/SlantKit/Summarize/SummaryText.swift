/// `slant report --format text`: the record count, one table per axis with the
/// articles that pull each group's mean, then the comparisons.
enum SummaryText {
    /// Error records listed by name; the rest are counted (every one is in `--format json`).
    static let errorsListed = 20

    static func render(_ s: CorpusSummary) -> String {
        var out = "slant report: \(SummaryWords.plural(s.records, "record")), \(s.scored) scored in "
            + "\(SummaryWords.plural(s.groups.count, "group")) (\(SummaryWords.grouping(s.options.grouping)))\n"
        out += SummaryWords.method(s) + "\n"
        if !s.errors.isEmpty {
            out += SummaryWords.errors(s.errors.count) + ":\n"
            for e in s.errors.prefix(errorsListed) { out += "  \(e.source): \(e.message)\n" }
            if s.errors.count > errorsListed { out += "  … and \(s.errors.count - errorsListed) more\n" }
        }
        if s.badDates > 0 { out += SummaryWords.badDates(s.badDates) + "\n" }
        for (a, axis) in s.axes.enumerated() { out += "\n" + table(s, a, axis) }
        if !s.comparisons.isEmpty { out += "\n" + comparisons(s) }
        return out
    }

    static func table(_ s: CorpusSummary, _ a: Int, _ axis: ReportAxis) -> String {
        let names = s.groups.map(\.key.name)
        let nameWidth = max(5, names.map(\.count).max() ?? 0)
        let shareWidths = axis.labels.map { max($0.count, 6) }
        var out = "\(axis.id) (-1 \(axis.negative), +1 \(axis.positive))\n"
        out += "  " + leftAligned("group", nameWidth) + "  " + rightAligned("n", 5) + "  " + rightAligned("mean", 7) + "  " + leftAligned("95% interval", 18)
        out += zip(axis.labels, shareWidths).map { "  " + rightAligned($0, $1) }.joined() + "  median confidence\n"
        for group in s.groups {
            let cell = group.cells[a]
            out += "  " + leftAligned(group.key.name, nameWidth) + "  " + rightAligned(String(cell.n), 5) + "  "
            guard let st = cell.stats else {
                out += SummaryWords.tooFew(cell.n) + "\n"
                continue
            }
            out += rightAligned(SummaryWords.signed(st.mean), 7) + "  " + leftAligned(interval(st.interval), 18)
            out += zip(st.shares, shareWidths).map { "  " + rightAligned(SummaryWords.percent($0), $1) }.joined()
            out += "  " + NumberFormat.fixed(st.medianConfidence) + "\n"
        }
        let pulling = s.groups.filter { !($0.cells[a].stats?.pulls.isEmpty ?? true) }
        guard !pulling.isEmpty else { return out }
        out += "  pulling the mean most (\(SummaryWords.pullNote)):\n"
        for group in pulling {
            for (i, p) in group.cells[a].stats!.pulls.enumerated() {
                out += "    " + leftAligned(i == 0 ? group.key.name : "", nameWidth) + "  \(p.id)  score \(SummaryWords.signed(p.score))"
                out += "  pull \(SummaryWords.signed(p.pull))"
                out += p.evidence.isEmpty ? "  (no evidence)\n" : "  " + SummaryWords.evidence(p.evidence) + "\n"
            }
        }
        return out
    }

    static func comparisons(_ s: CorpusSummary) -> String {
        var out = "differences (A − B, each group resampled on its own)\n"
        let axisWidth = s.comparisons.map(\.axis.id.rawValue.count).max() ?? 0
        for c in s.comparisons {
            out += "  " + leftAligned(c.axis.id.rawValue, axisWidth) + "  \(c.a) − \(c.b)  "
            if let d = c.difference {
                out += SummaryWords.signed(d.estimate) + "  " + interval(d.interval) + "  (n=\(c.nA) and \(c.nB))\n"
            } else {
                out += SummaryWords.tooFew(c.nA, c.nB) + "\n"
            }
        }
        return out
    }

    static func interval(_ i: Interval) -> String { "[\(SummaryWords.signed(i.lower)), \(SummaryWords.signed(i.upper))]" }

    /// `s` padded with spaces to `width` characters.
    static func leftAligned(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }

    /// `s` right-aligned in `width` characters.
    static func rightAligned(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
}
