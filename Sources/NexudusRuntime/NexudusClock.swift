import Foundation

/// Time as the client sees it: token expiry, retry waits, the total-time cap and the rate
/// limiter all go through one of these, so a test can inject a clock that records each
/// wait and returns at once.
public protocol NexudusClock: Sendable {
    /// The current wall-clock time.
    func now() -> Date
    /// Suspends for `seconds`; throws `CancellationError` as soon as the task is cancelled.
    func sleep(seconds: TimeInterval) async throws
}

/// The real clock: `Date()` and `Task.sleep`, which a cancellation ends at once.
public struct SystemClock: NexudusClock {
    public init() {}

    public func now() -> Date { Date() }

    public func sleep(seconds: TimeInterval) async throws {
        guard seconds > 0 else { return try Task.checkCancellation() }
        try await Task.sleep(nanoseconds: UInt64((seconds * 1_000_000_000).rounded(.up)))
    }
}
