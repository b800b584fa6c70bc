import Testing
@testable import SlantKit

/// `slant report`'s statistics against hand computation on a small archive:
/// two outlets, one record without an outlet, one with a date that is not ISO,
/// one error record.
struct SummaryTests {
    static let pressure = ReportAxis(id: AxisID("engagement_pressure"), negative: "engagement", positive: "pressure")

    static func record(_ id: String, _ meta: [(String, String)], _ score: Double, _ confidence: Double,
                       evidence: [ReportEvidence] = []) -> ReportRecord {
        let axis = pressure
        let label = score < -0.15 ? axis.negative : (score > 0.15 ? axis.positive : ReportAxis.neutral)
        return ReportRecord(id: id, source: "archive.jsonl:\(id)", meta: meta.map { MetaField($0.0, $0.1) },
                            outcome: .scored([ReportAxisScore(axis: axis, score: score, label: label, confidence: confidence, evidence: evidence)]))
    }

    /// Outlet A: 6 articles, B: 5, one without an outlet, one error.
    static let archive: [ReportRecord] = [
        record("a1", [("outlet", "A"), ("date", "2025-07-03")], 0.5, 0.6),
        record("a2", [("outlet", "A"), ("date", "2025-07-10")], 0.25, 0.4),
        record("a3", [("outlet", "A"), ("date", "2025-07-21")], -0.5, 0.5, evidence: [ReportEvidence(term: "talks", pole: "engagement", weight: -0.9)]),
        record("b1", [("outlet", "B"), ("date", "2025-07-05")], -0.75, 0.7),
        record("a4", [("outlet", "A"), ("date", "2025-08-02")], 0.75, 0.7),
        record("b2", [("outlet", "B"), ("date", "2025-07-15")], -0.25, 0.3),
        record("n1", [], 0.25, 0.2),
        record("a5", [("outlet", "A"), ("date", "2025-08-14T09:30:00Z")], 0.0, 0.1),
        record("b3", [("outlet", "B"), ("date", "2025-08-01")], 0.125, 0.2),
        ReportRecord(id: "e1", source: "archive.jsonl:e1", meta: [MetaField("outlet", "A")], outcome: .failed("record has no \"text\" string")),
        record("a6", [("outlet", "A"), ("date", "2025-08-20")], 1.0, 0.9),
        record("b4", [("outlet", "B"), ("date", "August 2025")], -0.5, 0.55),
        record("b5", [("outlet", "B"), ("date", "2025-08-30")], -1.0, 0.95),
    ]

    static func summarize(_ options: SummaryOptions) throws -> CorpusSummary {
        var builder = SummaryBuilder(options: options)
        for r in archive { builder.add(r) }
        return try builder.finish()
    }

    static func byOutlet(seed: UInt64 = Bootstrap.defaultSeed, compare: [ComparisonRequest] = []) throws -> CorpusSummary {
        try summarize(SummaryOptions(grouping: GroupSpec(fields: ["outlet"], period: nil), bootstrap: Bootstrap(seed: seed), comparisons: compare))
    }

    @Test func countsMeansSharesAndMediansByHand() throws {
        let s = try Self.byOutlet()
        #expect(s.records == 13)
        #expect(s.scored == 12)
        #expect(s.errors == [ErrorRecord(id: "e1", source: "archive.jsonl:e1", message: "record has no \"text\" string")])
        #expect(s.groups.map(\.key.name) == ["A", "B", "(none)"])
        #expect(s.groups.map(\.articles) == [6, 5, 1])
        let a = try #require(s.groups[0].cells[0].stats)
        // (0.5 + 0.25 − 0.5 + 0.75 + 0 + 1) / 6
        #expect(a.mean == 2.0 / 6)
        let sixths: [Double] = [1.0 / 6, 1.0 / 6, 4.0 / 6]
        #expect(a.shares == sixths)
        // confidences 0.1 0.4 0.5 | 0.6 0.7 0.9
        #expect(a.medianConfidence == (0.5 + 0.6) / 2)
        let b = try #require(s.groups[1].cells[0].stats)
        #expect(b.mean == -2.375 / 5)
        let fifths: [Double] = [0.8, 0.2, 0]
        #expect(b.shares == fifths)
        #expect(b.medianConfidence == 0.55)
        // One article is under the minimum of 5: no numbers.
        #expect(s.groups[2].cells[0].n == 1)
        #expect(s.groups[2].cells[0].stats == nil)
    }

