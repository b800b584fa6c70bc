import Dispatch

/// One updating line for long runs: records done, bytes, MB/s and, when the total input
/// size is known, a percentage and an ETA.
///
///     slant score: 1200 records, 45.2 of 120.0 MB (37%), 38.1 MB/s, ETA 0:02
///
/// Nothing is drawn until `delay` seconds after `start`, so short runs stay quiet; then
/// the line is redrawn at most every `redrawInterval`. A drawing is `\r`, the line and
/// `ESC [ K` (erase to the end of the line); `clear()` and `finish()` erase it. Where it
/// goes and whether to show it at all (a terminal, `--progress`) is the caller's choice.
/// MB are 10^6 bytes. The clock is injected, so the output can be tested byte for byte.
public struct ProgressMeter {
    /// The wait before the line appears: a run shorter than about a second needs no progress line.
    public static let defaultDelay = 1.0
    /// Seconds between redraws: often enough to look live, rarely enough to cost nothing.
    public static let redrawInterval = 0.2

    private let label: String
    private let delay: Double
    private let clock: () -> Double
    private let write: ([UInt8]) -> Void
    private var started = 0.0
    private var total: Int?
    private var records = 0
    private var bytes = 0
    private var lastDraw = -Double.infinity
    private var shown = false

    /// `clock` returns seconds on any monotonic scale; `write` receives each drawing.
    public init(label: String, delay: Double = ProgressMeter.defaultDelay, clock: @escaping () -> Double = ProgressMeter.uptime,
                write: @escaping ([UInt8]) -> Void) {
        self.label = label
        self.delay = delay
        self.clock = clock
        self.write = write
    }

    /// Seconds since boot, monotonic.
    public static func uptime() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// Starts the clock. `totalBytes` is the whole input's size, nil when unknown (a pipe).
    public mutating func start(totalBytes: Int?) {
        started = clock()
        total = totalBytes
        records = 0
        bytes = 0
    }

    /// Counts finished records and the input bytes they came from; redraws when due.
    public mutating func advance(records: Int, bytes: Int) {
        self.records += records
        self.bytes += bytes
        let now = clock()
        guard now - started >= delay, !shown || now - lastDraw >= Self.redrawInterval else { return }
        lastDraw = now
        shown = true
        write(Array(("\r" + line(at: now) + "\u{1B}[K").utf8))
    }

    /// Erases the line (before other output on the same stream); the next `advance` redraws it.
    public mutating func clear() {
        guard shown else { return }
        shown = false
        write(Array("\r\u{1B}[K".utf8))
    }

    /// Erases the line for good, if it was ever drawn.
    public mutating func finish() { clear() }

    /// The line for the counts so far at time `now`, without `\r` and the erase.
    public func line(at now: Double) -> String {
        let elapsed = now - started
        let rate = elapsed > 0 ? Double(bytes) / elapsed : 0
        var text = "\(label): \(records) record\(records == 1 ? "" : "s"), " + Self.megabytes(bytes)
        if let total {
            let percent = total > 0 ? min(100, bytes * 100 / total) : 100
            text += " of " + Self.megabytes(total) + " MB (\(percent)%), " + Self.megabytes(Int(rate)) + " MB/s, ETA "
            text += rate > 0 ? Self.duration((Double(max(0, total - bytes)) / rate).rounded(.up)) : "--:--"
        } else {
            text += " MB, " + Self.megabytes(Int(rate)) + " MB/s"
        }
        return text
    }

    /// Bytes as MB (10^6) with one decimal.
    static func megabytes(_ bytes: Int) -> String { NumberFormat.fixed(Double(bytes) / 1e6, 1) }

    /// `m:ss`, or `h:mm:ss` from an hour on.
    static func duration(_ seconds: Double) -> String {
        let s = Int(min(seconds, 359_999))
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return s >= 3600 ? "\(s / 3600):\(two(s / 60 % 60)):\(two(s % 60))" : "\(s / 60):\(two(s % 60))"
    }
}
