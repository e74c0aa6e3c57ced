import Dispatch
import Foundation

extension PageReader {
    /// Parses many pages at once, spread over the processor's cores. Each page is read on
    /// its own, so the pages come back in the order given and exactly as `parse(file:data:)`
    /// reads them one by one: the output never depends on scheduling.
    public static func parse(files: [(file: String, data: Data)]) -> [ParsedPage] {
        orderedConcurrentMap(files) { parse(file: $0.file, data: $0.data) }
    }

    /// `parse(files:)` for pages already decoded as text.
    public static func parse(texts: [(file: String, text: String)]) -> [ParsedPage] {
        orderedConcurrentMap(texts) { parse(file: $0.file, text: $0.text) }
    }
}

/// `items.map(transform)`, with the items shared out over the cores and every result put
/// back in its item's place.
func orderedConcurrentMap<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
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
