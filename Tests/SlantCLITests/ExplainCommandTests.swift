import Foundation
import Testing

/// `slant explain` end to end: golden text and JSON, colour rules, and a
/// hostile article that must stay inert in the HTML page.
///
/// Re-record the golden files after an intended change with
/// `SLANT_RECORD_GOLDEN=1 swift test --filter ExplainCommandTests` and review the diff.
struct ExplainCommandTests {
    static let fixture = ["Tests/Fixtures/explain/article.txt", "--lexicons", "Tests/Fixtures/lexicons"]

    @Test(arguments: ["text", "json"])
    func outputMatchesGoldenFile(_ format: String) throws {
        let run = try Slant.run(["explain"] + Self.fixture + ["--format", format])
        #expect(run.status == 0, "\(run.stderr)")
        try Slant.expectGolden(run.stdout, "explain-article.\(format)")
    }

    @Test func plainMarkersWithoutATerminalAndColourOnRequest() throws {
        let plain = try Slant.run(["explain"] + Self.fixture)
        #expect(!plain.stdout.contains("\u{1B}["))
        #expect(plain.stdout.contains("Ukraine needs [weapons]{1}, not talks\n"))
        let coloured = try Slant.run(["explain"] + Self.fixture + ["--color", "always"])
        #expect(coloured.stdout.contains("Ukraine needs [\u{1B}[31mweapons\u{1B}[0m]{1}, not talks\n"))
        let noColor = try Slant.run(["explain"] + Self.fixture, environment: ["NO_COLOR": "1"])
        #expect(!noColor.stdout.contains("\u{1B}["))
    }

    @Test func droppedParagraphsShowTheirReason() throws {
        let run = try Slant.run(["explain"] + Self.fixture)
        #expect(run.stdout.contains("¶4  dropped: boilerplate (\"Subscribe to our newsletter\")\n"))
        #expect(run.stdout.contains("¶6  dropped: off-topic (no topic anchor, not between anchored paragraphs)\n"))
    }

    static let hostile = """
        Ukraine <script>document.title='pwned'</script> and the sanctions debate
        "><img src=x onerror="document.title='pwned'"> Washington should send weapons to Ukraine & Kyiv.
        </p></article><script>alert(1)</script> Ukraine <b>needs</b> weapons '"><svg onload=alert(3)>
        """

    /// Writes the page for the hostile article; returns its path and contents.
    static func hostilePage() throws -> (URL, String) {
        let dir = try Slant.temporaryDirectory()
        let input = dir.appendingPathComponent("hostile.txt")
        try hostile.write(to: input, atomically: true, encoding: .utf8)
        let page = dir.appendingPathComponent("page.html")
        let run = try Slant.run(["explain", input.path, "--lexicons", "Tests/Fixtures/lexicons", "--html", page.path])
        #expect(run.status == 0, "\(run.stderr)")
        return (page, try String(contentsOf: page, encoding: .utf8))
    }

    /// Every tag in the page is one the renderer writes itself: article text never becomes markup.
    @Test func hostileTextNeverBecomesMarkup() throws {
        let (page, html) = try Self.hostilePage()
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
        let allowed: Set<String> = ["!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "section", "figure",
                                    "figcaption", "b", "svg", "rect", "line", "circle", "text", "article", "span", "br", "mark", "ul", "li"]
        var tags: Set<String> = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            let after = rest[rest.index(after: open)...].drop { $0 == "/" }
            tags.insert(String(after.prefix { $0.isLetter || $0.isNumber || $0 == "!" }).lowercased())
            rest = rest[rest.index(after: open)...]
        }
        #expect(tags.subtracting(allowed).isEmpty, "unexpected tags: \(tags.subtracting(allowed))")
        #expect(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;"))
    }

    /// The DOM after load, from a real browser: no script ran, no injected element exists.
    @Test(Chromium.available)
    func hostileArticleStaysInertInABrowser() throws {
        try Requirement.chromium.check()
        let (page, _) = try Self.hostilePage()
        defer { try? FileManager.default.removeItem(at: page.deletingLastPathComponent()) }
        let dom = try Chromium.dumpDOM(page)
        #expect(dom.contains("<title>slant explain:"), "page did not load")
        #expect(!dom.contains("pwned</title>"))
        #expect(!dom.lowercased().contains("<img"))
        #expect(!dom.lowercased().contains("<script"))
        #expect(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"))
        #expect(dom.contains("<mark class=\"pos\""))
    }
}
