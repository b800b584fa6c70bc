/// Reads `slant score --format jsonl` output back, one line at a time, for `slant report`.
///
/// Every non-blank line becomes one `ReportRecord`: a scored record, an error
/// record as `slant score` wrote it, or an error record for a line that is not
/// a score record (malformed JSON, no `axes`, an axis whose poles differ from
/// the earlier lines', as when outputs of two lexicon versions are mixed).
struct ScoredLineReader {
    /// Well-formed JSON that is not a usable score record.
    struct Problem: Error {
        let message: String
    }

    /// Each axis as first seen, so every later line must name the same poles.
    private var known: [AxisID: ReportAxis] = [:]

    /// A reader that has seen no axes yet.
    init() {}

    /// The record on `line` (1-based `number`) of `source`.
    mutating func record(_ line: [UInt8], number: Int, source: String) -> ReportRecord {
        let where_ = "\(source):\(number)"
        var fields = Fields()
        do {
            var reader = JSONReader(bytes: line[...])
            try reader.readObject { key, reader in try fields.read(key, &reader) }
            reader.skipSpace()
            if !reader.atEnd { throw reader.error("unexpected text after the record") }
        } catch let problem as Problem {
            return failed(fields.id ?? where_, fields.source ?? where_, "line \(number): \(problem.message)", fields.meta)
        } catch {
            return failed(where_, where_, "line \(number): malformed JSON: \(error)")
        }
        let id = fields.id ?? where_
        let origin = fields.source ?? where_
        if let message = fields.error {
            return ReportRecord(id: id, source: origin, meta: fields.meta, outcome: .failed(message))
        }
        guard let axes = fields.axes else {
            return failed(id, origin, "line \(number): not a slant score record (no \"axes\" and no \"error\")", fields.meta)
        }
        for score in axes {
            if let problem = check(score) { return failed(id, origin, "line \(number): \(problem)", fields.meta) }
        }
        for score in axes where known[score.axis.id] == nil { known[score.axis.id] = score.axis }
        return ReportRecord(id: id, source: origin, meta: fields.meta, outcome: .scored(axes))
    }

    /// Why a score cannot be summarized with the earlier lines' scores, if it cannot.
    private func check(_ score: ReportAxisScore) -> String? {
        let axis = score.axis
        if let first = known[axis.id], first != axis {
            return "axis \(axis.id) has poles \(axis.negative) and \(axis.positive), earlier lines \(first.negative) and \(first.positive)"
        }
        if !axis.labels.contains(score.label) {
            return "axis \(axis.id): label \"\(score.label)\" is none of \(axis.labels.joined(separator: ", "))"
        }
        return nil
    }

    private func failed(_ id: String, _ source: String, _ message: String, _ meta: [MetaField] = []) -> ReportRecord {
        ReportRecord(id: id, source: source, meta: meta, outcome: .failed(message))
    }
}

/// The fields of one score record, read in any order.
private struct Fields {
    var id: String?
    var source: String?
    var meta: [MetaField] = []
    var error: String?
    var axes: [ReportAxisScore]?

    mutating func read(_ key: String, _ reader: inout JSONReader) throws {
        switch key {
        case "id": id = try reader.peek() == UInt8(ascii: "\"") ? reader.readString() : reader.readNumberText()
        case "source": source = try reader.readString()
        case "error": error = try reader.readString()
        case "meta": meta = try MetaValues.readObject(&reader)
        case "axes":
            var list: [ReportAxisScore] = []
            try reader.readObject { name, reader in list.append(try Self.axis(AxisID(name), &reader)) }
            axes = list
        default: try reader.skipValue()
        }
    }

    /// `{"score", "label", "confidence", "hits": {NEGATIVE: n, POSITIVE: n}, "evidence": [...]}`.
    static func axis(_ id: AxisID, _ reader: inout JSONReader) throws -> ReportAxisScore {
        var score: Double?
        var label: String?
        var confidence: Double?
        var poles: [String] = []
        var evidence: [ReportEvidence] = []
        try reader.readObject { key, reader in
            switch key {
            case "score": score = try reader.readDouble()
            case "label": label = try reader.readString()
            case "confidence": confidence = try reader.readDouble()
            case "hits": try reader.readObject { pole, reader in poles.append(pole); try reader.skipValue() }
            case "evidence": evidence = try Self.evidence(&reader)
            default: try reader.skipValue()
            }
        }
        guard let score, let label, let confidence else { throw ScoredLineReader.Problem(message: "axis \(id) needs \"score\", \"label\" and \"confidence\"") }
        guard poles.count == 2 else { throw ScoredLineReader.Problem(message: "axis \(id) needs \"hits\" with its two poles") }
        return ReportAxisScore(axis: ReportAxis(id: id, negative: poles[0], positive: poles[1]), score: score, label: label,
                               confidence: confidence, evidence: evidence)
    }

    static func evidence(_ reader: inout JSONReader) throws -> [ReportEvidence] {
        var items: [ReportEvidence] = []
        try reader.readArray { reader in
            var term = "", pole = "", weight = 0.0
            try reader.readObject { key, reader in
                switch key {
                case "term": term = try reader.readString()
                case "pole": pole = try reader.readString()
                case "weight": weight = try reader.readDouble()
                default: try reader.skipValue()
                }
            }
            items.append(ReportEvidence(term: term, pole: pole, weight: weight))
        }
        return items
    }
}

/// Metadata values: strings, and numbers kept as written. Other values
/// (true, null, objects, arrays) are skipped: they name no group.
enum MetaValues {
    /// Reads one value; nil for a value that is neither a string nor a number.
    static func read(_ reader: inout JSONReader) throws -> String? {
        guard let first = reader.peek() else { throw reader.error("unexpected end of line, expected a value") }
        switch first {
        case UInt8(ascii: "\""): return try reader.readString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try reader.readNumberText()
        default: try reader.skipValue(); return nil
        }
    }

    /// Reads an object of metadata values, keeping its order.
    static func readObject(_ reader: inout JSONReader) throws -> [MetaField] {
        var fields: [MetaField] = []
        try reader.readObject { key, reader in
            if let value = try read(&reader) { fields.append(MetaField(key, value)) }
        }
        return fields
    }
}

extension JSONReader {
    /// A JSON number as a `Double`.
    mutating func readDouble() throws -> Double {
        let text = try readNumberText()
        guard let value = Double(text), value.isFinite else { throw error("expected a number") }
        return value
    }

    /// Calls `element` for each value of an array.
    mutating func readArray(_ element: (inout JSONReader) throws -> Void) throws {
        try expect("[")
        if peek() == UInt8(ascii: "]") { i += 1; return }
        while true {
            try element(&self)
            guard let next = peek() else { throw error("unexpected end of line inside an array") }
            i += 1
            if next == UInt8(ascii: "]") { return }
            if next != UInt8(ascii: ",") { i -= 1; throw error("expected ',' or ']'") }
        }
    }
}
