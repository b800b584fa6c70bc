/// A stage of the per-record pipeline that `slant score --jsonl --format jsonl` runs.
public enum PipelineStage: String, CaseIterable, Sendable {
    /// The JSONL record parsed and its text unescaped into bytes.
    case read
    /// Normalization, segmentation, tokenization and each word's lookup in the word tables.
    case tokenize
    /// The phrase automaton walked over the word symbols.
    case match
    /// Relevance, hits, every rule, and aggregation per axis: the rest of `Classifier.score`.
    case rules
    /// The scored record built (its id and `source`) and its `--format jsonl` line rendered.
    case output

    /// What the stage does, for the bench report.
    public var summary: String {
        switch self {
        case .read: "JSONL record parsed, text unescaped"
        case .tokenize: "normalize, segment, tokenize, word lookup"
        case .match: "phrase automaton over word symbols"
        case .rules: "relevance, hits, rules, aggregation"
        case .output: "record built, JSON line rendered"
        }
    }
}

/// Where the single-thread time goes: the pipeline cut after each stage, timed.
///
/// Not a profiler's attribution: release builds inline the whole pipeline into one
/// function, so per-function profiles cannot split it. Here each cut runs the real code
/// up to a stage and stops; a stage's cost is its cut's time minus the previous cut's.
/// Cuts alternate within each run, so a noisy neighbour slows them alike.
enum StageBreakdown {
    /// Median ns per input byte of each cut (the pipeline up to and including each stage), in
    /// stage order, and the number of tokens the cuts found.
    static func measure(_ lines: [[UInt8]], _ classifier: Classifier, runs: Int) -> (cuts: [Double], tokens: Int) {
        let bytes = Double(max(lines.reduce(0) { $0 + $1.count }, 1))
        let reporter = JSONReporter(options: ReportOptions(axes: classifier.lexicons.axes, evidenceLimit: 5), lines: true)
        var times = [[Double]](repeating: [], count: PipelineStage.allCases.count)
        var tallies = [Tally](repeating: Tally(), count: times.count)
        for _ in 0..<max(runs, 1) {
            for (index, stage) in PipelineStage.allCases.enumerated() {
                times[index].append(Bench.time { tallies[index] = run(lines, classifier, reporter, through: stage) } * 1e9 / bytes)
            }
        }
        // The cuts ran the same inputs: the same tokens from `tokenize` on.
        precondition(tallies[1].tokens == tallies[2].tokens && tallies[2].tokens == tallies[3].tokens, "stage cuts disagree: \(tallies)")
        return (times.map(Bench.median), tallies[1].tokens)
    }

    /// Median ns per input byte of the word split alone: the scanner's pass with a sink that
    /// only counts words (no lookup, no document structure), after parsing each record. A floor
    /// for `read` plus `tokenize`, to see what the lookups and the bookkeeping cost on top of it.
    /// `tokens` is what the stage cuts counted: the scanner ends exactly one word per token.
    static func measureWordSplit(_ lines: [[UInt8]], runs: Int, tokens: Int) -> Double {
        let bytes = Double(max(lines.reduce(0) { $0 + $1.count }, 1))
        var times: [Double] = []
        var words = 0
        for _ in 0..<max(runs, 1) {
            times.append(Bench.time {
                words = 0
                for line in lines {
                    guard let record = try? JSONLRecordReader.parseRaw(line[...]), let text = record.text else { continue }
                    var sink = WordCounter()
                    BatchScorer.articleBytes(text: text, title: record.title).withUnsafeBufferPointer { Scanner.scan($0, into: &sink) }
                    words += sink.words
                }
            } * 1e9 / bytes)
        }
        precondition(words == tokens, "the word split found \(words) words, the tokenizer \(tokens) tokens")
        return Bench.median(times)
    }

    /// A sink that counts words and ignores everything else.
    struct WordCounter: TokenSink {
        var words = 0
        mutating func beginWord(at offset: Int, joined: Bool) {}
        mutating func wordByte(_ byte: UInt8) {}
        /// Eight bytes at a time, as the document builder's run does.
        mutating func asciiWordRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, fold: UnsafePointer<UInt8>) -> Int {
            var i = start
            while i &+ 8 <= bytes.count {
                let run = DocumentBuilder.foldEight(UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))).run
                i &+= run
                if run < 8 { return i }
            }
            while i < bytes.count && fold[Int(bytes[i])] != 0 { i += 1 }
            return i
        }
        mutating func endWord(at offset: Int) { words += 1 }
        mutating func mark(_ mark: StructuralMark, at offset: Int) {}
    }

    /// What a cut produced, counted so that no stage's work can be optimized away.
    struct Tally {
        var tokens = 0
        /// Text bytes after `read`, term matches after `match`, hits kept after `rules`, output bytes after `output`.
        var items = 0
    }

    /// Runs every line through `stage`.
    static func run(_ lines: [[UInt8]], _ classifier: Classifier, _ reporter: JSONReporter, through stage: PipelineStage) -> Tally {
        let scorer = BatchScorer(classifier: classifier)
        var tally = Tally()
        for (index, line) in lines.enumerated() {
            if stage == .output {
                tally.items += reporter.render(scorer.scoreJSONLLine(line, number: index + 1, source: "bench")).count
                continue
            }
            guard let record = try? JSONLRecordReader.parseRaw(line[...]), let text = record.text else { continue }
            let article = BatchScorer.articleBytes(text: text, title: record.title)
            let titled = record.title != nil
            switch stage {
            case .read:
                tally.items += article.count
            case .tokenize:
                tally.tokens += article.withUnsafeBufferPointer { classifier.segment($0, titled: titled) }.tokens.count
            case .match:
                article.withUnsafeBufferPointer { buffer in
                    let document = classifier.segment(buffer, titled: titled)
                    tally.tokens += document.tokens.count
                    tally.items += Matcher.match(document, with: classifier.compiled).terms.count
                }
            case .rules, .output:
                let score = classifier.score(utf8: article, titled: titled)
                tally.tokens += score.tokens
                tally.items += score.hits.count
            }
        }
        return tally
    }
}
