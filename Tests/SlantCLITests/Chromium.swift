import Foundation
import Testing

/// Headless Chromium for the tests that check an HTML page in a real browser.
///
/// Without the browser those tests are skipped, and say why, except when the
/// environment has `CI=true`: there a missing browser fails them, so CI cannot
/// pass without having looked at the pages.
enum Chromium {
    static let path = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static let requiredByCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// The trait of a browser test: run when the browser is here or CI requires it.
    static let available = ConditionTrait.enabled(if: path != nil || requiredByCI,
                                                  "needs chromium (apt-get install chromium); with CI=true its absence fails the test")

    /// The page's DOM after load (`--dump-dom`); fails the test when the browser is missing.
    static func dumpDOM(_ page: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let browser = try #require(path, "chromium is not installed, and CI=true requires the browser tests", sourceLocation: sourceLocation)
        return try Slant.tool(browser, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.absoluteURL.absoluteString],
                              capturing: .standardOutput).text
    }
}
