/// Bytes on their way to the output; reporters append, the caller flushes.
public struct OutputBuffer: Sendable {
    /// What has been written and not yet flushed; the caller writes it out and empties it.
    public var bytes: [UInt8] = []
    /// An empty buffer.
    public init() {}
    /// Appends `s` as UTF-8.
    public mutating func write(_ s: String) { bytes.append(contentsOf: s.utf8) }
}

/// What every reporter needs besides the records.
public struct ReportOptions: Sendable {
    /// The axes every record is reported on, in output order (`--axis`, or all of the lexicons').
    public let axes: [Axis]
    /// How many evidence items to show per axis.
    public let evidenceLimit: Int
    /// The JSONL metadata fields CSV gives a column each (`--meta`); json and jsonl write them all.
    public let metaFields: [String]

    /// Options to report `axes` with up to `evidenceLimit` evidence items each and CSV columns for `metaFields`.
    public init(axes: [Axis], evidenceLimit: Int, metaFields: [String] = []) {
        self.axes = axes
        self.evidenceLimit = evidenceLimit
        self.metaFields = metaFields
    }
}

/// Turns scored records into one output format. Records arrive in input order.
///
/// `render` is pure, so it can run on the worker threads of `--jobs`; `append`
/// adds a rendered record to the output with whatever separates records.
public protocol Reporter: Sendable {
    /// Writes what comes before the first record (CSV's header row, JSON's `[`); called once, first.
    mutating func begin(_ out: inout OutputBuffer)
    /// The record's output, without what separates it from the others; may be empty (the
    /// text format shows nothing for a failed input).
    func render(_ record: ScoredRecord) -> [UInt8]
    /// Adds a record that `render` produced to `out`, with whatever separates it from the
    /// one before; called once per record, in input order.
    mutating func append(_ rendered: [UInt8], _ out: inout OutputBuffer)
    /// Writes what comes after the last record (JSON's `]`); called once, last, also when there were no records.
    mutating func end(_ out: inout OutputBuffer)
}

extension Reporter {
    /// Adds the rendered bytes as they are: for formats whose records end with their own newline.
    public mutating func append(_ rendered: [UInt8], _ out: inout OutputBuffer) { out.bytes.append(contentsOf: rendered) }

    /// Renders and appends one record.
    public mutating func record(_ record: ScoredRecord, _ out: inout OutputBuffer) { append(render(record), &out) }
}

/// The output formats of `slant score`.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// A block per scored input, a bar per axis (the default); failed inputs are left to the caller to report.
    case text
    /// One JSON array holding an object per input.
    case json
    /// One JSON object per input, a line each.
    case jsonl
    /// A header row, then a row per input with three columns per axis.
    case csv

    /// A new reporter that writes this format with `options`.
    public func makeReporter(_ options: ReportOptions) -> any Reporter {
        switch self {
        case .text: return TextReporter(options: options)
        case .json: return JSONReporter(options: options, lines: false)
        case .jsonl: return JSONReporter(options: options, lines: true)
        case .csv: return CSVReporter(options: options)
        }
    }
}
