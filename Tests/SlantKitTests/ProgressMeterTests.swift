import Testing
@testable import SlantKit

/// `ProgressMeter` against a fake clock: what it draws, byte for byte, and when.
struct ProgressMeterTests {
    /// The fake clock's time and everything the meter wrote, shared with its closures.
    final class Harness: @unchecked Sendable {
        var now = 100.0
        var written = ""

        func meter(delay: Double = 1.0) -> ProgressMeter {
            ProgressMeter(label: "slant score", delay: delay, clock: { self.now }) { self.written += String(decoding: $0, as: UTF8.self) }
        }
    }

    @Test func nothingIsDrawnBeforeTheDelayThenOneUpdatingLine() {
        let h = Harness()
        var meter = h.meter()
        meter.start(totalBytes: 10_000_000)
        h.now = 100.5
        meter.advance(records: 1, bytes: 1_000_000)
        #expect(h.written.isEmpty, "half a second in: too early")
        h.now = 102.0
        meter.advance(records: 1, bytes: 1_000_000)
        #expect(h.written == "\rslant score: 2 records, 2.0 of 10.0 MB (20%), 1.0 MB/s, ETA 0:08\u{1B}[K")
        h.written = ""
        h.now = 102.1
        meter.advance(records: 3, bytes: 500_000)
        #expect(h.written.isEmpty, "redrawn at most every \(ProgressMeter.redrawInterval) s")
        h.now = 102.5
        meter.advance(records: 1, bytes: 2_500_000)
        #expect(h.written == "\rslant score: 6 records, 5.0 of 10.0 MB (50%), 2.0 MB/s, ETA 0:03\u{1B}[K")
        h.written = ""
        meter.finish()
        #expect(h.written == "\r\u{1B}[K", "the line is erased at the end")
    }

    @Test func withoutATotalThereIsNoPercentageOrETA() {
        let h = Harness()
        var meter = h.meter(delay: 0)
        meter.start(totalBytes: nil)
        h.now = 104.0
        meter.advance(records: 1, bytes: 123_456_789)
        #expect(h.written == "\rslant score: 1 record, 123.5 MB, 30.9 MB/s\u{1B}[K")
    }

    @Test func aRunShorterThanTheDelayLeavesNoTrace() {
        let h = Harness()
        var meter = h.meter()
        meter.start(totalBytes: 5)
        h.now = 100.9
        meter.advance(records: 1, bytes: 5)
        meter.finish()
        #expect(h.written.isEmpty)
    }

    @Test func clearErasesAndTheNextAdvanceRedrawsAtOnce() {
        let h = Harness()
        var meter = h.meter(delay: 0)
        meter.start(totalBytes: 4_000_000)
        h.now = 101.0
        meter.advance(records: 1, bytes: 1_000_000)
        meter.clear()
        meter.clear()
        h.now = 101.05
        meter.advance(records: 1, bytes: 1_000_000)
        #expect(h.written == "\rslant score: 1 record, 1.0 of 4.0 MB (25%), 1.0 MB/s, ETA 0:03\u{1B}[K" + "\r\u{1B}[K"
            + "\rslant score: 2 records, 2.0 of 4.0 MB (50%), 1.9 MB/s, ETA 0:02\u{1B}[K")
    }

    @Test(arguments: [(0.0, "0:00"), (7.0, "0:07"), (61.0, "1:01"), (3599.0, "59:59"), (3600.0, "1:00:00"), (45296.0, "12:34:56")])
    func etaIsMinutesAndSecondsThenHours(_ seconds: Double, _ text: String) {
        #expect(ProgressMeter.duration(seconds) == text)
    }

    @Test func anEmptyInputIsComplete() {
        let h = Harness()
        var meter = h.meter(delay: 0)
        meter.start(totalBytes: 0)
        h.now = 100.0
        meter.advance(records: 1, bytes: 0)
        #expect(h.written == "\rslant score: 1 record, 0.0 of 0.0 MB (100%), 0.0 MB/s, ETA --:--\u{1B}[K")
    }
}
