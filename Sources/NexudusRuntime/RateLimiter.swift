import Foundation

/// Keeps a client under the API's documented limits instead of hitting them: each request
/// waits for a slot that breaks no limit. Off unless given to `NexudusClient.rateLimiter`;
/// share one limiter between clients that use the same account.
public actor RateLimiter {
    /// At most `count` requests (writes only, when `writesOnly`) in any `seconds`.
    public struct Limit: Sendable, Hashable {
        public var count: Int
        public var seconds: Double
        public var writesOnly: Bool

        public init(count: Int, seconds: Double, writesOnly: Bool = false) {
            self.count = count
            self.seconds = seconds
            self.writesOnly = writesOnly
        }
    }

    /// The documented limits: 1 request per 100 ms and 120 a minute; writes 60 a minute
    /// and 5,000 a day.
    public static let documentedLimits: [Limit] = [
        Limit(count: 1, seconds: 0.1),
        Limit(count: 120, seconds: 60),
        Limit(count: 60, seconds: 60, writesOnly: true),
        Limit(count: 5_000, seconds: 86_400, writesOnly: true),
    ]

    public let limits: [Limit]
    private let clock: any NexudusClock
    private var all: [Date] = []
    private var writes: [Date] = []

    public init(limits: [Limit] = RateLimiter.documentedLimits, clock: any NexudusClock = SystemClock()) {
        self.limits = limits
        self.clock = clock
    }

    /// Waits until a request may go; the slot is taken before the wait, so concurrent
    /// callers queue in order.
    public func acquire(isWrite: Bool) async throws {
        let now = clock.now()
        let slot = reserve(isWrite: isWrite, now: now)
        let wait = slot.timeIntervalSince(now)
        if wait > 0 { try await clock.sleep(seconds: wait) }
    }

    private func reserve(isWrite: Bool, now: Date) -> Date {
        let longest = limits.map(\.seconds).max() ?? 0
        all.removeAll { now.timeIntervalSince($0) > longest }
        writes.removeAll { now.timeIntervalSince($0) > longest }
        var slot = max(now, all.last ?? now)
        for limit in limits where limit.count > 0 && (!limit.writesOnly || isWrite) {
            let history = limit.writesOnly ? writes : all
            if history.count >= limit.count {
                slot = max(slot, history[history.count - limit.count].addingTimeInterval(limit.seconds))
            }
        }
        all.append(slot)
        if isWrite { writes.append(slot) }
        return slot
    }
}
