import Foundation

/// Time as the fetcher sees it, injected so tests assert every wait (`Retry-After`,
/// back-off) without sleeping.
public protocol FetchClock: Sendable {
    var now: Date { get }
    func sleep(seconds: Double) async
}

/// The real clock: `Task.sleep`.
public struct SystemClock: FetchClock {
    public init() {}
    public var now: Date { Date() }
    public func sleep(seconds: Double) async {
        guard seconds > 0 else { return }
        try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
    }
}
