import Foundation

/// What one `fetch` run brings in, and where to.
public struct FetchOptions: Sendable, Equatable {
    public static let defaultIndex = URL(string: "https://learn.nexudus.com/llms.txt")!
    public static let defaultInclude = ["rest-api/**"]

    public var indexURL: URL
    public var outputDirectory: URL
    /// Globs over the link's URL path without its leading `/`; a link is fetched when
    /// it matches one of `include` and none of `exclude`.
    public var include: [String]
    public var exclude: [String]
    /// Hosts besides the index's whose links are followed.
    public var allowedHosts: [String]
    public var concurrency: Int
    /// Seconds without an answer before a request counts as timed out.
    public var timeout: TimeInterval
    /// Extra attempts after the first, for 409, 429, 5xx, timeouts and broken connections.
    public var retries: Int
    /// Write the pages that succeeded even when some failed (the run still fails).
    public var keepGoing: Bool

    public init(indexURL: URL = FetchOptions.defaultIndex, outputDirectory: URL, include: [String] = FetchOptions.defaultInclude,
                exclude: [String] = [], allowedHosts: [String] = [], concurrency: Int = 8, timeout: TimeInterval = 30,
                retries: Int = 3, keepGoing: Bool = false) {
        self.indexURL = indexURL
        self.outputDirectory = outputDirectory
        self.include = include
        self.exclude = exclude
        self.allowedHosts = allowedHosts
        self.concurrency = concurrency
        self.timeout = timeout
        self.retries = retries
        self.keepGoing = keepGoing
    }
}

/// How far a run has got, for a progress line.
public struct FetchProgress: Sendable, Equatable {
    public var done: Int
    public var total: Int
    public var failed: Int
}