    @Test func pullsAreTheMeanMinusTheMeanWithoutTheArticle() throws {
        let a = try #require(try Self.byOutlet().groups[0].cells[0].stats)
        #expect(a.pulls.map(\.id) == ["a3", "a6", "a4"])
        // a3: (−0.5 − 1/3) / 5; the mean without it is 2.5 / 5 = 0.5, and 1/3 − 0.5 = −1/6.
        #expect(abs(a.pulls[0].pull - (-1.0 / 6)) < 1e-15)
        #expect(abs(a.pulls[1].pull - (1 - 2.0 / 6) / 5) < 1e-15)
        #expect(a.pulls[0].evidence == [ReportEvidence(term: "talks", pole: "engagement", weight: -0.9)])
    }

    /// The bounds computed independently (a Python transcription of SplitMix64, the
    /// multiply-shift index and the type 7 quantile) for seed 1 and 2,000 resamples.
    @Test func intervalsForTheDefaultSeedMatchAnIndependentComputation() throws {
        let s = try Self.byOutlet(compare: [ComparisonRequest("A", "B")])
        #expect(s.groups[0].cells[0].stats?.interval == Interval(lower: -0.041666666666666664, upper: 0.7083333333333334))
        #expect(s.groups[1].cells[0].stats?.interval == Interval(lower: -0.8, upper: -0.125))
        let d = try #require(s.comparisons.first?.difference)
        #expect(d.estimate == 2.0 / 6 - -2.375 / 5)
        #expect(d.interval == Interval(lower: 0.275, upper: 1.325))
    }

    @Test func intervalsHoldTheMeanRepeatWithTheSeedAndMoveWithAnother() throws {
        let first = try Self.byOutlet(), again = try Self.byOutlet(), other = try Self.byOutlet(seed: 7)
        for (g, group) in first.groups.enumerated() {
            guard let st = group.cells[0].stats else { continue }
            #expect(st.interval.lower <= st.mean && st.mean <= st.interval.upper)
            #expect(again.groups[g].cells[0].stats?.interval == st.interval)
            #expect(other.groups[g].cells[0].stats?.mean == st.mean)
        }
        // Another seed draws other resamples. (B's five scores give means on a grid of 0.025,
        // so its percentiles can land on the same grid points; A's six do not here.)
        #expect(other.groups[0].cells[0].stats?.interval != first.groups[0].cells[0].stats?.interval)
        #expect(other.groups[0].cells[0].stats?.interval == Interval(lower: -0.08333333333333333, upper: 0.75))
    }

    @Test func anIntervalDoesNotDependOnTheOtherGroups() throws {
        var builder = SummaryBuilder(options: SummaryOptions(grouping: GroupSpec(fields: ["outlet"], period: nil)))
        for r in Self.archive where r.value(of: "outlet") == "B" { builder.add(r) }
        let alone = try builder.finish()
        #expect(alone.groups[0].cells[0].stats?.interval == (try Self.byOutlet()).groups[1].cells[0].stats?.interval)
    }

    @Test func periodsGroupByMonthAndWeekAndABadDateIsCounted() throws {
        let months = try Self.summarize(SummaryOptions(grouping: GroupSpec(fields: ["outlet"], period: .month), minArticles: 2))
        #expect(months.groups.map(\.key.name) == ["A / 2025-07", "A / 2025-08", "B / 2025-07", "B / 2025-08", "B / (none)", "(none) / (none)"])
        #expect(months.groups.map(\.articles) == [3, 3, 2, 2, 1, 1])
        #expect(months.badDates == 1)
        let weeks = try Self.summarize(SummaryOptions(grouping: GroupSpec(fields: [], period: .week)))
        #expect(weeks.groups.map(\.key.name) == ["2025-W27", "2025-W28", "2025-W29", "2025-W30", "2025-W31", "2025-W33", "2025-W34", "2025-W35", "(none)"])
        #expect(weeks.groups.map(\.articles) == [2, 1, 1, 1, 2, 1, 1, 1, 2])
    }

