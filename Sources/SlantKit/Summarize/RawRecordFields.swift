import Foundation

/// The extra fields of raw JSONL article records (`outlet`, `date`, …), for
/// grouping `slant report --jsonl RAW` while the scorer does not carry them.
///
/// Read in a pass of their own over the files, beside the scoring pass, and
/// keyed by the source the scorer gives each record (`path:line`), so this
/// whole type can give way to metadata carried by `ScoredRecord` itself.
public enum RawRecordFields {
    /// The fields of one record line other than `id`, `text` and `title`, in
    /// order; strings and numbers only. A line that is not a JSON object has none
    /// (the scorer makes it an error record).
    public static func parse(_ line: ArraySlice<UInt8>) -> [MetaField] {
        var reader = JSONReader(bytes: line)
        var fields: [MetaField] = []
        do {
            try reader.readObject { key, reader in
                switch key {
                case "id", "text", "title": try reader.skipValue()
                default: if let value = try MetaValues.read(&reader) { fields.append(MetaField(key, value)) }
                }
            }
        } catch {
            return []
        }
        return fields
    }

    /// Every record's fields in `items` (files; standard input cannot be read twice),
    /// keyed by `path:line`, with the line's length in bytes. Files that cannot be read
    /// are left out: the scorer reports them.
    public static func read(_ items: [InputItem]) -> [String: (fields: [MetaField], bytes: Int)] {
        var byRecord: [String: (fields: [MetaField], bytes: Int)] = [:]
        for case .file(let path) in items {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            var reader = LineReader(fd: fd)
            while let line = try? reader.next() {
                byRecord["\(path):\(reader.lineNumber)"] = (parse(line[...]), line.count + 1)
            }
        }
        return byRecord
    }
}
