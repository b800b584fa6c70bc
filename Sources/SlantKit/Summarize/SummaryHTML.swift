/// `slant report --format html`: one self-contained page (inline CSS and SVG,
/// no script, no external asset). Per axis: a dot-and-whisker chart of the group
/// means, a line chart of the means over time (with `--period`), a histogram of
/// the article scores, the numbers as a table and the articles that pull each
/// mean. Every string from the data goes through `Markup.escape`.
enum SummaryHTML {
    static func render(_ s: CorpusSummary) -> String {
        let series = SummaryCharts.Series(s)
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>slant report</title>
            <style>\(style)</style></head><body>
            <h1>slant report</h1>
            <p class="summary">\(e(summaryLine(s)))</p>
            <p class="method">\(e(SummaryWords.method(s))). \(e(SummaryWords.pullNote)).</p>

            """
        if !s.errors.isEmpty {
            out += "<section class=\"errors\"><h2>\(e(SummaryWords.errors(s.errors.count)))</h2><ul>"
            for record in s.errors { out += "<li><span class=\"id\">\(e(record.source))</span>: \(e(record.message))</li>" }
            out += "</ul></section>\n"
        }
        if s.badDates > 0 { out += "<p class=\"note\">\(e(SummaryWords.badDates(s.badDates))).</p>\n" }
        if series.keys.count > 1 { out += legend(series) }
        for (a, axis) in s.axes.enumerated() { out += section(s, a, axis, series) }
        if !s.comparisons.isEmpty { out += comparisons(s) }
        return out + "</body></html>\n"
    }

    static func summaryLine(_ s: CorpusSummary) -> String {
        "\(SummaryWords.plural(s.records, "record")), \(s.scored) scored in \(SummaryWords.plural(s.groups.count, "group")) "
            + "(\(SummaryWords.grouping(s.options.grouping)))"
    }

    /// The marker and colour of each series, with its name in words.
    static func legend(_ series: SummaryCharts.Series) -> String {
        let items = series.keys.map { key in
            "<li>\(ChartMarks.legendMarker(series.number(key)))<span class=\"name\">\(e(key.parts.isEmpty ? GroupKey.everything : key.name))</span></li>"
        }
        return "<ul class=\"legend\">\(items.joined())</ul>\n"
    }

    static func section(_ s: CorpusSummary, _ a: Int, _ axis: ReportAxis, _ series: SummaryCharts.Series) -> String {
        let bounds = s.groups.compactMap { $0.cells[a].stats }.flatMap { [$0.interval.lower, $0.interval.upper] }
        let range = ChartMarks.scoreRange(bounds)
        var out = "<section class=\"axis\" id=\"axis-\(a)\"><h2>\(e(axis.id.rawValue))</h2>\n"
        out += "<p class=\"poles\">−1 \(e(axis.negative)) · +1 \(e(axis.positive))</p>\n"
        out += figure("Mean score per group, with its 95% interval", SummaryCharts.dots(s, a, series, range: range))
        if let trend = SummaryCharts.trend(s, a, series, range: range) {
            out += figure("Mean score over time: the band is the 95% interval; a gap is a period with too few articles", trend)
        }
        out += figure("Article scores, every group", SummaryCharts.histogram(s, a))
        out += table(s, a, axis) + pulls(s, a)
        return out + "</section>\n"
    }

    static func figure(_ caption: String, _ svg: String) -> String {
        "<figure>\(svg)<figcaption>\(e(caption))</figcaption></figure>\n"
    }

    static func table(_ s: CorpusSummary, _ a: Int, _ axis: ReportAxis) -> String {
        var out = "<table class=\"numbers\"><thead><tr><th>group</th><th>n</th><th>mean</th><th>95% interval</th>"
        out += axis.labels.map { "<th>\(e($0))</th>" }.joined() + "<th>median confidence</th></tr></thead><tbody>\n"
        for group in s.groups {
            let cell = group.cells[a]
            out += "<tr><td class=\"group\">\(e(group.key.name))</td><td>\(cell.n)</td>"
            if let st = cell.stats {
                out += "<td>\(SummaryWords.signed(st.mean))</td><td>\(SummaryText.interval(st.interval))</td>"
                out += st.shares.map { "<td>\(SummaryWords.percent($0))</td>" }.joined()
                out += "<td>\(NumberFormat.fixed(st.medianConfidence))</td></tr>\n"
            } else {
                out += "<td colspan=\"6\" class=\"toofew\">\(SummaryWords.tooFew(cell.n))</td></tr>\n"
            }
        }
        return out + "</tbody></table>\n"
    }

    static func pulls(_ s: CorpusSummary, _ a: Int) -> String {
        let groups = s.groups.filter { !($0.cells[a].stats?.pulls.isEmpty ?? true) }
        guard !groups.isEmpty else { return "" }
        var out = "<h3>Articles that pull each mean most</h3><dl class=\"pulls\">\n"
        for group in groups {
            out += "<dt>\(e(group.key.name))</dt>"
            for p in group.cells[a].stats!.pulls {
                let evidence = p.evidence.isEmpty ? "no evidence" : e(SummaryWords.evidence(p.evidence))
                out += "<dd><span class=\"id\">\(e(p.id))</span> score \(SummaryWords.signed(p.score)), pull \(SummaryWords.signed(p.pull)): \(evidence)</dd>"
            }
            out += "\n"
        }
        return out + "</dl>\n"
    }

    static func comparisons(_ s: CorpusSummary) -> String {
        var out = "<section class=\"comparisons\"><h2>Differences (A − B, each group resampled on its own)</h2>\n"
        out += "<table class=\"numbers\"><thead><tr><th>axis</th><th>A</th><th>B</th><th>A − B</th><th>95% interval</th><th>n</th></tr></thead><tbody>\n"
        for c in s.comparisons {
            out += "<tr><td>\(e(c.axis.id.rawValue))</td><td class=\"group\">\(e(c.a))</td><td class=\"group\">\(e(c.b))</td>"
            if let d = c.difference {
                out += "<td>\(SummaryWords.signed(d.estimate))</td><td>\(SummaryText.interval(d.interval))</td><td>\(c.nA) and \(c.nB)</td></tr>\n"
            } else {
                out += "<td colspan=\"3\" class=\"toofew\">\(SummaryWords.tooFew(c.nA, c.nB))</td></tr>\n"
            }
        }
        return out + "</tbody></table></section>\n"
    }

    private static func e(_ s: String) -> String { Markup.escape(s) }

    static let style = """
        body{font:15px/1.45 system-ui,sans-serif;max-width:800px;margin:1.5rem auto;padding:0 1rem;color:#222}
        h1{font-size:1.4rem;margin:0 0 .3rem}h2{font-size:1.15rem;margin:2rem 0 .2rem;border-top:1px solid #ccc;padding-top:1rem}
        h3{font-size:1rem;margin:1rem 0 .3rem}.summary,.method,.note,.poles,figcaption{color:#555;font-size:13px}
        figure{margin:.8rem 0}svg.chart{max-width:100%;height:auto;display:block}
        .legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;font-size:13px}.legend li{display:flex;align-items:center;gap:.3rem}
        .grid{stroke:#e3e3e3}.zero{stroke:#777}.stripe{fill:#f6f6f6}.tick,.period,.value,.count{font-size:11px;fill:#555}
        .pole{font-size:12px;fill:#333;font-style:italic}.group{font-size:13px;fill:#222}.toofew{font-size:12px;fill:#888;font-style:italic}
        .whisker{stroke-width:2}.line{fill:none;stroke-width:2}.band{stroke:none;opacity:.15}.marker{stroke:#fff;stroke-width:1}
        .series{font-size:12px}.bar{fill:#8c8c8c}
        .s0{fill:#0072b2;stroke:#0072b2}.s1{fill:#d55e00;stroke:#d55e00}.s2{fill:#009e73;stroke:#009e73}
        .s3{fill:#cc79a7;stroke:#cc79a7}.s4{fill:#e69f00;stroke:#e69f00}.s5{fill:#56b4e9;stroke:#56b4e9}
        line.s0,line.s1,line.s2,line.s3,line.s4,line.s5{fill:none}.marker.s0,.marker.s1,.marker.s2,.marker.s3,.marker.s4,.marker.s5{stroke:#fff}
        .line.s0,.line.s1,.line.s2,.line.s3,.line.s4,.line.s5{fill:none}text.series{stroke:none}
        table.numbers{border-collapse:collapse;font-size:13px;margin:.6rem 0}table.numbers th,table.numbers td{padding:2px 6px;white-space:nowrap;text-align:right;border-bottom:1px solid #eee}
        table.numbers td.group,table.numbers th:first-child{text-align:left}td.toofew{text-align:left;color:#888;font-style:italic}
        .pulls{font-size:13px}.pulls dt{font-weight:600;margin-top:.3rem}.pulls dd{margin-left:1rem}.id{font-family:ui-monospace,monospace}
        .errors li{font-size:13px}
        """
}
