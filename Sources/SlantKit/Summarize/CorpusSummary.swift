/// What `slant report` computes: per group and axis, the article count, the mean
/// score with its bootstrap interval, the share of each label, the median
/// confidence, and the articles that pull the mean most; and differences
/// between named groups.
///
/// Every record is accounted for: a scored record is in exactly one group (a
/// missing grouping value is the group part `(none)`), an error record in `errors`.
public struct CorpusSummary: Sendable {
    /// The options the summary was made with (its method: resamples, seed, minimum articles).
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
    /// One per `--compare` pair and summarized axis: the pairs in the order given, each over `axes` in order.
    public let comparisons: [ComparisonSummary]

    /// Records that were scored: `records` less the error records.
    public var scored: Int { records - errors.count }
}

/// The knobs of a summary, with the documented defaults.
public struct SummaryOptions: Sendable {
    /// How records are grouped (`--by`, `--period`).
    public var grouping: GroupSpec
    /// Only these axes (`--axis`); empty for every axis of the input.
    public var axes: [AxisID]
    /// How the intervals are drawn: resamples and seed (`--seed`).
    public var bootstrap: Bootstrap
    /// A group-axis with fewer scored articles is shown as too few, not as numbers (`--min-articles`).
    public var minArticles: Int
    /// Articles listed per group and axis as pulling its mean most (`--top`).
    public var top: Int
    /// Pairs of group names to compare (`--compare A B`): A − B.
    public var comparisons: [ComparisonRequest]

    /// Five: below that, a 95% interval from resampling says little (with 4 articles there are only 35 distinct resamples).
    public static let defaultMinArticles = 5
    /// Three: enough to see what drives a mean, few enough to read for every group and axis.
    public static let defaultTop = 3
    /// Evidence items shown per pulling article: its strongest hits.
    public static let evidencePerArticle = 3

    /// Options with the defaults above for whatever is not given; `minArticles` must be at
    /// least 2, since an article's pull needs the mean of the others.
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

/// A `--compare A B`: two groups, by name (`GroupKey.name`), whose means are compared as A − B.
public struct ComparisonRequest: Sendable, Equatable {
    /// The name of group A, whose mean the difference starts from.
    public let a: String
    /// The name of group B, whose mean is subtracted.
    public let b: String

    /// A comparison of group `a` with group `b`.
    public init(_ a: String, _ b: String) {
        self.a = a
        self.b = b
    }
}

/// A record that has no score: its id, source and the reason.
public struct ErrorRecord: Sendable, Equatable {
    /// The record's id, or where it came from when it has none.
    public let id: String
    /// Where the record came from: a path, `-`, or `path:line`.
    public let source: String
    /// Why the record has no score.
    public let message: String
}

/// One group: its key, how many articles it has, and its statistics on each axis.
public struct GroupSummary: Sendable {
    /// The group's value of each grouping part; `key.name` is what the report shows.
    public let key: GroupKey
    /// Scored records in the group.
    public let articles: Int
    /// One per summarized axis, in `CorpusSummary.axes` order.
    public let cells: [AxisCell]
}

/// One group on one axis.
public struct AxisCell: Sendable {
    /// The axis, with its pole names.
    public let axis: ReportAxis
    /// The group's articles scored on this axis.
    public let n: Int
    /// Their scores, in input order (the HTML histogram draws them).
    public let scores: [Double]
    /// Nil when `n` is under `minArticles`.
    public let stats: CellStats?
}

/// The numbers of one group on one axis, when it has at least `minArticles` articles.
public struct CellStats: Sendable {
    /// The mean of the articles' scores, in [-1, 1].
    public let mean: Double
    /// The mean's bootstrap interval (`Bootstrap.level`, 95%).
    public let interval: Interval
    /// The share of each of `axis.labels` (first pole, neutral, second pole).
    public let shares: [Double]
    /// The median of the articles' confidences, in [0, 1].
    public let medianConfidence: Double
    /// Largest |pull| first; ties in input order.
    public let pulls: [Pull]
}

/// An article that moves its group's mean.
public struct Pull: Sendable {
    /// The article's id.
    public let id: String
    /// Where the article came from.
    public let source: String
    /// The article's score on the axis.
    public let score: Double
    /// The group mean minus the mean without this article: `(score − mean) / (n − 1)`.
    public let pull: Double
    /// Its strongest evidence on the axis (`SummaryOptions.evidencePerArticle`).
    public let evidence: [ReportEvidence]
}

/// One `--compare A B` on one axis: how many articles each group has and the difference of their means.
public struct ComparisonSummary: Sendable {
    /// The name of group A.
    public let a: String
    /// The name of group B.
    public let b: String
    /// The axis compared on.
    public let axis: ReportAxis
    /// Group A's articles scored on the axis.
    public let nA: Int
    /// Group B's articles scored on the axis.
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
