import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LoopbackSupport
import NexudusAPI
import XCTest

/// Starts a `LoopbackServer` per test and always stops it in `tearDown`.
class LoopbackTestCase: XCTestCase {
    static let token = "TOKEN"
    private var servers: [LoopbackServer] = []

    /// A server answering every request with `handler`; at most `maxConnections` are served.
    func startServer(maxConnections: Int = 4, _ handler: @escaping LoopbackServer.Handler) throws -> LoopbackServer {
        _ = bypassProxyForLoopback
        let server = try LoopbackServer(maxConnections: maxConnections, handler: handler)
        servers.append(server)
        return server
    }

    /// A server answering every request with the same canned response.
    func startServer(answering response: CannedResponse, maxConnections: Int = 4) throws -> LoopbackServer {
        try startServer(maxConnections: maxConnections) { _ in response }
    }

    /// The SDK's client over the default `URLSessionTransport`, pointed at `server`; it does
    /// not retry unless a test gives it a policy.
    func client(
        for server: LoopbackServer, credentials: Credentials = .bearer(LoopbackTestCase.token), retryPolicy: RetryPolicy = .never,
        clock: any NexudusClock = SystemClock(), validatesRequests: Bool = true
    ) -> NexudusClient {
        NexudusClient(
            baseURL: server.baseURL, credentials: credentials,
            transport: URLSessionTransport(session: loopbackSession),
            retryPolicy: retryPolicy, clock: clock, validatesRequests: validatesRequests
        )
    }

    /// The only request `server` received; fails the test when there is not exactly one.
    func onlyRequest(of server: LoopbackServer, file: StaticString = #filePath, line: UInt = #line) throws -> RecordedRequest {
        let requests = server.requests
        XCTAssertEqual(requests.count, 1, "requests received: \(requests.map(\.target))", file: file, line: line)
        return try XCTUnwrap(requests.first, file: file, line: line)
    }

    /// The headers every request of the SDK carries, and a JSON content type exactly when
    /// there is a body.
    func assertStandardHeaders(_ request: RecordedRequest, hasBody: Bool, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(request.header("Authorization"), "Bearer \(Self.token)", file: file, line: line)
        XCTAssertEqual(request.header("Accept"), "application/json", file: file, line: line)
        if hasBody {
            XCTAssertEqual(request.header("Content-Type"), "application/json", file: file, line: line)
            XCTAssertEqual(request.header("Content-Length"), String(request.body.count), file: file, line: line)
        } else {
            XCTAssertNil(request.header("Content-Type"), file: file, line: line)
            XCTAssertTrue(request.body.isEmpty, file: file, line: line)
        }
    }

    override func tearDown() {
        for server in servers { server.stop() }
        servers.removeAll()
        super.tearDown()
    }
}
