import Foundation

/// What scoring one input produced: a score, or the reason there is none.
public struct ScoredRecord: Sendable {
    public enum Outcome: Sendable {
        case scored(ArticleScore)
        case failed(String)

        /// The reason, for a failed input.
        public var failure: String? {
            if case .failed(let reason) = self { return reason }
            return nil
        }
    }

    public let id: String
    /// Where the input came from: a path, `-`, or `path:line` for a JSONL record.
    public let source: String
    public let outcome: Outcome
    /// Repairs made to the input and notes on the score.
    public let warnings: [String]
}

/// Scores a list of inputs in order, producing exactly one record per input.
///
/// An input that cannot be read or parsed becomes a `.failed` record; the
/// batch always goes on, so the number of records equals the number of inputs
/// (JSONL lines count one each; blank lines are not inputs).
public struct BatchScorer: Sendable {
    public let classifier: Classifier

    public init(classifier: Classifier) { self.classifier = classifier }

    /// One unit of work: a whole file, or one JSONL line (or a record already decided, such as an unreadable stream).
    enum Work: Sendable {
        case file(InputItem)
        case line([UInt8], number: Int, source: String)
        case done(ScoredRecord)
    }

    /// How many work units are scored together; each batch is emitted in order before the next is read,
    /// which bounds memory when streaming.
    static let batchSize = 256

    /// Scores every item, calling `emit` for each record in input order.
    ///
    /// With `jobs` > 1, each batch is scored on that many threads; the output is
    /// the same, byte for byte, as with one job.
    public func run(_ items: [InputItem], jsonl: Bool, jobs: Int = 1, emit: (ScoredRecord) throws -> Void) throws {
        try run(items, jsonl: jsonl, jobs: jobs, transform: { $0 }, emit: emit)
    }

    /// Like `run(_:jsonl:jobs:emit:)`, with `transform` applied to each record on the
    /// worker threads (the CLI renders output there), results still emitted in input order.
    ///
    /// With several jobs, batch k+1 is scored while batch k is emitted and batch k+2 is
    /// read, so reading and writing do not leave the workers idle.
    public func run<T: Sendable>(_ items: [InputItem], jsonl: Bool, jobs: Int, transform: @escaping @Sendable (ScoredRecord) -> T,
                                 emit: (T) throws -> Void) throws {
        @Sendable func one(_ w: Work) -> T {
            switch w {
            case .file(let item): return transform(scoreFile(item))
            case .line(let bytes, let number, let source): return transform(scoreJSONLLine(bytes, number: number, source: source))
            case .done(let record): return transform(record)
            }
        }
        var pending: [Work] = []
        pending.reserveCapacity(Self.batchSize)
        var inFlight: ParallelBatch<T>?
        func flush() throws {
            if jobs == 1 {
                for work in pending { try emit(one(work)) }
                pending.removeAll(keepingCapacity: true)
                return
            }
            let batch = pending
            pending = []
            pending.reserveCapacity(Self.batchSize)
            let started = batch.isEmpty ? nil : ParallelBatch(count: batch.count, workers: jobs) { one(batch[$0]) }
            if let previous = inFlight {
                for result in previous.results() { try emit(result) }
            }
            inFlight = started
        }
        func add(_ work: Work) throws {
            pending.append(work)
            if pending.count >= Self.batchSize { try flush() }
        }
        for item in items {
            if jsonl {
                try forEachLine(of: item, add)
            } else {
                try add(.file(item))
            }
        }
        try flush()
        try flush()  // the last batch started above is emitted here
    }

    /// Scores one whole-file input.
    public func scoreFile(_ item: InputItem) -> ScoredRecord {
        let name = Self.displayName(item)
        let text: [UInt8]
        let warnings: [String]
        do {
            (text, warnings) = try Self.loadText(item)
        } catch {
            return ScoredRecord(id: name, source: name, outcome: .failed("\(error)"), warnings: [])
        }
        let score = classifier.score(utf8: text)
        return ScoredRecord(id: name, source: name, outcome: .scored(score), warnings: warnings + score.warnings)
    }

    /// Reads a whole-file input and turns it into the text that is scored:
    /// decoded (UTF-16 or repaired UTF-8, with warnings) and, for HTML, reduced to text.
    public static func loadText(_ item: InputItem) throws -> (text: [UInt8], warnings: [String]) {
        var (text, warnings) = TextDecoding.decode(try FileReader.read(item))
        if looksLikeHTML(name: displayName(item), text) {
            text = HTMLReducer.reduce(text)
        }
        return (text, warnings)
    }

    /// Scores one JSONL record line (1-based `line` number, for messages).
    public func scoreJSONLLine(_ line: [UInt8], number: Int, source: String) -> ScoredRecord {
        let where_ = "\(source):\(number)"
        let record: (id: String?, text: [UInt8]?, title: [UInt8]?)
        do {
            record = try JSONLRecordReader.parseRaw(line[...])
        } catch {
            return ScoredRecord(id: where_, source: where_, outcome: .failed("line \(number): malformed JSON: \(error)"), warnings: [])
        }
        let id = record.id ?? where_
        guard let text = record.text else {
            return ScoredRecord(id: id, source: where_, outcome: .failed("line \(number): record has no \"text\" string"), warnings: [])
        }
        let score = classifier.score(utf8: Self.articleBytes(text: text, title: record.title), titled: record.title != nil)
        return ScoredRecord(id: id, source: where_, outcome: .scored(score), warnings: score.warnings)
    }

    /// The bytes scored for a JSONL record. A title is scored as the headline:
    /// `title + "\n\n" + text`, as `Classifier.score(_:title:)` does.
    static func articleBytes(text: [UInt8], title: [UInt8]?) -> [UInt8] {
        title.map { $0 + [0x0A, 0x0A] + text } ?? text
    }

    /// Feeds every non-blank line of a JSONL input to `add`; a stream that cannot be opened or read becomes one error record.
    private func forEachLine(of item: InputItem, _ add: (Work) throws -> Void) throws {
        let name = Self.displayName(item)
        let fd: Int32
        switch item {
        case .standardInput: fd = 0
        case .unreadable(_, let reason):
            try add(.done(ScoredRecord(id: name, source: name, outcome: .failed(reason), warnings: [])))
            return
        case .file(let path):
            fd = open(path, O_RDONLY)
            if fd < 0 {
                try add(.done(ScoredRecord(id: name, source: name, outcome: .failed(String(cString: strerror(errno)).lowercased()), warnings: [])))
                return
            }
        }
        defer { if fd != 0 { close(fd) } }
        var reader = LineReader(fd: fd)
        do {
            while let line = try reader.next() {
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                try add(.line(line, number: reader.lineNumber, source: name))
            }
        } catch let error as FileReader.ReadError {
            try add(.done(ScoredRecord(id: name, source: name, outcome: .failed("read failed after line \(reader.lineNumber): \(error)"), warnings: [])))
        }
    }

    public static func displayName(_ item: InputItem) -> String {
        switch item {
        case .file(let path), .unreadable(let path, _): return path
        case .standardInput: return "-"
        }
    }

    static func looksLikeHTML(name: String, _ text: [UInt8]) -> Bool {
        let lower = name.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return true }
        let head = String(decoding: text.prefix(256), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0.isWhitespace }
        return trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html")
    }
}
