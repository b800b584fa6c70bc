/// `slant explain --html`: one self-contained page (no external assets, no
/// script): the article with hits coloured by pole and a tooltip per hit, a
/// gauge per axis, and an SVG bar chart of each paragraph's contribution.
///
/// Every string taken from the article or the lexicons goes through
/// `escape`, so `<script>` or `"><img onerror=…>` in an article renders as text.
public enum ExplainHTML {
    /// The whole page for `e`, as one HTML document.
    public static func render(_ e: Explanation) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>slant explain: \(escape(e.source))</title>
            <style>\(style)</style></head><body>
            <h1>slant explain</h1><p class="source">\(escape(e.source)) &middot; \(e.score.tokens) tokens &middot; \(e.paragraphs.count) paragraphs</p>
            <section class="gauges">
            """
        for axis in e.axes { out += gauge(axis, e) }
        out += "</section>\n<h2>Contribution by paragraph</h2>\n" + chart(e) + "\n<h2>Article</h2>\n<article>\n"
        for line in e.paragraphs { out += paragraph(line, e) }
        out += "</article>\n"
        if !e.score.warnings.isEmpty {
            out += "<ul class=\"warnings\">" + e.score.warnings.map { "<li>\(escape($0))</li>" }.joined() + "</ul>\n"
        }
        out += "<p class=\"legend\"><span class=\"neg\">first pole</span> <span class=\"pos\">second pole</span> <span class=\"zero\">no weight</span> &middot; hover a highlighted phrase for its entry, rules and weight.</p>\n</body></html>\n"
        return out
    }

    /// Escapes article and lexicon text; see `Markup.escape`.
    public static func escape(_ s: String) -> String { Markup.escape(s) }

    static func gauge(_ axis: Axis, _ e: Explanation) -> String {
        guard let s = e.score.axis(axis.id) else { return "" }
        // The marker sits at (score + 1) / 2 of the track's width.
        let x = 10 + (s.score + 1) / 2 * 280
        return """
            <figure class="gauge"><figcaption><b>\(escape(axis.id.rawValue))</b> \(NumberFormat.fixed(s.score, 3)) \(escape(s.label)) &middot; confidence \(NumberFormat.fixed(s.confidence, 2))</figcaption>
            <svg width="300" height="34" viewBox="0 0 300 34" role="img" aria-label="\(escape(axis.id.rawValue)) \(NumberFormat.fixed(s.score, 3))">
            <rect x="10" y="12" width="140" height="8" class="negbar"/><rect x="150" y="12" width="140" height="8" class="posbar"/>
            <line x1="150" y1="8" x2="150" y2="24" class="axisline"/><circle cx="\(NumberFormat.fixed(x, 1))" cy="16" r="6" class="marker"/>
            <text x="10" y="32" class="tick">\(escape(axis.negative.name))</text><text x="290" y="32" class="tick" text-anchor="end">\(escape(axis.positive.name))</text>
            </svg></figure>

