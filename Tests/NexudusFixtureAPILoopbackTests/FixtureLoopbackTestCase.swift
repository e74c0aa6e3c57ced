// The fixture SDK (generated from Tests/FixtureSDK/pages) over a real HTTP exchange on
// 127.0.0.1: the endpoint kinds spec/docs has no page of.

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LoopbackSupport
import NexudusFixtureAPI
import XCTest

/// Starts a `LoopbackServer` per test and always stops it in `tearDown`.
class FixtureLoopbackTestCase: XCTestCase {
    private var servers: [LoopbackServer] = []

    func startServer(maxConnections: Int = 4, _ handler: @escaping LoopbackServer.Handler) throws -> LoopbackServer {
        _ = bypassProxyForLoopback
        let server = try LoopbackServer(maxConnections: maxConnections, handler: handler)
        servers.append(server)
        return server
    }

    func client(for server: LoopbackServer) -> NexudusClient {
        NexudusClient(baseURL: server.baseURL, credentials: .bearer("TOKEN"), transport: URLSessionTransport(session: loopbackSession),
                      retryPolicy: .never)
    }

    func onlyRequest(of server: LoopbackServer, file: StaticString = #filePath, line: UInt = #line) throws -> RecordedRequest {
        let requests = server.requests
        XCTAssertEqual(requests.count, 1, "requests received: \(requests.map(\.target))", file: file, line: line)
        return try XCTUnwrap(requests.first, file: file, line: line)
    }

    override func tearDown() {
        for server in servers { server.stop() }
        servers.removeAll()
        super.tearDown()
    }
}
