/// What `slant report` computes: per group and axis, the article count, the mean
/// score with its bootstrap interval, the share of each label, the median
/// confidence, and the articles that pull the mean most; and differences
/// between named groups.
///
/// Every record is accounted for: a scored record is in exactly one group (a
/// missing grouping value is the group part `(none)`), an error record in `errors`.
public struct CorpusSummary: Sendable {
    public let options: SummaryOptions
    /// The axes summarized, in the order of the input (or of `--axis`).
    public let axes: [ReportAxis]
    /// Records read, scored or not.
    public let records: Int
    /// Records that are errors, in input order; they are in no group.
    public let errors: [ErrorRecord]
    /// Scored records whose `date` is not an ISO date, so their period is `(none)`.
    public let badDates: Int
    /// In `GroupKey` order.
    public let groups: [GroupSummary]
    public let comparisons: [ComparisonSummary]

    public var scored: Int { records - errors.count }
}

/// The knobs of a summary, with the documented defaults.
public struct SummaryOptions: Sendable {
    public var grouping: GroupSpec
    /// Only these axes (`--axis`); empty for every axis of the input.
    public var axes: [AxisID]
    public var bootstrap: Bootstrap
    /// A group-axis with fewer scored articles is shown as too few, not as numbers (`--min-articles`).
    public var minArticles: Int
    /// Articles listed per group and axis as pulling its mean most (`--top`).
    public var top: Int
    /// Pairs of group names to compare (`--compare A B`): A − B.
    public var comparisons: [ComparisonRequest]

    /// Five: below that, a 95% interval from resampling says little (with 4 articles there are only 35 distinct resamples).
    public static let defaultMinArticles = 5
    public static let defaultTop = 3
    /// Evidence items shown per pulling article: its strongest hits.
    public static let evidencePerArticle = 3

    public init(grouping: GroupSpec, axes: [AxisID] = [], bootstrap: Bootstrap = Bootstrap(), minArticles: Int = defaultMinArticles,
                top: Int = defaultTop, comparisons: [ComparisonRequest] = []) {
        precondition(minArticles >= 2, "a pull needs the mean without the article")
        self.grouping = grouping
        self.axes = axes
        self.bootstrap = bootstrap
        self.minArticles = minArticles
        self.top = top
        self.comparisons = comparisons
    }
}

public struct ComparisonRequest: Sendable, Equatable {
    public let a: String
    public let b: String

    public init(_ a: String, _ b: String) {
        self.a = a
        self.b = b
    }
}

/// A record that has no score: its id, source and the reason.
public struct ErrorRecord: Sendable, Equatable {
    public let id: String
    public let source: String
    public let message: String
}

public struct GroupSummary: Sendable {
    public let key: GroupKey
    /// Scored records in the group.
    public let articles: Int
    /// One per summarized axis, in `CorpusSummary.axes` order.
    public let cells: [AxisCell]
}

/// One group on one axis.
public struct AxisCell: Sendable {
    public let axis: ReportAxis
    /// The group's articles scored on this axis.
    public let n: Int
    /// Their scores, in input order (the HTML histogram draws them).
    public let scores: [Double]
    /// Nil when `n` is under `minArticles`.
    public let stats: CellStats?
}

public struct CellStats: Sendable {
    public let mean: Double
    public let interval: Interval
    /// The share of each of `axis.labels` (first pole, neutral, second pole).
    public let shares: [Double]
    public let medianConfidence: Double
    /// Largest |pull| first; ties in input order.
    public let pulls: [Pull]
}

/// An article that moves its group's mean.
public struct Pull: Sendable {
    public let id: String
    public let source: String
    public let score: Double
    /// The group mean minus the mean without this article: `(score − mean) / (n − 1)`.
    public let pull: Double
    /// Its strongest evidence on the axis (`SummaryOptions.evidencePerArticle`).
    public let evidence: [ReportEvidence]
}

public struct ComparisonSummary: Sendable {
    public let a: String
    public let b: String
    public let axis: ReportAxis
    public let nA: Int
    public let nB: Int
    /// `mean(A) − mean(B)` and its interval; nil when either group has too few articles.
    public let difference: (estimate: Double, interval: Interval)?
}

/// Why a summary cannot be made as asked.
public enum SummaryError: Error, Equatable {
    /// `--axis` names an axis no record has; the payload lists those that do.
    case unknownAxis(String, known: [String])
    /// `--compare` names a group the records do not form.
    case unknownGroup(String, known: [String])
}
