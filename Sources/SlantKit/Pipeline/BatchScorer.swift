import Foundation

/// What scoring one input produced: a score, or the reason there is none.
public struct ScoredRecord: Sendable {
    /// A score, or the reason an input has none.
    public enum Outcome: Sendable {
        /// The input was scored.
        case scored(ArticleScore)
        /// The input could not be read, parsed or scored: the message its error record shows
        /// (`line 3: malformed JSON: column 9: ...` for a JSONL line).
        case failed(String)

        /// The reason, for a failed input.
        public var failure: String? {
            if case .failed(let reason) = self { return reason }
            return nil
        }
    }

    /// The record's name in the output: a JSONL record's own `id` when it has one, else `source`.
    public let id: String
    /// Where the input came from: a path, `-`, or `path:line` for a JSONL record.
    public let source: String
    /// The score, or why there is none.
    public let outcome: Outcome
    /// Repairs made to the input and notes on the score.
    public let warnings: [String]
    /// A JSONL record's fields beside id, text and title; empty for files, and for lines
    /// that could not be read as records (malformed, or over the article limit).
    public let meta: RecordMeta
    /// The input bytes this record came from (a file's size; a JSONL line with its newline), for progress.
    public let inputBytes: Int

    /// A record; a file's or an unreadable input's has no metadata.
    init(id: String, source: String, outcome: Outcome, warnings: [String], meta: RecordMeta = RecordMeta(), inputBytes: Int = 0) {
        self.id = id
        self.source = source
        self.outcome = outcome
        self.warnings = warnings
        self.meta = meta
        self.inputBytes = inputBytes
    }
}

/// How big one article may be (`--max-article-bytes`), and what becomes of a bigger one (`--truncate`).
///
/// A file's size is its bytes as read (before decoding or HTML reduction); a JSONL
/// record's is its line's. Over the limit, an article is an error record, or with
/// `truncate` it is scored on its first `maxBytes` bytes, cut at a character boundary,
/// with a warning. Either way it is never held whole: memory stays bounded by the limit.
public struct ArticleLimit: Sendable, Equatable {
    /// 4 MiB. A news article is tens of kilobytes and a saved web page rarely more than two
    /// megabytes, while scoring holds about 25 bytes of memory per byte of article (4 MiB:
    /// about 120 MB), so a run stays under 200 MB even when it truncates a garbage page.
    public static let defaultMaxBytes = 4 << 20

    /// The most bytes an article may have (`--max-article-bytes`), counted as described above.
    public var maxBytes: Int
    /// Whether an article over `maxBytes` is scored on its first `maxBytes` bytes, with a
    /// warning, instead of becoming an error record (`--truncate`).
    public var truncate: Bool

    /// A limit of `maxBytes` bytes per article; a bigger one is an error record, or cut down when `truncate`.
    public init(maxBytes: Int = ArticleLimit.defaultMaxBytes, truncate: Bool = false) {
        self.maxBytes = maxBytes
        self.truncate = truncate
    }

    func overMessage(_ size: Int) -> String { "article is \(size) bytes, over the --max-article-bytes limit of \(maxBytes)" }

    func truncatedWarning(_ size: Int, kept: Int) -> String { overMessage(size) + ": scored its first \(kept) bytes" }
}

/// Scores a list of inputs in order, producing exactly one record per input.
///
/// An input that cannot be read or parsed becomes a `.failed` record; the
/// batch always goes on, so the number of records equals the number of inputs
/// (JSONL lines count one each; blank lines are not inputs).
public struct BatchScorer: Sendable {
    /// What scores each input.
    public let classifier: Classifier
    /// How big an article may be, and what becomes of a bigger one.
    public let limit: ArticleLimit

    /// A scorer that scores with `classifier` and holds every article to `limit`.
    public init(classifier: Classifier, limit: ArticleLimit = ArticleLimit()) {
        self.classifier = classifier
        self.limit = limit
    }

    /// One unit of work: a whole file, one JSONL line, one over-long line cut down for
    /// `--truncate`, or a record already decided (an unreadable stream, a skipped line).
    enum Work: Sendable {
        case file(InputItem)
        case line([UInt8], number: Int, source: String, inputBytes: Int)
        case reduced(ReducedLine, number: Int, source: String, inputBytes: Int)
        case done(ScoredRecord)
    }

