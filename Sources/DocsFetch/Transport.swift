import Foundation

/// One GET, as the fetcher asks it: no redirect is followed and no cache consulted below
/// this line, so retries, redirects and conditional requests are decided (and tested) in
/// `PageFetcher`, not in the HTTP stack.
public struct HTTPRequest: Sendable, Equatable {
    public var url: URL
    public var headers: [String: String]
    public var timeout: TimeInterval

    public init(url: URL, headers: [String: String] = [:], timeout: TimeInterval) {
        self.url = url
        self.headers = headers
        self.timeout = timeout
    }
}

public struct HTTPResponse: Sendable, Equatable {
    public var status: Int
    /// Names lowercased.
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last })
        self.body = body
    }

    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

public enum TransportError: Error, Sendable, Equatable {
    /// No answer within the request's timeout.
    case timedOut
    /// The body grew past the limit; reading stopped there.
    case bodyTooLarge(limit: Int)
    /// Connection refused, reset, DNS, TLS…: the system's own words.
    case failed(String)
}

/// The one thing the fetcher needs from HTTP. Tests can answer from a table; the
/// command line uses `URLSessionTransport`.
public protocol FetchTransport: Sendable {
    /// Sends one request and reads at most `bodyLimit` bytes of its body.
    func send(_ request: HTTPRequest, bodyLimit: Int) async -> Result<HTTPResponse, TransportError>
}
