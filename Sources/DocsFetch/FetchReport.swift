import Diagnostics

/// What a run did, or would have done: counts per page, every diagnostic, and why it ended.
public struct FetchReport: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        /// Every selected page was brought in, skipped with a warning, or unchanged.
        case completed
        /// Some pages failed; nothing was written unless `keepGoing`.
        case pagesFailed
        /// The index could not be fetched.
        case indexUnreachable
        /// The index is not an llms.txt: it lists no links.
        case invalidIndex
        /// Staging or moving the files failed; `--out` was left as it was.
        case writeFailed
    }

    public var status: Status
    public var new: [String] = []
    public var changed: [String] = []
    public var unchanged: [String] = []
    public var removed: [String] = []
    /// Links skipped with a warning (unsafe, another host, a duplicate, not an endpoint page).
    public var skipped: Int = 0
    /// The URLs that failed.
    public var failed: [String] = []
    /// Sorted; errors name the failed URL.
    public var diagnostics: [Diagnostic] = []
    /// Whether anything under `--out` was written or removed.
    public var wroteFiles = false

    public init(status: Status) {
        self.status = status
    }

    /// `3 new, 1 changed, 120 unchanged, 0 removed, 2 skipped, 0 failed`
    public var summary: String {
        "\(new.count) new, \(changed.count) changed, \(unchanged.count) unchanged, \(removed.count) removed, \(skipped) skipped, \(failed.count) failed"
    }
}
