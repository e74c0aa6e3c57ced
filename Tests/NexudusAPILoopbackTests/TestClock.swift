// A clock a test controls: `sleep` records the wait and moves time on at once, so a test
// asserts the waits a retry policy chose without sleeping for real.

import Foundation
import NexudusAPI

final class TestClock: NexudusClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    private var waits: [TimeInterval] = []

    init(now: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        current = now
    }

    func now() -> Date { lock.withLock { current } }

    func sleep(seconds: TimeInterval) async throws {
        try Task.checkCancellation()
        lock.withLock {
            waits.append(seconds)
            current = current.addingTimeInterval(seconds)
        }
    }

    /// Every wait asked for, in order.
    var sleeps: [TimeInterval] { lock.withLock { waits } }

    func advance(by seconds: TimeInterval) {
        lock.withLock { current = current.addingTimeInterval(seconds) }
    }
}

/// A value that tests' `@Sendable` closures can update.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) {
        stored = value
    }

    var value: Value { lock.withLock { stored } }

    func update<Result>(_ change: (inout Value) -> Result) -> Result {
        lock.withLock { change(&stored) }
    }
}
