import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One request as an observer sees it: no credential, no body text.
public struct ObservedRequest: Sendable, Hashable, CustomStringConvertible {
    public var method: String
    public var url: URL?
    /// The request's headers with `Authorization` shown as `<redacted>`.
    public var headers: [String: String]
    public var bodyByteCount: Int
    /// 1 for the first send, 2 for the first retry, …
    public var attempt: Int

    init(_ request: URLRequest, attempt: Int) {
        method = request.httpMethod ?? "GET"
        url = request.url
        var headers = request.allHTTPHeaderFields ?? [:]
        for key in headers.keys where ["authorization", "client_id", "cookie"].contains(key.lowercased()) {
            headers[key] = "<redacted>"
        }
        self.headers = headers
        bodyByteCount = request.httpBody?.count ?? 0
        self.attempt = attempt
    }

    public var description: String { "\(method) \(url?.absoluteString ?? "") (attempt \(attempt))" }
}

/// What happened to a request, in order: sent, then answered or failed, then perhaps retried.
public enum RequestEvent: Sendable {
    case willSend(ObservedRequest)
    /// An answer arrived after `seconds`, whatever its status.
    case didReceive(ObservedRequest, TransportResponse, seconds: Double)
    /// The attempt failed and will not be retried.
    case didFail(ObservedRequest, NexudusError)
    /// The attempt failed and the client waits `seconds` before sending again.
    case willRetry(ObservedRequest, NexudusError, afterSeconds: Double)
}

/// A hook on every request and answer, for logging and metrics. It is called inline, so
/// keep it quick.
public struct RequestObserver: Sendable {
    let handler: @Sendable (RequestEvent) -> Void

    public init(_ handler: @escaping @Sendable (RequestEvent) -> Void) {
        self.handler = handler
    }

    func callAsFunction(_ event: RequestEvent) { handler(event) }
}