    @Test func unknownAxesAndGroupsAreErrorsThatNameTheChoices() {
        #expect(throws: SummaryError.unknownAxis("war", known: ["engagement_pressure"])) {
            try Self.summarize(SummaryOptions(grouping: GroupSpec(fields: [], period: nil), axes: [AxisID("war")]))
        }
        #expect(throws: SummaryError.unknownGroup("C", known: ["A", "B", "(none)"])) {
            try Self.byOutlet(compare: [ComparisonRequest("A", "C")])
        }
    }

    @Test func aComparisonWithTooFewArticlesHasNoNumber() throws {
        let s = try Self.byOutlet(compare: [ComparisonRequest("A", "(none)")])
        #expect(s.comparisons.count == 1)
        #expect(s.comparisons[0].nA == 6 && s.comparisons[0].nB == 1)
        #expect(s.comparisons[0].difference == nil)
    }

    // MARK: Parts

    /// Vigna's reference splitmix64.c from seed 1234567.
    @Test func splitMix64MatchesTheReferenceSequence() {
        var rng = SplitMix64(seed: 1_234_567)
        let reference: [UInt64] = [6457827717110365317, 3203168211198807973, 9817491932198370423, 4593380528125082431, 16408922859458223821]
        #expect((0..<5).map { _ in rng.next() } == reference)
    }

    /// With n = 2 the index is the top bit of each draw: 0, 0 | 1, 0 | 1 …
    @Test func aResampleDrawsIndicesByMultiplyShift() {
        var rng = SplitMix64(seed: 1_234_567)
        #expect(Bootstrap.resampledMean([10, 20], &rng) == 10)
        #expect(Bootstrap.resampledMean([10, 20], &rng) == 15)
    }

    @Test(arguments: [
        ([1.0, 2, 3, 4], 0.25, 1.75), ([1.0, 2, 3, 4], 0.5, 2.5), ([1.0, 2, 3, 4], 1, 4), ([5.0], 0.025, 5), ([0.0, 10], 0.975, 9.75),
    ])
    func quantilesInterpolateLinearly(_ sorted: [Double], _ p: Double, _ expected: Double) {
        #expect(Quantile.of(sorted: sorted, p) == expected)
    }

    @Test func medianOfOddAndEvenCounts() {
        #expect(Quantile.median([3, 1, 2]) == 2)
        #expect(Quantile.median([0.4, 0.1, 0.3, 0.2]) == (0.2 + 0.3) / 2)
    }

    @Test(arguments: [
        ("2025-08-15", "2025-08", "2025-W33"), ("2021-01-03", "2021-01", "2020-W53"), ("2024-12-30", "2024-12", "2025-W01"),
        ("2026-12-31", "2026-12", "2026-W53"), ("2027-01-01", "2027-01", "2026-W53"), ("2020-02-29", "2020-02", "2020-W09"),
        ("2025-08-15T09:30:00Z", "2025-08", "2025-W33"), ("2025-08-18 00:00", "2025-08", "2025-W34"),
    ])
    func isoWeeksAndMonths(_ text: String, _ month: String, _ week: String) throws {
        let date = try #require(CalendarDate(iso: text))
        #expect(Period.month.name(date) == month)
        #expect(Period.week.name(date) == week)
    }

    @Test(arguments: ["2025-02-29", "2025-13-01", "2025-8-15", "August 2025", "2025-08-15x", "2025-04-31", ""])
    func notAnISODate(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func groupsSortWithMissingValuesLast() {
        let keys = [GroupKey(parts: [nil, "2025-07"]), GroupKey(parts: ["B", nil]), GroupKey(parts: ["B", "2025-07"]), GroupKey(parts: ["A", "2025-08"])]
        #expect(keys.sorted().map(\.name) == ["A / 2025-08", "B / 2025-07", "B / (none)", "(none) / 2025-07"])
        #expect(GroupKey(parts: []).name == "all")
    }
}
