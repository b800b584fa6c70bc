import Dispatch
import Synchronization

/// One batch of work being done on worker threads, while the caller reads the next batch
/// and writes out the previous one.
///
/// Workers take items one at a time from a shared counter rather than a fixed stripe, so
/// one long article holds up one thread, not the whole batch.
final class ParallelBatch<T: Sendable>: @unchecked Sendable {
    // @unchecked: each slot is written by exactly one worker, and read only after `group.wait()`.
    private let count: Int
    private let slots: UnsafeMutablePointer<T?>
    private let next = Atomic<Int>(0)
    private let group = DispatchGroup()

    /// Starts `workers` threads computing `body(index)` for every index below `count`.
    init(count: Int, workers: Int, body: @escaping @Sendable (Int) -> T) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
        for _ in 0..<min(workers, count) {
            DispatchQueue.global().async(group: group) { [self] in
                while true {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < count else { return }
                    slots[index] = body(index)
                }
            }
        }
    }

    /// Waits for every item; the results, in index order.
    func results() -> [T] {
        group.wait()
        return (0..<count).map { slots[$0]! }
    }

    deinit {
        group.wait()  // a caller that stopped early (an output error) must not free slots a worker still writes
        slots.deinitialize(count: count)
        slots.deallocate()
    }
}