            """
    }

    /// One group of bars per counted paragraph, one bar per axis, scaled to the largest |subtotal|.
    static func chart(_ e: Explanation) -> String {
        let rows = e.paragraphs.filter { $0.subtotals.contains { $0 != 0 } }
        guard !rows.isEmpty else { return "<p>No paragraph contributed.</p>" }
        let largest = rows.flatMap(\.subtotals).map(abs).max() ?? 1
        let barHeight = 8, gap = 6
        let rowHeight = e.axes.count * barHeight + gap
        let height = rows.count * rowHeight + 20
        var svg = "<svg class=\"chart\" width=\"620\" height=\"\(height)\" viewBox=\"0 0 620 \(height)\" role=\"img\" aria-label=\"contribution by paragraph\">"
        svg += "<line x1=\"360\" y1=\"0\" x2=\"360\" y2=\"\(height - 16)\" class=\"axisline\"/>"
        for (r, line) in rows.enumerated() {
            let top = r * rowHeight
            svg += "<text x=\"0\" y=\"\(top + rowHeight / 2 + 3)\" class=\"tick\">¶\(line.index + 1)</text>"
            for (a, value) in line.subtotals.enumerated() where value != 0 {
                let width = abs(value) / largest * 240
                let x = value < 0 ? 360 - width : 360
                svg += "<rect x=\"\(NumberFormat.fixed(x, 1))\" y=\"\(top + a * barHeight)\" width=\"\(NumberFormat.fixed(width, 1))\" height=\"\(barHeight - 1)\" class=\"\(value < 0 ? "negbar" : "posbar") a\(a)\"><title>¶\(line.index + 1) \(escape(e.axes[a].id.rawValue)) \(NumberFormat.fixed(value, 2))</title></rect>"
            }
        }
        svg += "<text x=\"40\" y=\"\(height - 4)\" class=\"tick\">← first pole</text><text x=\"610\" y=\"\(height - 4)\" class=\"tick\" text-anchor=\"end\">second pole →</text>"
        let legend = e.axes.enumerated().map { "<span class=\"a\($0.offset)\">\(escape($0.element.id.rawValue))</span>" }.joined(separator: " ")
        return svg + "</svg><p class=\"legend\">bars top to bottom: \(legend)</p>"
    }

    static func paragraph(_ line: Explanation.ParagraphLine, _ e: Explanation) -> String {
        let label = "¶\(line.index + 1)" + (line.isHeadline ? " headline" : "")
        if let reason = e.dropReason(line) {
            return "<p class=\"dropped\"><span class=\"pn\">\(label)</span> <span class=\"why\">dropped: \(escape(reason))</span><br>\(escape(e.slice(line.span)))</p>\n"
        }
        var out = "<p><span class=\"pn\">\(label)</span> "
        var cursor = line.span.start
        // Hits on one axis never overlap; across axes, nested or repeated spans are shown once, with every hit in the tooltip.
        var covered: [(span: ByteSpan, hits: [Int])] = []
        for i in line.hits {
            let span = e.hits[i].span
            if let k = covered.firstIndex(where: { $0.span.start < span.end && span.start < $0.span.end }) {
                covered[k].hits.append(i)
            } else {
                covered.append((span, [i]))
            }
        }
        for mark in covered.sorted(by: { $0.span.start < $1.span.start }) {
            out += escape(e.slice(ByteSpan(start: cursor, end: mark.span.start)))
            let total = mark.hits.map { e.hits[$0].value }.reduce(0, +)
            let cls = total < 0 ? "neg" : (total > 0 ? "pos" : "zero")
            let tip = mark.hits.map { tooltip(e.hits[$0], number: $0 + 1, e) }.joined(separator: "\n")
            out += "<mark class=\"\(cls)\" title=\"\(escape(tip))\">\(escape(e.slice(mark.span)))</mark>"
            cursor = mark.span.end
        }
        out += escape(e.slice(ByteSpan(start: cursor, end: line.span.end)))
        let totals = zip(e.axes, line.subtotals).filter { $0.1 != 0 }.map { "\(escape($0.0.id.rawValue)) \(NumberFormat.fixed($0.1, 2))" }
        if !totals.isEmpty { out += " <span class=\"sub\">\(totals.joined(separator: " · "))</span>" }
        return out + "</p>\n"
    }

    static func tooltip(_ hit: Hit, number: Int, _ e: Explanation) -> String {
        let rules = hit.applied.isEmpty ? "no rules" : hit.applied.map(e.describe).joined(separator: ", ")
        return "{\(number)} \(hit.axis): \(hit.term) → \(e.pole(of: hit).name) \(NumberFormat.fixed(hit.value, 2)) (base \(NumberFormat.short(hit.weight)); \(rules)) \(hit.entry)"
    }

    static let style = """
        body{font:16px/1.5 Georgia,serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
        h1{font:600 1.4rem system-ui,sans-serif;margin:0}h2{font:600 1.1rem system-ui,sans-serif;margin-top:2rem}
        .source,.legend,.tick,figcaption,.pn,.sub,.why{font:13px system-ui,sans-serif;color:#555}
        .gauges{display:flex;flex-wrap:wrap;gap:1rem}.gauge{margin:0}
        .negbar{fill:#9ec5fe}.posbar{fill:#f8b4b4}.axisline{stroke:#444;stroke-width:1}.marker{fill:#222}
        .chart .a1{opacity:.8}.chart .a2{opacity:.65}.chart .a3{opacity:.5}
        mark{border-radius:3px;padding:0 2px}mark.neg{background:#cfe2ff}mark.pos{background:#f8d7da}mark.zero{background:#e9ecef;color:#666}
        .legend .neg{background:#cfe2ff}.legend .pos{background:#f8d7da}.legend .zero{background:#e9ecef}
        p.dropped{color:#888;border-left:3px solid #ddd;padding-left:.6rem}.pn{margin-right:.3rem}.sub{margin-left:.4rem}
        """
}
