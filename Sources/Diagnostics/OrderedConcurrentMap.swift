import Dispatch
import Foundation

/// `items.map(transform)`, with the items shared out over the processor's cores and every
/// result put back in its item's place, so the output never depends on scheduling. Every
/// stage uses it for work that is independent item by item (pages, files, schema lists);
/// it lives here because every module depends on this one.
public func orderedConcurrentMap<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
    concurrentMap(items, threads: ProcessInfo.processInfo.activeProcessorCount) { _, item in transform(item) }
}

/// The same, with one value of `workers` for each thread, handed to every item that thread
/// takes: state that must not be shared between cores (a copy of the templates, whose
/// reference counts would otherwise bounce between the cores' caches at every node). As
/// many threads as workers, at most one per core.
public func orderedConcurrentMap<Worker: Sendable, Item: Sendable, Result: Sendable>(
    _ items: [Item], workers: [Worker], _ transform: @Sendable (Worker, Item) -> Result
) -> [Result] {
    concurrentMap(items, threads: min(workers.count, ProcessInfo.processInfo.activeProcessorCount)) { thread, item in
        transform(workers[thread], item)
    }
}

/// Items are taken one at a time from a counter, so a thread that drew small items takes
/// more of them; `transform` is told which thread runs it.
private func concurrentMap<Item: Sendable, Result: Sendable>(
    _ items: [Item], threads: Int, _ transform: @Sendable (Int, Item) -> Result
) -> [Result] {
    let threads = min(threads, items.count)
    guard threads > 1 else { return items.map { transform(0, $0) } }
    let counter = JobCounter()
    return [Result](unsafeUninitializedCapacity: items.count) { buffer, initializedCount in
        // Each index is taken by exactly one thread, so no two threads touch one slot.
        nonisolated(unsafe) let slots = buffer
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            while let index = counter.next(below: items.count) {
                slots.baseAddress!.advanced(by: index).initialize(to: transform(thread, items[index]))
            }
        }
        initializedCount = items.count
    }
}

/// Hands out 0, 1, 2, … to whichever thread asks.
private final class JobCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}
