/// The output formats of `slant report`.
public enum SummaryFormat: String, Sendable, CaseIterable {
    /// Tables for reading in a terminal: one per axis, with the pulling articles, then the comparisons (the default).
    case text
    /// A row per group and axis, then a row per comparison and axis, for spreadsheets and R.
    case csv
    /// The whole summary as one JSON object.
    case json
    /// One self-contained page with charts and tables (inline CSS and SVG, no script).
    case html

    /// The complete report of `summary` in this format.
    public func render(_ summary: CorpusSummary) -> String {
        switch self {
        case .text: return SummaryText.render(summary)
        case .csv: return SummaryCSV.render(summary)
        case .json: return SummaryJSON.render(summary)
        case .html: return SummaryHTML.render(summary)
        }
    }
}

/// Wording and number forms the renderers share, so every format says the same thing.
enum SummaryWords {
    /// `+0.1200` or `-0.1200`: the sign always shown, so a lean reads at a glance.
    static func signed(_ x: Double, _ decimals: Int = 4) -> String {
        let s = NumberFormat.fixed(x, decimals)
        return s.hasPrefix("-") ? s : "+" + s
    }

    static func percent(_ share: Double) -> String { NumberFormat.fixed(share * 100, 1) + "%" }

    static func tooFew(_ n: Int) -> String { "too few articles (n=\(n))" }

    static func tooFew(_ nA: Int, _ nB: Int) -> String { "too few articles (n=\(nA) and \(nB))" }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    /// `by outlet, month`, or `not grouped`.
    static func grouping(_ spec: GroupSpec) -> String {
        spec.partNames.isEmpty ? "not grouped" : "by " + spec.partNames.joined(separator: ", ")
    }

    static func method(_ s: CorpusSummary) -> String {
        let b = s.options.bootstrap
        return "means with 95% bootstrap percentile intervals (\(b.resamples) resamples, seed \(b.seed)); "
            + "a group with fewer than \(s.options.minArticles) articles is shown as too few"
    }

    static func errors(_ n: Int) -> String {
        n == 1 ? "1 record was an error and is not in any group" : "\(n) records were errors and are not in any group"
    }

    static func badDates(_ n: Int) -> String {
        "\(plural(n, "record")) had a date that is not an ISO date (YYYY-MM-DD) and \(n == 1 ? "is" : "are") in period \(GroupKey.missing)"
    }

    static func evidence(_ items: [ReportEvidence]) -> String {
        items.map { "\"\($0.term)\" \(signed($0.weight, 2))" }.joined(separator: ", ")
    }

    static let pullNote = "pull = the group mean minus the mean without the article"
}