    /// How many work units are scored together; each batch is emitted in order before the next is read,
    /// which bounds memory when streaming.
    static let batchSize = 256
    /// A batch is also cut once its lines hold this many bytes, so that 256 lines near the
    /// article limit are not all held at once.
    static let batchBytes = 16 << 20

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
            case .line(let bytes, let number, let source, let inputBytes):
                return transform(scoreLine(bytes, number: number, source: source, inputBytes: inputBytes))
            case .reduced(let line, let number, let source, let inputBytes):
                return transform(scoreReduced(line, number: number, source: source, inputBytes: inputBytes))
            case .done(let record): return transform(record)
            }
        }
        var pending: [Work] = []
        pending.reserveCapacity(Self.batchSize)
        var pendingBytes = 0
        var inFlight: ParallelBatch<T>?
        func flush() throws {
            pendingBytes = 0
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
            switch work {
            case .line(let bytes, _, _, _): pendingBytes += bytes.count
            case .reduced(let line, _, _, _): pendingBytes += line.bytes.count
            default: break
            }
            pending.append(work)
            if pending.count >= Self.batchSize || pendingBytes >= Self.batchBytes { try flush() }
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
        var bytes: [UInt8]
        let size: Int
        do {
            (bytes, size) = try FileReader.read(item, limit: limit.maxBytes)
        } catch {
            return ScoredRecord(id: name, source: name, outcome: .failed("\(error)"), warnings: [])
        }
        var warnings: [String] = []
        if size > limit.maxBytes {
            guard limit.truncate else {
                return ScoredRecord(id: name, source: name, outcome: .failed(limit.overMessage(size)), warnings: [], inputBytes: size)
            }
            bytes.removeSubrange(TextDecoding.cutLength(bytes, limit: limit.maxBytes)...)
            warnings.append(limit.truncatedWarning(size, kept: bytes.count))
        }
        let (text, decoding) = Self.prepareText(bytes, name: name)
        let score = classifier.score(utf8: text)
        return ScoredRecord(id: name, source: name, outcome: .scored(score), warnings: warnings + decoding + score.warnings, inputBytes: size)
    }

    /// Reads a whole-file input and turns it into the text that is scored:
    /// decoded (UTF-16 or repaired UTF-8, with warnings) and, for HTML, reduced to text.
    public static func loadText(_ item: InputItem) throws -> (text: [UInt8], warnings: [String]) {
        prepareText(try FileReader.read(item), name: displayName(item))
    }

    static func prepareText(_ bytes: [UInt8], name: String) -> (text: [UInt8], warnings: [String]) {
        var (text, warnings) = TextDecoding.decode(bytes)
        if looksLikeHTML(name: name, text) {
            text = HTMLReducer.reduce(text)
        }
        return (text, warnings)
    }

    /// Scores one JSONL record line (1-based `line` number, for messages).
    public func scoreJSONLLine(_ line: [UInt8], number: Int, source: String) -> ScoredRecord {
        scoreLine(line, number: number, source: source, inputBytes: line.count + 1)
    }

    func scoreLine(_ line: [UInt8], number: Int, source: String, inputBytes: Int) -> ScoredRecord {
        if line.count > limit.maxBytes {
            var bytes = ArrayLineSource(line)
            // `try!`: a line already in memory cannot fail to read.
            return overLimit(try! ReducedLine.read(&bytes, limit: limit.maxBytes), number: number, source: source, inputBytes: inputBytes)
        }
        let where_ = "\(source):\(number)"
        do {
            return score(try JSONLRecordReader.parseRaw(line[...]), number: number, where_: where_, inputBytes: inputBytes)
        } catch {
            return failedLine(error, number: number, where_: where_, inputBytes: inputBytes)
        }
    }

    /// An over-long line: without `--truncate` an error record; with it, the line cut down and scored.
    private func overLimit(_ line: ReducedLine, number: Int, source: String, inputBytes: Int) -> ScoredRecord {
        guard limit.truncate else {
            let where_ = "\(source):\(number)"
            return ScoredRecord(id: where_, source: where_, outcome: .failed("line \(number): " + limit.overMessage(line.length)),
                                warnings: [], inputBytes: inputBytes)
        }
        return scoreReduced(line, number: number, source: source, inputBytes: inputBytes)
    }

    /// Scores a line cut down for `--truncate`, on at most the limit's bytes of its article.
    func scoreReduced(_ line: ReducedLine, number: Int, source: String, inputBytes: Int) -> ScoredRecord {
        let where_ = "\(source):\(number)"
        guard line.fits else {
            let message = "line \(number): " + limit.overMessage(line.length)
                + ", and not only in \"text\" and \"title\", the fields --truncate cuts"
            return ScoredRecord(id: where_, source: where_, outcome: .failed(message), warnings: [], inputBytes: inputBytes)
        }
        do {
            let record = try JSONLRecordReader.parseRaw(line.bytes[...])
            return score(record, number: number, where_: where_, inputBytes: inputBytes, truncatedFrom: line.length)
        } catch let error as JSONLRecordReader.SyntaxError {
            let inLine = JSONLRecordReader.SyntaxError(column: line.lineColumn(error.column), message: error.message)
            return failedLine(inLine, number: number, where_: where_, inputBytes: inputBytes)
        } catch {
            return failedLine(error, number: number, where_: where_, inputBytes: inputBytes)
        }
    }

    /// Scores a parsed record; `truncatedFrom` is the length of a line cut down for `--truncate`.
    private func score(_ record: RawRecord, number: Int, where_: String, inputBytes: Int, truncatedFrom: Int? = nil) -> ScoredRecord {
        let id = record.id ?? where_
        guard let text = record.text else {
            return ScoredRecord(id: id, source: where_, outcome: .failed("line \(number): record has no \"text\" string"), warnings: [],
                                meta: record.meta, inputBytes: inputBytes)
        }
        var article = Self.articleBytes(text: text, title: record.title)
        var warnings: [String] = []
        if let length = truncatedFrom {
            if article.count > limit.maxBytes { article.removeSubrange(TextDecoding.cutLength(article, limit: limit.maxBytes)...) }
            warnings.append(limit.truncatedWarning(length, kept: article.count))
        }
        let score = classifier.score(utf8: article, titled: record.title != nil)
        return ScoredRecord(id: id, source: where_, outcome: .scored(score), warnings: warnings + score.warnings, meta: record.meta, inputBytes: inputBytes)
    }

    private func failedLine(_ error: any Error, number: Int, where_: String, inputBytes: Int) -> ScoredRecord {
        let message = error is JSONLRecordReader.SyntaxError ? "line \(number): malformed JSON: \(error)" : "line \(number): \(error)"
        return ScoredRecord(id: where_, source: where_, outcome: .failed(message), warnings: [], inputBytes: inputBytes)
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
        var reader = LineReader(fd: fd, maxLineBytes: limit.maxBytes)
        var position = 0
        do {
            while let line = try reader.next() {
                switch line {
                case .complete(let bytes):
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                    try add(.line(bytes, number: reader.lineNumber, source: name, inputBytes: reader.position - position))
                case .long:
                    // Read here, on the reading thread: the line is never held whole.
                    let number = reader.lineNumber
                    if limit.truncate {
                        let reduced = try ReducedLine.read(&reader, limit: limit.maxBytes)
                        try add(.reduced(reduced, number: number, source: name, inputBytes: reader.position - position))
                    } else {
                        let length = try reader.skipLine()
                        let where_ = "\(name):\(number)"
                        try add(.done(ScoredRecord(id: where_, source: where_, outcome: .failed("line \(number): " + limit.overMessage(length)),
                                                   warnings: [], inputBytes: reader.position - position)))
                    }
                }
                position = reader.position
            }
        } catch let error as FileReader.ReadError {
            try add(.done(ScoredRecord(id: name, source: name, outcome: .failed("read failed after line \(reader.lineNumber): \(error)"), warnings: [])))
        }
    }

    /// The name an item's records and messages carry: its path as given, or `-` for standard input.
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
