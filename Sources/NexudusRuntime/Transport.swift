import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What came back from the server, whatever HTTP client fetched it.
public struct TransportResponse: Sendable, Hashable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A header by name, whatever its case (`retry-after` finds `Retry-After`).
    public func header(_ name: String) -> String? {
        if let value = headers[name] { return value }
        let lowered = name.lowercased()
        return headers.first { $0.key.lowercased() == lowered }?.value
    }
}

/// Sends one request. Plug in any HTTP client by conforming to this; URLSession is the default.
/// Throw whatever the client throws: `NexudusClient` wraps it in `NexudusError.transport`.
public protocol HTTPTransport: Sendable {
    func send(_ request: URLRequest) async throws -> TransportResponse
}

/// The default transport, on `URLSession` (FoundationNetworking on Linux).
public struct URLSessionTransport: HTTPTransport {
    public let session: URLSession

    public init(session: URLSession = .shared) {
        self.session = session
    }

    public func send(_ request: URLRequest) async throws -> TransportResponse {
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else {
            throw URLError(.badServerResponse)
        }
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key] = value }
        }
        return TransportResponse(status: http.statusCode, headers: headers, body: data)
    }
}
