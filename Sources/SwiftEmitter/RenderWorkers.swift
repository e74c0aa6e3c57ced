import Dispatch
import Foundation

/// Runs rendering jobs on all cores, each worker with its own copy of the templates.
/// Rendering reads the template nodes at every step; shared by two threads, their reference
/// counts would bounce between the cores' caches at every node. Jobs are taken one at a
/// time from a counter, so a worker that drew small files takes more of them, and every
/// result goes back to its job's place: the order never depends on scheduling.
final class RenderWorkers: Sendable {
    let copies: [TemplateSet]

    init(templates: TemplateSet) {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        copies = [templates] + (1..<workers).map { _ in templates.independentCopy() }
    }

    func run(_ jobs: [@Sendable (TemplateSet) -> EmitResult]) -> [EmitResult] {
        guard copies.count > 1, jobs.count > 1 else { return jobs.map { $0(copies[0]) } }
        let counter = JobCounter()
        return [EmitResult](unsafeUninitializedCapacity: jobs.count) { buffer, initializedCount in
            // Each index is taken by exactly one worker, so no two threads touch one slot.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: copies.count) { worker in
                let templates = copies[worker]
                while let index = counter.next(below: jobs.count) {
                    slots.baseAddress!.advanced(by: index).initialize(to: jobs[index](templates))
                }
            }
            initializedCount = jobs.count
        }
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

extension TemplateSet {
    /// Every template parsed again, sharing no storage with these.
    func independentCopy() -> TemplateSet {
        func copy(_ templates: [String: Template]) -> [String: Template] { templates.mapValues { $0.independentCopy() } }
        return TemplateSet(templates: copy(templates), partials: copy(partials), runtime: copy(runtime), conformance: copy(conformance))
    }
}
