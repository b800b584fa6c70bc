/// `slant report --format csv`: one row per group and axis, then one per comparison and axis.
///
/// Columns: `kind` (`group` or `difference`), `group`, `versus` (the B of a
/// difference), one column per grouping part (`--by` fields, then `week` or
/// `month`; empty where the record had no value), `axis`, `n`, `mean` (for a
/// difference, A − B), `ci_low`, `ci_high`, `first_pole`, `first_pole_share`,
/// `neutral_share`, `second_pole`, `second_pole_share`, `median_confidence`, `note`.
/// Numbers are empty where there are too few articles; `note` says so.
/// The pulling articles are in the text, JSON and HTML outputs.
enum SummaryCSV {
    static func render(_ s: CorpusSummary) -> String {
        let parts = s.options.grouping.partNames
        let header = ["kind", "group", "versus"] + parts + ["axis", "n", "mean", "ci_low", "ci_high", "first_pole", "first_pole_share",
                                                             "neutral_share", "second_pole", "second_pole_share", "median_confidence", "note"]
        var out = header.map(CSVReporter.quote).joined(separator: ",") + "\n"
        for group in s.groups {
            for cell in group.cells {
                var row = ["group", group.key.name, ""] + group.key.parts.map { $0 ?? "" } + [cell.axis.id.rawValue, String(cell.n)]
                if let st = cell.stats {
                    row += [st.mean, st.interval.lower, st.interval.upper].map { NumberFormat.fixed($0) }
                    row += [cell.axis.negative, NumberFormat.fixed(st.shares[0]), NumberFormat.fixed(st.shares[1]),
                            cell.axis.positive, NumberFormat.fixed(st.shares[2]), NumberFormat.fixed(st.medianConfidence), ""]
                } else {
                    row += ["", "", "", cell.axis.negative, "", "", cell.axis.positive, "", "", SummaryWords.tooFew(cell.n)]
                }
                out += line(row)
            }
        }
        for c in s.comparisons {
            var row = ["difference", c.a, c.b] + parts.map { _ in "" } + [c.axis.id.rawValue, ""]
            if let d = c.difference {
                row += [d.estimate, d.interval.lower, d.interval.upper].map { NumberFormat.fixed($0) }
                row += ["", "", "", "", "", "", "n=\(c.nA) and \(c.nB)"]
            } else {
                row += ["", "", "", "", "", "", "", "", "", SummaryWords.tooFew(c.nA, c.nB)]
            }
            out += line(row)
        }
        return out
    }

    private static func line(_ fields: [String]) -> String { fields.map(CSVReporter.quote).joined(separator: ",") + "\n" }
}
