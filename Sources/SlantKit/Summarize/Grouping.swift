/// How `slant report` groups records: by the values of metadata fields, by a
/// period of the ISO `date` field, or both.
public struct GroupSpec: Sendable, Equatable {
    /// The metadata fields whose values name a group (`--by`), in order.
    public let fields: [String]
    /// The calendar period of the `date` field (`--period`), if any; it is the key's last part.
    public let period: Period?

    /// Groups by the values of `fields`, in order, then by the `period` of `date` when one is given.
    public init(fields: [String], period: Period?) {
        self.fields = fields
        self.period = period
    }

    /// The metadata field a period is read from.
    public static let dateField = "date"

    /// The group a record belongs to, and whether it has a `date` that is not an
    /// ISO date (such a record goes into the period `(none)`, and is counted).
    public func key(for record: ReportRecord) -> (key: GroupKey, badDate: Bool) {
        var parts = fields.map { record.value(of: $0) }
        var badDate = false
        if let period {
            let raw = record.value(of: Self.dateField)
            let date = raw.flatMap(CalendarDate.init(iso:))
            badDate = raw != nil && date == nil
            parts.append(date.map(period.name))
        }
        return (GroupKey(parts: parts), badDate)
    }

    /// The names of the key's parts: the fields, then `week` or `month`.
    public var partNames: [String] { fields + (period.map { [$0.rawValue] } ?? []) }
}

/// A calendar period a record's `date` falls in.
public enum Period: String, Sendable, CaseIterable {
    /// ISO 8601 week, `2025-W33`: weeks start on Monday, week 1 holds the year's first Thursday.
    case week
    /// Calendar month, `2025-08`.
    case month

    /// The period `date` falls in, as the report names it: `2025-W33` or `2025-08`.
    public func name(_ date: CalendarDate) -> String {
        switch self {
        case .month: return "\(CalendarDate.pad(date.year, 4))-\(CalendarDate.pad(date.month, 2))"
        case .week:
            let (year, week) = date.isoWeek
            return "\(CalendarDate.pad(year, 4))-W\(CalendarDate.pad(week, 2))"
        }
    }
}

/// A group's identity: one value per part of the `GroupSpec`, nil where the record has none.
///
/// Groups sort part by part, a missing value after every present one, so
/// `(none)` comes last and ISO periods in time order.
public struct GroupKey: Hashable, Comparable, Sendable {
    /// The record's value of each grouping part: the `--by` fields, then the period's name.
    public let parts: [String?]

    /// The key with these part values.
    init(parts: [String?]) { self.parts = parts }

    /// What a missing value is shown as.
    public static let missing = "(none)"
    /// The name of the one group when nothing groups the records.
    public static let everything = "all"
    /// Between the parts of a name: `A / 2025-08`.
    public static let separator = " / "

    /// The name the report shows and `--compare` takes.
    public var name: String {
        parts.isEmpty ? Self.everything : parts.map { $0 ?? Self.missing }.joined(separator: Self.separator)
    }

    /// The key without its last part (the period), naming a line in the chart over time.
    public var series: GroupKey { GroupKey(parts: Array(parts.dropLast())) }

    public static func < (a: GroupKey, b: GroupKey) -> Bool {
        for (x, y) in zip(a.parts, b.parts) where x != y {
            switch (x, y) {
            case (nil, _): return false
            case (_, nil): return true
            case let (x?, y?): return x < y
            }
        }
        return a.parts.count < b.parts.count
    }
}

/// A day of the proleptic Gregorian calendar, read from an ISO 8601 date.
public struct CalendarDate: Sendable, Equatable {
    /// The year, as the date's four digits write it (0 to 9999).
    public let year: Int
    /// The month, 1 (January) to 12.
    public let month: Int
    /// The day of the month, from 1 to the month's last day.
    public let day: Int

    /// `2025-08-15`, or a timestamp starting with one (`2025-08-15T09:30:00Z`,
    /// `2025-08-15 09:30`); nil for anything else, or a day the month does not have.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes.count == 10 || bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
              let y = Self.digits(bytes[0..<4]), let m = Self.digits(bytes[5..<7]), let d = Self.digits(bytes[8..<10]),
              (1...12).contains(m), (1...Self.daysIn(month: m, year: y)).contains(d)
        else { return nil }
        (year, month, day) = (y, m, d)
    }

    /// The ISO 8601 week-numbering year and week.
    public var isoWeek: (year: Int, week: Int) {
        let weekday = Self.weekday(year: year, month: month, day: day)
        let week = (ordinal - weekday + 10) / 7
        if week < 1 { return (year - 1, Self.weeksIn(year - 1)) }
        if week > Self.weeksIn(year) { return (year + 1, 1) }
        return (year, week)
    }

    /// The day of the year, 1 for 1 January.
    var ordinal: Int { (1..<month).reduce(day) { $0 + Self.daysIn(month: $1, year: year) } }

    /// ISO weekday, 1 for Monday to 7 for Sunday (from the day count of Hinnant's `days_from_civil`).
    static func weekday(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468  // 0 is 1970-01-01, a Thursday
        return ((days % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// 53 when the year starts on a Thursday, or is a leap year starting on a Wednesday; else 52.
    static func weeksIn(_ year: Int) -> Int {
        let first = weekday(year: year, month: 1, day: 1)
        return first == 4 || (first == 3 && isLeap(year)) ? 53 : 52
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for b in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) else { return nil }
            value = value * 10 + Int(b - UInt8(ascii: "0"))
        }
        return value
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
