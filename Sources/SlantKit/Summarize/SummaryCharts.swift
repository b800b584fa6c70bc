/// The three SVG charts of each axis in the HTML report. Every name from the
/// data passes through `Markup.escape`; every number is formatted here.
enum SummaryCharts {
    static let width = 760.0

    /// Which series a group belongs to, for its colour and marker: with a period,
    /// the key without the period (one line per outlet), else the group itself.
    struct Series {
        let keys: [GroupKey]
        private let index: [GroupKey: Int]

        private let period: Bool

        init(_ s: CorpusSummary) {
            period = s.options.grouping.period != nil
            keys = Set(s.groups.map { [period] in period ? $0.key.series : $0.key }).sorted()
            index = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($0.element, $0.offset) })
        }

        /// The series number of a group.
        func of(_ group: GroupKey) -> Int { number(period ? group.series : group) }

        /// The number of a series key (one of `keys`).
        func number(_ series: GroupKey) -> Int { index[series] ?? 0 }
    }

    /// Dot and whisker: one row per group, its mean (marker) and 95% interval (whisker), or why it has none.
    static func dots(_ s: CorpusSummary, _ a: Int, _ series: Series, range r: Double) -> String {
        let axis = s.axes[a]
        let names = s.groups.map { ChartMarks.clipped($0.key.name, 40) }
        let labelWidth = min(320, max(140, Double(names.map(\.count).max() ?? 0) * 7.5 + 24))
        let plotLeft = labelWidth, plotRight = width - 190, top = 8.0, rowHeight = 26.0
        let bottom = top + Double(s.groups.count) * rowHeight
        let height = bottom + 42
        func x(_ v: Double) -> Double { plotLeft + (v + r) / (2 * r) * (plotRight - plotLeft) }
        var svg = open("dots", a, height, "\(axis.id): mean score per group with its 95% interval")
        for (i, _) in s.groups.enumerated() where i % 2 == 1 {
            svg += "<rect class=\"stripe\" x=\"0\" y=\"\(n(top + Double(i) * rowHeight))\" width=\"\(n(width))\" height=\"\(n(rowHeight))\"/>"
        }
        svg += grid(ChartMarks.ticks(r), vertical: true, from: top, to: bottom, at: x, labelAt: bottom + 14)
        svg += poles(axis, left: plotLeft, right: plotRight, y: bottom + 32)
        for (i, group) in s.groups.enumerated() {
            let y = top + Double(i) * rowHeight + rowHeight / 2
            let cell = group.cells[a]
            svg += "<text class=\"group\" x=\"\(n(plotLeft - 10))\" y=\"\(n(y + 4))\" text-anchor=\"end\">\(Markup.escape(names[i]))</text>"
            guard let st = cell.stats else {
                svg += "<text class=\"toofew\" x=\"\(n(plotLeft + 8))\" y=\"\(n(y + 4))\">\(SummaryWords.tooFew(cell.n))</text>"
                continue
            }
            let k = series.of(group.key), cls = ChartMarks.seriesClass(k)
            let lo = x(st.interval.lower), hi = x(st.interval.upper)
            svg += "<line class=\"whisker \(cls)\" x1=\"\(n(lo))\" y1=\"\(n(y))\" x2=\"\(n(hi))\" y2=\"\(n(y))\"/>"
            for end in [lo, hi] { svg += "<line class=\"whisker \(cls)\" x1=\"\(n(end))\" y1=\"\(n(y - 5))\" x2=\"\(n(end))\" y2=\"\(n(y + 5))\"/>" }
            svg += ChartMarks.marker(ChartMarks.shape(k), x(st.mean), y, cls: cls)
            let value = "\(SummaryWords.signed(st.mean, 2)) [\(SummaryWords.signed(st.interval.lower, 2)), \(SummaryWords.signed(st.interval.upper, 2))] n=\(cell.n)"
            svg += "<text class=\"value\" x=\"\(n(plotRight + 12))\" y=\"\(n(y + 4))\">\(value)</text>"
        }
        return svg + "</svg>"
    }

    /// Means over time: one line per series, a band for the interval, a gap where a period has too few articles.
    static func trend(_ s: CorpusSummary, _ a: Int, _ series: Series, range r: Double) -> String? {
        guard s.options.grouping.period != nil else { return nil }
        let periods = Array(Set(s.groups.compactMap { $0.key.parts.last ?? nil })).sorted()
        guard !periods.isEmpty else { return nil }
        let axis = s.axes[a]
        let left = 64.0, right = width - 190, top = 22.0, plotHeight = 220.0
        let bottom = top + plotHeight, height = bottom + 48
        func x(_ i: Int) -> Double { periods.count == 1 ? (left + right) / 2 : left + Double(i) * (right - left) / Double(periods.count - 1) }
        func y(_ v: Double) -> Double { top + (r - v) / (2 * r) * plotHeight }
        var svg = open("trend", a, height, "\(axis.id): mean score per \(s.options.grouping.period!.rawValue) with its 95% interval")
        svg += grid(ChartMarks.ticks(r), vertical: false, from: left, to: right, at: y, labelAt: left - 8)
        svg += "<text class=\"pole\" x=\"\(n(left))\" y=\"12\">↑ \(Markup.escape(axis.positive))</text>"
        svg += "<text class=\"pole\" x=\"\(n(left))\" y=\"\(n(height - 4))\">↓ \(Markup.escape(axis.negative))</text>"
        let every = max(1, Int((Double(periods.count) * 70 / (right - left)).rounded(.up)))
        for (i, period) in periods.enumerated() where i % every == 0 {
            svg += "<text class=\"period\" x=\"\(n(x(i)))\" y=\"\(n(bottom + 18))\" text-anchor=\"middle\">\(Markup.escape(period))</text>"
        }
        var labels: [(y: Double, text: String, cls: String)] = []
        let groups = Dictionary(uniqueKeysWithValues: s.groups.map { ($0.key, $0) })
        for key in series.keys {
            let k = series.number(key)
            let points: [(i: Int, st: CellStats)] = periods.enumerated().compactMap { i, period in
                groups[GroupKey(parts: key.parts + [period])]?.cells[a].stats.map { (i, $0) }
            }
            guard let last = points.last else { continue }
            svg += line(points.map { (x($0.i), $0.st) }, index: points.map(\.i), k, y)
            labels.append((y(last.st.mean), ChartMarks.clipped(key.parts.isEmpty ? GroupKey.everything : key.name, 24), ChartMarks.seriesClass(k)))
        }
        for label in spread(labels, gap: 14, within: top...bottom) {
            svg += "<text class=\"series \(label.cls)\" x=\"\(n(right + 14))\" y=\"\(n(label.y + 4))\">\(Markup.escape(label.text))</text>"
        }
        return svg + "</svg>"
    }

    /// Article scores on the axis, every group together, in bins of 0.1 (lower edge included; +1 in the last bin).
    static func histogram(_ s: CorpusSummary, _ a: Int) -> String {
        let axis = s.axes[a]
        let bins = 20, left = 48.0, right = width - 16, top = 18.0, plotHeight = 150.0
        let bottom = top + plotHeight, height = bottom + 42
        var counts = [Int](repeating: 0, count: bins)
        for group in s.groups {
            for score in group.cells[a].scores { counts[min(bins - 1, max(0, Int(((score + 1) * 10).rounded(.down))))] += 1 }
        }
        let tallest = Double(max(1, counts.max() ?? 1))
        let binWidth = (right - left) / Double(bins)
        func x(_ v: Double) -> Double { left + (v + 1) / 2 * (right - left) }
        var svg = open("histogram", a, height, "\(axis.id): how many articles scored in each bin of 0.1")
        svg += grid(ChartMarks.ticks(1), vertical: true, from: top, to: bottom, at: x, labelAt: bottom + 14)
        svg += poles(axis, left: left, right: right, y: bottom + 32)
        svg += "<text class=\"tick\" x=\"\(n(left - 6))\" y=\"\(n(top + 4))\" text-anchor=\"end\">\(Int(tallest))</text>"
        svg += "<text class=\"tick\" x=\"\(n(left - 6))\" y=\"\(n(bottom))\" text-anchor=\"end\">0</text>"
        for (b, count) in counts.enumerated() where count > 0 {
            let h = Double(count) / tallest * plotHeight
            let from = -1 + Double(b) / 10
            svg += "<rect class=\"bar\" x=\"\(n(left + Double(b) * binWidth + 1))\" y=\"\(n(bottom - h))\" width=\"\(n(binWidth - 2))\" height=\"\(n(h))\">"
            svg += "<title>\(SummaryWords.signed(from, 1)) to \(SummaryWords.signed(from + 0.1, 1)): \(SummaryWords.plural(count, "article"))</title></rect>"
            svg += "<text class=\"count\" x=\"\(n(left + (Double(b) + 0.5) * binWidth))\" y=\"\(n(bottom - h - 3))\" text-anchor=\"middle\">\(count)</text>"
        }
        return svg + "</svg>"
    }

    // MARK: Parts

    /// One series over time at (x, mean): a band and a line per run of consecutive periods
    /// (`index` gives each point's period), a whisker for a lone period, a marker at every point.
    private static func line(_ points: [(x: Double, st: CellStats)], index: [Int], _ k: Int, _ y: (Double) -> Double) -> String {
        let cls = ChartMarks.seriesClass(k)
        var svg = ""
        for run in runs(index) {
            let part = zip(index, points).filter { run.contains($0.0) }.map(\.1)
            if part.count == 1 {
                let p = part[0]
                svg += "<line class=\"whisker \(cls)\" x1=\"\(n(p.x))\" y1=\"\(n(y(p.st.interval.lower)))\" x2=\"\(n(p.x))\" y2=\"\(n(y(p.st.interval.upper)))\"/>"
                continue
            }
            let upper = part.map { "\(n($0.x)),\(n(y($0.st.interval.upper)))" }
            let lower = part.reversed().map { "\(n($0.x)),\(n(y($0.st.interval.lower)))" }
            svg += "<polygon class=\"band \(cls)\" points=\"\((upper + lower).joined(separator: " "))\"/>"
            svg += "<polyline class=\"line \(cls)\" points=\"\(part.map { "\(n($0.x)),\(n(y($0.st.mean)))" }.joined(separator: " "))\"/>"
        }
        for p in points { svg += ChartMarks.marker(ChartMarks.shape(k), p.x, y(p.st.mean), cls: cls) }
        return svg
    }

    private static func open(_ kind: String, _ a: Int, _ height: Double, _ title: String) -> String {
        "<svg class=\"chart \(kind)\" id=\"\(kind)-\(a)\" width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\">"
            + "<title>\(Markup.escape(title))</title>"
    }

    /// Grid lines at `ticks` (the zero line stronger), with their values.
    private static func grid(_ ticks: [Double], vertical: Bool, from: Double, to: Double, at position: (Double) -> Double, labelAt: Double) -> String {
        var svg = ""
        for t in ticks {
            let p = n(position(t)), cls = t == 0 ? "zero" : "grid", label = t == 0 ? "0" : SummaryWords.signed(t, 2)
            if vertical {
                svg += "<line class=\"\(cls)\" x1=\"\(p)\" y1=\"\(n(from))\" x2=\"\(p)\" y2=\"\(n(to))\"/>"
                svg += "<text class=\"tick\" x=\"\(p)\" y=\"\(n(labelAt))\" text-anchor=\"middle\">\(label)</text>"
            } else {
                svg += "<line class=\"\(cls)\" x1=\"\(n(from))\" y1=\"\(p)\" x2=\"\(n(to))\" y2=\"\(p)\"/>"
                svg += "<text class=\"tick\" x=\"\(n(labelAt))\" y=\"\(n(position(t) + 4))\" text-anchor=\"end\">\(label)</text>"
            }
        }
        return svg
    }

    private static func poles(_ axis: ReportAxis, left: Double, right: Double, y: Double) -> String {
        "<text class=\"pole\" x=\"\(n(left))\" y=\"\(n(y))\">← \(Markup.escape(axis.negative))</text>"
            + "<text class=\"pole\" x=\"\(n(right))\" y=\"\(n(y))\" text-anchor=\"end\">\(Markup.escape(axis.positive)) →</text>"
    }

    /// Runs of consecutive indices: [0, 1, 3] gives 0...1 and 3...3.
    static func runs(_ indices: [Int]) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        for i in indices {
            if let last = result.last, last.upperBound == i - 1 { result[result.count - 1] = last.lowerBound...i } else { result.append(i...i) }
        }
        return result
    }

    /// Labels moved apart vertically so that none is closer than `gap` to the next, kept in order of y.
    static func spread<T>(_ labels: [(y: Double, text: String, cls: T)], gap: Double, within bounds: ClosedRange<Double>) -> [(y: Double, text: String, cls: T)] {
        var sorted = labels.sorted { $0.y < $1.y }
        for i in sorted.indices.dropFirst() where sorted[i].y < sorted[i - 1].y + gap { sorted[i].y = sorted[i - 1].y + gap }
        let overflow = (sorted.last?.y ?? 0) - bounds.upperBound
        if overflow > 0 {
            for i in sorted.indices.reversed() {
                let limit = i + 1 < sorted.count ? sorted[i + 1].y - gap : bounds.upperBound
                sorted[i].y = min(sorted[i].y, limit)
            }
        }
        return sorted
    }

    private static func n(_ x: Double) -> String { ChartMarks.n(x) }
}
