import Dispatch
import Foundation

/// `items.map(transform)`, with the items shared out over the processor's cores and every
/// result put back in its item's place, so the output never depends on scheduling. Every
/// stage uses it for work that is independent item by item (pages, files, schema lists);
/// it lives here because every module depends on this one.
public func orderedConcurrentMap<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
    guard items.count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return items.map(transform) }
    return [Result](unsafeUninitializedCapacity: items.count) { buffer, initializedCount in
        // Each index is written by exactly one iteration, so no two threads touch one slot.
        nonisolated(unsafe) let slots = buffer
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.baseAddress!.advanced(by: index).initialize(to: transform(items[index]))
        }
        initializedCount = items.count
    }
}
