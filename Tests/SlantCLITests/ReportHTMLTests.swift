import Foundation
import Testing

/// `slant report --format html` with hostile metadata: the outlet, a pole name
/// and an evidence term are markup. The page must draw its charts and show
/// every such value as text, in the source and in a browser's DOM.
struct ReportHTMLTests {
    static let hostile = "<img src=x onerror=alert(1)>"
    static let hostileTerm = "</text><script>alert(2)</script>"

    /// Six articles per outlet and month (two outlets, two months), on two axes.
    static func scoredLines() -> String {
        var lines: [String] = []
        for (o, outlet) in [hostile, "Harbor \"Review\" & Co"].enumerated() {
            for (m, month) in ["2025-07", "2025-08"].enumerated() {
                for i in 0..<6 {
                    let score = Double((i * 3 + o * 5 + m * 2) % 9 - 4) / 5
                    let label = score < -0.15 ? "engagement" : (score > 0.15 ? "pressure" : "neutral")
                    let meta = "{\"outlet\":\(json(outlet)),\"date\":\"\(month)-\(10 + i)\"}"
                    let evidence = "[{\"term\":\(json(hostileTerm)),\"pole\":\"pressure\",\"weight\":0.5000}]"
                    let ep = "{\"score\":\(score),\"label\":\"\(label)\",\"confidence\":0.5,\"hits\":{\"engagement\":1,\"pressure\":1},\"evidence\":\(evidence)}"
                    let tLabel = score > 0.15 ? "<b>bold</b>" : (score < -0.15 ? "critical" : "neutral")
                    let te = "{\"score\":\(score),\"label\":\"\(tLabel)\",\"confidence\":0.2,\"hits\":{\"critical\":0,\"<b>bold</b>\":1},\"evidence\":[]}"
                    lines.append("{\"id\":\"\(o)-\(m)-\(i)\",\"source\":\"x.jsonl:\(lines.count + 1)\",\"meta\":\(meta),\"axes\":{\"engagement_pressure\":\(ep),\"trump_evaluation\":\(te)},\"warnings\":[]}")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Writes the page; returns its path and contents.
    static func page() throws -> (URL, String) {
        let dir = try Slant.temporaryDirectory()
        let page = dir.appendingPathComponent("report.html")
        let run = try Slant.run(["report", "--by", "outlet", "--period", "month", "--format", "html", "--output", page.path], stdin: scoredLines())
        #expect(run.status == 0, "\(run.stderr)")
        return (page, try String(contentsOf: page, encoding: .utf8))
    }

    /// Every tag in the page is one the renderer writes itself; no script, no external reference.
    @Test func theDataNeverBecomesMarkup() throws {
        let (page, html) = try Self.page()
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
        let allowed: Set<String> = ["!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "section", "figure",
                                    "figcaption", "svg", "rect", "line", "circle", "polygon", "polyline", "text", "ul", "li", "span",
                                    "table", "thead", "tbody", "tr", "th", "td", "dl", "dt", "dd"]
        var tags: Set<String> = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...].drop { $0 == "/" }
            tags.insert(String(after.prefix { $0.isLetter || $0.isNumber || $0 == "!" }).lowercased())
            rest = rest[rest.index(after: open)...]
        }
        #expect(tags.subtracting(allowed).isEmpty, "unexpected tags: \(tags.subtracting(allowed))")
        #expect(!html.contains("href") && !html.contains("src=\"") && !html.contains("url("))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt; / 2025-07"))
        #expect(html.contains("&lt;/text&gt;&lt;script&gt;alert(2)&lt;/script&gt;"))
        #expect(html.contains("Harbor &quot;Review&quot; &amp; Co / 2025-08"))
    }

    /// The DOM after load, from a real browser: the charts are there, the names are text, nothing injected exists.
    @Test(Chromium.available)
    func chartsExistAndHostileNamesStayTextInABrowser() throws {
        let (page, _) = try Self.page()
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
        let dom = try Chromium.dumpDOM(page)
        #expect(dom.contains("<title>slant report</title>"), "page did not load")
        for axis in 0..<2 {
            for chart in ["dots", "trend", "histogram"] {
                #expect(dom.contains("<svg class=\"chart \(chart)\" id=\"\(chart)-\(axis)\""), "no \(chart) chart for axis \(axis)")
            }
        }
        // Group names are text nodes of the charts' labels and of the tables.
        let escaped = "&lt;img src=x onerror=alert(1)&gt;"
        #expect(dom.contains("text-anchor=\"end\">\(escaped) / 2025-07</text>"))
        #expect(dom.contains("<td class=\"group\">\(escaped) / 2025-08</td>"))
        #expect(dom.contains("<text class=\"series s0\" x=\"584.0\""))
        #expect(dom.contains("<span class=\"name\">\(escaped)</span>"), "the legend names the series")
        #expect(!dom.lowercased().contains("<img"))
        #expect(!dom.lowercased().contains("<script"))
        #expect(!dom.contains("<b>"))
        #expect(dom.contains("&lt;/text&gt;&lt;script&gt;alert(2)&lt;/script&gt;"))
        // One marker per point: two series, two months, two axes; each has its own shape.
        #expect(dom.components(separatedBy: "class=\"marker circle s0\"").count - 1 >= 4)
        #expect(dom.components(separatedBy: "class=\"marker square s1\"").count - 1 >= 4)
    }
}
