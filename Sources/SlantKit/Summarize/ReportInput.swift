import Foundation

/// Feeds `slant report`'s inputs to a `SummaryBuilder`: `slant score --format jsonl`
/// output, or raw JSONL article records scored on the way.
public enum ReportInput {
    /// Called after each record with the records and the input bytes done so far
    /// (the hook for a progress display).
    public typealias Progress = (_ records: Int, _ bytes: Int) -> Void

    /// Reads score records from `items` (files, or standard input), one record per non-blank line.
    /// An input that cannot be opened or read becomes one error record.
    public static func readScored(_ items: [InputItem], into builder: inout SummaryBuilder, progress: Progress = { _, _ in }) {
        var reader = ScoredLineReader()
        var records = 0, bytes = 0
        func add(_ record: ReportRecord) {
            builder.add(record)
            records += 1
            progress(records, bytes)
        }
        for item in items {
            let name = BatchScorer.displayName(item)
            let fd: Int32
            switch item {
            case .standardInput: fd = 0
            case .unreadable(_, let reason):
                add(ReportRecord(id: name, source: name, meta: [], outcome: .failed(reason)))
                continue
            case .file(let path):
                fd = open(path, O_RDONLY)
                if fd < 0 {
                    add(ReportRecord(id: name, source: name, meta: [], outcome: .failed(String(cString: strerror(errno)).lowercased())))
                    continue
                }
            }
            defer { if fd != 0 { close(fd) } }
            var lines = LineReader(fd: fd)
            do {
                // No line limit: a score record's size is the scorer's business, so `.long` never comes.
                while case .complete(let line)? = try lines.next() {
                    bytes += line.count + 1
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                    add(reader.record(line, number: lines.lineNumber, source: name))
                }
            } catch {
                add(ReportRecord(id: name, source: name, meta: [], outcome: .failed("read failed after line \(lines.lineNumber): \(error)")))
            }
        }
    }

    /// Scores the raw JSONL records in `items` on `axes` and adds them, each with its
    /// metadata (the record's fields beside `id`, `text` and `title`).
    public static func scoreRaw(_ items: [InputItem], scorer: BatchScorer, axes: [Axis], jobs: Int,
                                into builder: inout SummaryBuilder, progress: Progress = { _, _ in }) throws {
        var records = 0, bytes = 0
        try scorer.run(items, jsonl: true, jobs: jobs, transform: { $0 }) { record in
            let meta = record.meta.fields.map { MetaField($0.name, $0.value.text) }
            builder.add(ReportRecord(record, meta: meta, axes: axes, evidence: SummaryOptions.evidencePerArticle))
            records += 1
            bytes += record.inputBytes
            progress(records, bytes)
        }
    }
}
