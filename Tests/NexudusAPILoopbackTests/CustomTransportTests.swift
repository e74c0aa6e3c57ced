// A caller's own HTTP client, plugged in through the public `HTTPTransport` protocol:
// no network at all, the SDK's requests inspected as `URLRequest`s.

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LoopbackSupport
import NexudusAPI
import XCTest

/// What a user's app might write: a transport that records and answers from memory.
actor StubTransport: HTTPTransport {
    typealias Reply = @Sendable (URLRequest) throws -> TransportResponse
    private(set) var sent: [URLRequest] = []
    private let reply: Reply

    init(_ reply: @escaping Reply) {
        self.reply = reply
    }

    func send(_ request: URLRequest) async throws -> TransportResponse {
        sent.append(request)
        return try reply(request)
    }
}

final class CustomTransportTests: XCTestCase {
    private let baseURL = URL(string: "https://spaces.nexudus.com")!

    func testACustomTransportReceivesTheRequestAndItsAnswerIsDecoded() async throws {
        let example = Data(try DocExamples.response("Coworker.create", status: 200).utf8)
        let transport = StubTransport { _ in TransportResponse(status: 200, headers: ["Content-Type": "application/json"], body: example) }
        let client = NexudusClient(baseURL: baseURL, token: "TOKEN", transport: transport)

        let body = CreateCoworkerRequest(fullName: "Ada Lovelace", email: "ada@example.com", countryId: 1220, simpleTimeZoneId: 47)
        let result = try await client.send(CoworkerAPI.create(body))

        XCTAssertEqual(result.value?.id, 87654321)
        let sent = await transport.sent
        XCTAssertEqual(sent.count, 1)
        let request = try XCTUnwrap(sent.first)
        XCTAssertEqual(request.httpMethod, "POST")
        XCTAssertEqual(request.url?.absoluteString, "https://spaces.nexudus.com/api/spaces/coworkers")
        XCTAssertEqual(request.value(forHTTPHeaderField: "Authorization"), "Bearer TOKEN")
        XCTAssertEqual(request.value(forHTTPHeaderField: "Content-Type"), "application/json")
        let json = try jsonObject(try XCTUnwrap(request.httpBody))
        XCTAssertEqual(json["FullName"], .string("Ada Lovelace"))
        XCTAssertNil(json["Salutation"], "nil optionals are left out")
    }

    func testEndpointsDescribeThemselvesWithoutATransport() throws {
        var query = CoworkerIdentityCheckSearch()
        query.name = "example-value"
        query.orderBy = .name
        query.direction = .ascending
        let endpoint = CoworkerIdentityCheckAPI.search(query)

        XCTAssertEqual(endpoint.method, "GET")
        XCTAssertEqual(endpoint.requiredRole, "CoworkerIdentityCheck-List")
        XCTAssertEqual(endpoint.relativeURL, "/api/spaces/coworkeridentitychecks?CoworkerIdentityCheck_Name=example-value&orderBy=Name&dir=0")
        XCTAssertTrue(endpoint.validationErrors.isEmpty)
        let request = try endpoint.urlRequest(baseURL: baseURL)
        XCTAssertEqual(request.url?.absoluteString, "https://spaces.nexudus.com" + endpoint.relativeURL)
        XCTAssertNil(request.httpBody)
        XCTAssertNil(request.value(forHTTPHeaderField: "Authorization"), "the client adds its credentials, not the endpoint")
    }

    func testPagingRunsOverACustomTransport() async throws {
        let pages = try (1...3).map { try DocExamples.searchPage($0, of: 3) }
        let transport = StubTransport { request in
            let page = Int(queryPairs(request.url?.query)["page"] ?? "") ?? 0
            return TransportResponse(status: 200, body: pages[page - 1])
        }
        let client = NexudusClient(baseURL: baseURL, token: "TOKEN", transport: transport)

        var ids: [Int?] = []
        for try await page in client.allCoworkerIdentityCheckPages() {
            ids += page.records.map(\.id)
        }

        XCTAssertEqual(ids, [87654321, 87654322, 87654323])
        let queries = await transport.sent.map { $0.url?.query }
        XCTAssertEqual(queries, ["page=1", "page=2", "page=3"])
    }

    func testTransportErrorsAreWrappedWithTheUnderlyingError() async throws {
        let transport = StubTransport { _ in throw URLError(.notConnectedToInternet) }
        var client = NexudusClient(baseURL: baseURL, token: "TOKEN", transport: transport)
        client.retryPolicy = .never

        await assertThrowsNexudusError({ try await client.send(CoworkerIdentityCheckAPI.get(id: 1)) }) { error in
            guard case .transport(let failure) = error else { return XCTFail("expected .transport, got \(error)") }
            XCTAssertEqual(failure.kind, .cannotConnect)
            XCTAssertEqual((failure.underlying as? URLError)?.code, .notConnectedToInternet)
            XCTAssertNil(error.status)
        }
        let sent = await transport.sent
        XCTAssertEqual(sent.count, 1)
    }

    func testUnreadableAnswersBecomeTypedErrors() async throws {
        let transport = StubTransport { request in
            request.httpMethod == "GET"
                ? TransportResponse(status: 200, body: Data("not json".utf8))
                : TransportResponse(status: 400, body: Data("<html>Bad Request</html>".utf8))
        }
        let client = NexudusClient(baseURL: baseURL, token: "TOKEN", transport: transport)

        await assertThrowsNexudusError({ try await client.send(CoworkerIdentityCheckAPI.get(id: 1)) }) { error in
            guard case .decodingFailed(let failure, let response) = error else { return XCTFail("expected .decodingFailed, got \(error)") }
            XCTAssertEqual(failure.type, "CoworkerIdentityCheck")
            XCTAssertEqual(response.status, 200)
        }
        let update = UpdateCoworkerIdentityCheckDocumentRequest(id: 1, coworkerId: 2, coworkerIdentityCheckId: 3, name: "Passport")
        await assertThrowsNexudusError({ try await client.send(CoworkerIdentityCheckDocumentAPI.update(update)) }) { error in
            XCTAssertEqual(error, .httpStatus(TransportResponse(status: 400, body: Data("<html>Bad Request</html>".utf8))))
        }
    }
}
