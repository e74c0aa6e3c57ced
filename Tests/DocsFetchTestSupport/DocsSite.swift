import Foundation
import LoopbackSupport
import TestSupport

/// A docs site on a `LoopbackServer`: a table of paths, each a page served with validators
/// (answering 304 when the request's conditions match) or a scripted run of answers.
/// Tests change the table between runs to model a site that changes.
public final class DocsSite: @unchecked Sendable {
    public enum Route: Sendable {
        /// 200 with the body, or 304 when `If-None-Match` equals the ETag or
        /// `If-Modified-Since` equals the Last-Modified.
        case page(Data, etag: String? = nil, lastModified: String? = nil, contentType: String = "text/markdown; charset=utf-8")
        /// One answer per request, in order; the last one repeats.
        case answers([CannedResponse])
    }

    /// A page of the repository's `spec/docs` (read only), by file name.
    public static func seed(_ name: String) throws -> Data {
        try Data(contentsOf: packageRoot.appendingPathComponent("spec/docs").appendingPathComponent(name))
    }

    private let lock = NSLock()
    private var routes: [String: Route] = [:]
    private var counts: [String: Int] = [:]
    private var server: LoopbackServer!

    public init(lifetime: TimeInterval = 20) throws {
        server = try LoopbackServer(maxConnections: 200, lifetime: lifetime, concurrent: true) { [weak self] request in
            self?.answer(request) ?? CannedResponse(status: 503)
        }
    }

    deinit { server.stop() }

    /// `http://127.0.0.1:<port>`
    public var base: String { server.baseURL.absoluteString }
    public var requests: [RecordedRequest] { server.requests }

    public func set(_ path: String, _ route: Route) { lock.withLock { routes[path] = route } }
    public func remove(_ path: String) { lock.withLock { _ = routes.removeValue(forKey: path) } }
    /// Requests received for a path (its request target).
    public func hits(_ path: String) -> Int { lock.withLock { counts[path] ?? 0 } }
    public func stop() { server.stop() }

    private func answer(_ request: RecordedRequest) -> CannedResponse {
        let (route, count): (Route?, Int) = lock.withLock {
            counts[request.target, default: 0] += 1
            return (routes[request.target], counts[request.target]!)
        }
        switch route {
        case nil:
            return CannedResponse(status: 404, body: Data("not found".utf8))
        case .page(let body, let etag, let lastModified, let contentType)?:
            var headers = ["Content-Type": contentType]
            if let etag { headers["ETag"] = etag }
            if let lastModified { headers["Last-Modified"] = lastModified }
            let etagMatches = etag != nil && request.header("if-none-match") == etag
            let dateMatches = lastModified != nil && request.header("if-modified-since") == lastModified
            return etagMatches || dateMatches ? CannedResponse(status: 304, headers: headers) : CannedResponse(status: 200, headers: headers, body: body)
        case .answers(let answers)?:
            return answers.isEmpty ? CannedResponse(status: 500) : answers[min(count, answers.count) - 1]
        }
    }
}
