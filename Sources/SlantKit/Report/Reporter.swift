/// Bytes on their way to the output; reporters append, the caller flushes.
public struct OutputBuffer: Sendable {
    public var bytes: [UInt8] = []
    public init() {}
    public mutating func write(_ s: String) { bytes.append(contentsOf: s.utf8) }
}

/// What every reporter needs besides the records.
public struct ReportOptions: Sendable {
    public let axes: [Axis]
    /// How many evidence items to show per axis.
    public let evidenceLimit: Int
    /// The JSONL metadata fields CSV gives a column each (`--meta`); json and jsonl write them all.
    public let metaFields: [String]

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
    mutating func begin(_ out: inout OutputBuffer)
    func render(_ record: ScoredRecord) -> [UInt8]
    mutating func append(_ rendered: [UInt8], _ out: inout OutputBuffer)
    mutating func end(_ out: inout OutputBuffer)
}

extension Reporter {
    public mutating func append(_ rendered: [UInt8], _ out: inout OutputBuffer) { out.bytes.append(contentsOf: rendered) }

    /// Renders and appends one record.
    public mutating func record(_ record: ScoredRecord, _ out: inout OutputBuffer) { append(render(record), &out) }
}

/// The output formats of `slant score`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, jsonl, csv

    public func makeReporter(_ options: ReportOptions) -> any Reporter {
        switch self {
        case .text: return TextReporter(options: options)
        case .json: return JSONReporter(options: options, lines: false)
        case .jsonl: return JSONReporter(options: options, lines: true)
        case .csv: return CSVReporter(options: options)
        }
    }
}
