import Foundation

/// When the client tries a request again, and how long it waits first.
///
/// - Throttling (`429`, and `409` with `Retry-After` or "You must wait") is retried for
///   every method, since the server did not run the request: after `Retry-After`, else the
///   "Wait N seconds" of the body, else a backoff.
/// - `retriedStatuses` (transient `5xx`) and transport failures are retried with
///   exponential backoff and jitter (or after a `503`'s `Retry-After`), for
///   `idempotentMethods` only: a `POST` that failed may have run.
/// - At most `maxAttempts` sends in all, and no wait that would end later than
///   `maxTotalTime` after the first send; then the last error is thrown.
public struct RetryPolicy: Sendable, Hashable {
    /// Sends in all, the first included; `1` never retries.
    public var maxAttempts: Int
    /// Seconds from the first send after which no retry starts (waits included).
    public var maxTotalTime: Double
    /// The first backoff, in seconds; each later one doubles, up to `maxBackoff`.
    public var initialBackoff: Double
    public var maxBackoff: Double
    /// The random share of each backoff, `0...1`: `0.5` waits between half and all of it,
    /// so that many clients do not retry in step.
    public var jitter: Double
    /// Whether throttling answers are waited out and retried.
    public var retriesThrottling: Bool
    /// Statuses retried for idempotent methods.
    public var retriedStatuses: Set<Int>
    /// Whether a request that got no answer (refused, lost, timed out) is retried, for idempotent methods.
    public var retriesTransportFailures: Bool
    /// Methods safe to send twice.
    public var idempotentMethods: Set<String>

    public init(
        maxAttempts: Int = 4, maxTotalTime: Double = 60, initialBackoff: Double = 0.5, maxBackoff: Double = 8,
        jitter: Double = 0.5, retriesThrottling: Bool = true, retriedStatuses: Set<Int> = [500, 502, 503, 504],
        retriesTransportFailures: Bool = true, idempotentMethods: Set<String> = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]
    ) {
        self.maxAttempts = maxAttempts
        self.maxTotalTime = maxTotalTime
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.jitter = jitter
        self.retriesThrottling = retriesThrottling
        self.retriedStatuses = retriedStatuses
        self.retriesTransportFailures = retriesTransportFailures
        self.idempotentMethods = idempotentMethods
    }

    /// Up to 4 sends within 60 s.
    public static let `default` = RetryPolicy()

    /// Every request is sent once.
    public static let never = RetryPolicy(maxAttempts: 1)

    /// The backoff before send number `attempt + 1` (after `attempt` sends), with `random`
    /// in `0...1` choosing the jitter.
    public func backoff(afterAttempt attempt: Int, random: Double) -> Double {
        let exponent = Double(max(0, attempt - 1))
        let full = min(maxBackoff, initialBackoff * pow2(exponent))
        let share = min(1, max(0, jitter))
        return full * (1 - share * min(1, max(0, random)))
    }

    private func pow2(_ exponent: Double) -> Double {
        var value = 1.0
        for _ in 0..<Int(min(exponent, 62)) { value *= 2 }
        return value
    }

    /// How long to wait before trying `method` again after `error` on send number
    /// `attempt`, `elapsed` seconds after the first send; `nil` when it is not retried.
    public func delay(after error: NexudusError, method: String, attempt: Int, elapsed: Double, random: Double,
                      now: Date = Date()) -> Double? {
        guard attempt < maxAttempts else { return nil }
        let idempotent = idempotentMethods.contains(method.uppercased())
        let wait: Double
        switch error {
        case .throttled(let retryAfter, _) where retriesThrottling:
            wait = retryAfter ?? backoff(afterAttempt: attempt, random: random)
        case .server(let response) where idempotent && retriedStatuses.contains(response.status),
             .httpStatus(let response) where idempotent && retriedStatuses.contains(response.status):
            // A `503` may say when to come back; otherwise back off.
            wait = response.header("Retry-After").flatMap { ResponseClassifier.retryAfterSeconds($0, now: now) }
                ?? backoff(afterAttempt: attempt, random: random)
        case .transport(let failure) where idempotent && retriesTransportFailures && failure.kind != .other:
            wait = backoff(afterAttempt: attempt, random: random)
        default:
            return nil
        }
        return elapsed + wait <= maxTotalTime ? wait : nil
    }
}
