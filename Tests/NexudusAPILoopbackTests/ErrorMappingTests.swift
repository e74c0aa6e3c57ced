// What each answer becomes: a `NexudusError` case a caller can switch on, with the status,
// headers and body kept and a description a person can act on.

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LoopbackSupport
import NexudusAPI
import XCTest

final class ErrorMappingTests: LoopbackTestCase {
    private func error(answering response: CannedResponse, timeout: TimeInterval = 30) async throws -> NexudusError {
        let server = try startServer(answering: response)
        var client = client(for: server)
        client.timeout = timeout
        do {
            _ = try await client.send(CoworkerIdentityCheckAPI.get(id: 42))
        } catch let error as NexudusError {
            // A timeout may come before the server has read the request.
            if timeout >= 30 { XCTAssertEqual(server.requests.count, 1) }
            return error
        }
        throw XCTSkip("the call succeeded")
    }

    func test401IsUnauthorized() async throws {
        let error = try await error(answering: .json(401, #"{"Message":"Authorization has been denied for this request."}"#, headers: ["WWW-Authenticate": "Bearer"]))
        guard case .unauthorized = error else { return XCTFail("expected .unauthorized, got \(error)") }
        XCTAssertEqual(error.status, 401)
        XCTAssertEqual(error.response?.header("www-authenticate"), "Bearer")
        XCTAssertEqual(error.localizedDescription,
                       "The server refused the credentials (HTTP 401): the token is missing, expired or revoked, or the user name or password is wrong. Sign in again. The server said: \"Authorization has been denied for this request.\"")
    }

    func test403IsForbidden() async throws {
        let error = try await error(answering: .json(403, #"{"Message":"You do not have the CoworkerIdentityCheck-Read role."}"#))
        guard case .forbidden = error else { return XCTFail("expected .forbidden, got \(error)") }
        XCTAssertTrue(error.localizedDescription.contains("ask an administrator for the role"), error.localizedDescription)
        XCTAssertEqual(error.serverMessage, "You do not have the CoworkerIdentityCheck-Read role.")
    }

    func test404IsNotFound() async throws {
        let error = try await error(answering: .json(404, ""))
        guard case .notFound(let response) = error else { return XCTFail("expected .notFound, got \(error)") }
        XCTAssertEqual(response.status, 404)
        XCTAssertNil(error.serverMessage)
        XCTAssertEqual(error.localizedDescription,
                       "No such record or path (HTTP 404): check the id, and that the record belongs to a location this user can reach.")
    }

    func testAnHTML500IsAServerErrorNamedByItsTitle() async throws {
        let page = "<!DOCTYPE html><html><head><title>Runtime Error</title></head><body><h1>Server Error in '/' Application.</h1></body></html>"
        let error = try await error(answering: .html(500, page))
        guard case .server(let response) = error else { return XCTFail("expected .server, got \(error)") }
        XCTAssertEqual(response.header("Content-Type"), "text/html; charset=utf-8")
        XCTAssertEqual(String(decoding: response.body, as: UTF8.self), page)
        XCTAssertEqual(error.serverMessage, "Runtime Error")
        XCTAssertEqual(error.localizedDescription,
                       "The server failed (HTTP 500); this is often brief, so try again later. The server said: \"Runtime Error\"")
    }

    func testARefusedConnectionIsATransportError() async throws {
        let server = try startServer(answering: .json(200, "{}"))
        server.stop()  // the port is closed now: connecting is refused
        var policy = RetryPolicy.default
        policy.maxAttempts = 2
        let clock = TestClock()

        await assertThrowsNexudusError({ try await self.client(for: server, retryPolicy: policy, clock: clock).send(CoworkerIdentityCheckAPI.get(id: 42)) }) { error in
            guard case .transport(let failure) = error else { return XCTFail("expected .transport, got \(error)") }
            XCTAssertEqual(failure.kind, .cannotConnect)
            XCTAssertNotNil(failure.underlying as? URLError)
            XCTAssertNil(error.status)
            XCTAssertTrue(error.localizedDescription.hasPrefix("The server could not be reached; check the network and the base URL."), error.localizedDescription)
        }
        XCTAssertEqual(clock.sleeps.count, 1, "a GET that got no answer is retried once more")
    }

    func testNoAnswerInTimeIsATimeout() async throws {
        let started = Date()
        let error = try await error(answering: CannedResponse(status: 200, body: Data("{}".utf8), delay: 1.5), timeout: 0.6)
        guard case .transport(let failure) = error else { return XCTFail("expected .transport, got \(error)") }
        XCTAssertEqual(failure.kind, .timedOut)
        XCTAssertEqual((failure.underlying as? URLError)?.code, .timedOut)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.4, "the client gave up before the server answered")
        XCTAssertEqual(error.localizedDescription, "The server did not answer in time; try again, or raise the client's `timeout`.")
    }

    /// One bad record does not lose the page: the others come back, and the bad one is named
    /// by its position, its field and the reason.
    func testABadRecordIsReportedAndTheOthersReturned() async throws {
        let page = #"{"Records":[{"Id":1,"Name":"ok"},{"Id":2,"Billed":"yes"},{"Id":3,"Name":"also ok"}],"CurrentPage":1}"#
        let server = try startServer(answering: .json(200, page))

        let result = try await client(for: server).send(CoworkerIdentityCheckAPI.search())
        XCTAssertEqual(result.records.map(\.id), [1, 3])
        XCTAssertEqual(result.records.map(\.name), ["ok", "also ok"])
        XCTAssertEqual(result.currentPage, 1)
        XCTAssertEqual(result.failures.map(\.position), [1])
        let failure = try XCTUnwrap(result.failures.first?.failure)
        XCTAssertEqual(failure.field, "Records[1].Billed")
        XCTAssertEqual(failure.recordIndex, 1)
        XCTAssertEqual(failure.reason, "Expected a boolean, found a string.")
    }

    /// Asked to, the client fails the whole page instead.
    func testStrictDecodingFailsThePageAndNamesTheFieldAndTheRecord() async throws {
        let page = #"{"Records":[{"Id":1,"Name":"ok"},{"Id":"two","Name":"bad"}],"CurrentPage":1}"#
        let server = try startServer(answering: .json(200, page))
        var client = client(for: server)
        client.decodesStrictly = true
        let strict = client

        await assertThrowsNexudusError({ try await strict.send(CoworkerIdentityCheckAPI.search()) }) { error in
            guard case .decodingFailed(let failure, let response) = error else { return XCTFail("expected .decodingFailed, got \(error)") }
            XCTAssertEqual(failure.field, "Records[1].Id")
            XCTAssertEqual(failure.recordIndex, 1)
            XCTAssertEqual(failure.type, "ListResult<CoworkerIdentityCheckListing>")
            XCTAssertEqual(response.status, 200)
            XCTAssertTrue(error.localizedDescription.hasPrefix("The answer (HTTP 200) is not the documented shape: ListResult<CoworkerIdentityCheckListing>, record 1, field Records[1].Id: "),
                          error.localizedDescription)
        }
    }

    func testA200WithWasSuccessfulFalseIsActionFailed() async throws {
        let body = #"{"Status":200,"Message":"The document could not be saved.","Value":null,"Errors":null,"WasSuccessful":false}"#
        let server = try startServer(answering: .json(200, body))
        let request = CreateCoworkerIdentityCheckDocumentRequest(coworkerId: 1, coworkerIdentityCheckId: 2, name: "Passport")

        await assertThrowsNexudusError({ try await self.client(for: server).send(CoworkerIdentityCheckDocumentAPI.create(request)) }) { error in
            guard case .actionFailed(let result, let response) = error else { return XCTFail("expected .actionFailed, got \(error)") }
            XCTAssertEqual(result.message, "The document could not be saved.")
            XCTAssertEqual(response.status, 200)
            XCTAssertEqual(error.localizedDescription,
                           "The server answered HTTP 200 but did not do it (WasSuccessful is false): The document could not be saved.")
        }
    }
}
