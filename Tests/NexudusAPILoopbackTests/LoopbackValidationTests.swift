// The 400 path, the client's own validation (and switching it off), and paging through
// a search with `HasNextPage`, all over a real HTTP exchange on 127.0.0.1.

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LoopbackSupport
import NexudusAPI
import XCTest

final class LoopbackValidationTests: LoopbackTestCase {
    private func validCoworker() -> CreateCoworkerRequest {
        CreateCoworkerRequest(fullName: "Ada Lovelace", email: "ada@example.com", countryId: 1220, simpleTimeZoneId: 47)
    }

    func testServer400BecomesValidationFailedWithTheServersMessages() async throws {
        let example = try DocExamples.response("Coworker.create", status: 400)
        let server = try startServer(answering: .json(400, example))

        await assertThrowsNexudusError({ try await self.client(for: server).send(CoworkerAPI.create(self.validCoworker())) }) { error in
            guard case .validationFailed(let response, _) = error else {
                return XCTFail("expected .validationFailed, got \(error)")
            }
            XCTAssertEqual(response.message, "FullName: is a required field")
            XCTAssertEqual(response.wasSuccessful, false)
            XCTAssertEqual(response.errors?.count, 1)
            XCTAssertEqual(response.errors?.first?.propertyName, "FullName")
            XCTAssertEqual(response.errors?.first?.message, "is a required field")
            XCTAssertEqual(response.errors?.first?.description, "FullName: is a required field")
        }
        XCTAssertEqual(server.requests.count, 1, "the request was valid, so it was sent")
    }

    func testInvalidCreateIsRefusedBeforeAnythingIsSent() async throws {
        let server = try startServer(answering: .json(200, try DocExamples.response("Coworker.create", status: 200)))
        var body = validCoworker()
        body.fullName = "  "

        await assertThrowsNexudusError({ try await self.client(for: server).send(CoworkerAPI.create(body)) }) { error in
            guard case .invalidRequest(let errors) = error else {
                return XCTFail("expected .invalidRequest, got \(error)")
            }
            XCTAssertEqual(errors, [ValidationError(propertyName: "FullName", message: "is a required field", attemptedValue: .string("  "))])
            XCTAssertEqual(Validation.summary(of: errors), "FullName: is a required field", "the server's own wording")
        }
        XCTAssertTrue(server.requests.isEmpty)
        XCTAssertEqual(server.acceptedConnections, 0, "not even a connection was opened")

        // The server was up all along: a valid request gets through.
        let result = try await client(for: server).send(CoworkerAPI.create(validCoworker()))
        XCTAssertEqual(result.value?.id, 87654321)
        XCTAssertEqual(server.requests.count, 1)
    }

    func testInvalidUpdateReportsEveryProblemAndSendsNothing() async throws {
        let server = try startServer(answering: .json(200, try DocExamples.response("CoworkerIdentityCheckDocument.update", status: 200)))
        let body = UpdateCoworkerIdentityCheckDocumentRequest(id: 0, coworkerId: 1234, coworkerIdentityCheckId: 5678, name: "")

        await assertThrowsNexudusError({ try await self.client(for: server).send(CoworkerIdentityCheckDocumentAPI.update(body)) }) { error in
            guard case .invalidRequest(let errors) = error else {
                return XCTFail("expected .invalidRequest, got \(error)")
            }
            XCTAssertEqual(errors.map(\.propertyName), ["Id", "Name"])
            XCTAssertEqual(errors.map(\.message), ["is a required field", "is a required field"])
        }
        XCTAssertTrue(server.requests.isEmpty)
    }

    func testInvalidSearchPageIsRefusedBeforeAnythingIsSent() async throws {
        let server = try startServer(answering: .json(200, try DocExamples.response("CoworkerIdentityCheck.search", status: 200)))
        var query = CoworkerIdentityCheckSearch()
        query.page = 0
        query.size = 0

        await assertThrowsNexudusError({ try await self.client(for: server).send(CoworkerIdentityCheckAPI.search(query)) }) { error in
            guard case .invalidRequest(let errors) = error else {
                return XCTFail("expected .invalidRequest, got \(error)")
            }
            XCTAssertEqual(errors.map(\.propertyName), ["page", "size"])
        }
        XCTAssertTrue(server.requests.isEmpty)
    }

    func testWithValidationOffTheInvalidRequestIsSentAndTheServerDecides() async throws {
        let example = try DocExamples.response("Coworker.create", status: 400)
        let server = try startServer(answering: .json(400, example))
        var body = validCoworker()
        body.fullName = "  "

        let client = client(for: server, validatesRequests: false)
        await assertThrowsNexudusError({ try await client.send(CoworkerAPI.create(body)) }) { error in
            guard case .validationFailed(let response, _) = error else {
                return XCTFail("expected .validationFailed, got \(error)")
            }
            XCTAssertEqual(response.errors?.map(\.propertyName), ["FullName"])
            // What the client would have said matches what the server says.
            XCTAssertEqual(response.message, Validation.summary(of: body.validate()))
        }
        let request = try onlyRequest(of: server)
        XCTAssertEqual(request.method, "POST")
        XCTAssertEqual(try jsonObject(request.body)["FullName"], .string("  "))
    }

    func testWithValidationOffAnUpdateWithAnEmptyNameIsSent() async throws {
        let server = try startServer(answering: .json(400, try DocExamples.response("CoworkerIdentityCheckDocument.update", status: 400)))
        let body = UpdateCoworkerIdentityCheckDocumentRequest(id: 87654321, coworkerId: 1, coworkerIdentityCheckId: 2, name: "")

        await assertThrowsNexudusError({
            try await self.client(for: server, validatesRequests: false).send(CoworkerIdentityCheckDocumentAPI.update(body))
        }) { error in
            guard case .validationFailed(let body, let response) = error else { return XCTFail("expected .validationFailed, got \(error)") }
            XCTAssertEqual(response.status, 400)
            XCTAssertEqual(body, ErrorResponse(
                message: "Name: is a required field", value: nil,
                errors: [ValidationError(propertyName: "Name", message: "is a required field")],
                wasSuccessful: false
            ))
        }
        let request = try onlyRequest(of: server)
        XCTAssertEqual(request.method, "PUT")
        XCTAssertEqual(try jsonObject(request.body)["Name"], .string(""))
        XCTAssertEqual(try jsonObject(request.body)["Id"], .integer(87654321))
    }

    func testAServerErrorKeepsStatusHeadersAndBody() async throws {
        let server = try startServer(answering: .json(500, #"{"Message":"boom"}"#))

        await assertThrowsNexudusError({ try await self.client(for: server).send(CoworkerIdentityCheckAPI.get(id: 1)) }) { error in
            guard case .server(let response) = error else { return XCTFail("expected .server, got \(error)") }
            XCTAssertEqual(response.status, 500)
            XCTAssertEqual(response.body, Data(#"{"Message":"boom"}"#.utf8))
            XCTAssertEqual(response.header("content-type"), "application/json; charset=utf-8")
            XCTAssertEqual(error.serverMessage, "boom")
        }
    }

    // MARK: - Paging

    func testAllPagesFollowsHasNextPageAndStopsOnTheLastPage() async throws {
        let pages = try (1...2).map { try DocExamples.searchPage($0, of: 2) }
        let server = try startServer(maxConnections: 4) { request in
            let page = Int(queryPairs(request.query)["page"] ?? "") ?? 0
            guard pages.indices.contains(page - 1) else {
                return .json(404, #"{"Message":"no such page"}"#)
            }
            return CannedResponse(status: 200, body: pages[page - 1])
        }
        var query = CoworkerIdentityCheckSearch()
        query.size = 15
        query.orderBy = .name
        query.direction = .ascending

        var seen: [Int?] = []
        var ids: [Int?] = []
        for try await page in client(for: server).allCoworkerIdentityCheckPages(query) {
            seen.append(page.currentPage)
            ids += page.records.map(\.id)
        }

        XCTAssertEqual(seen, [1, 2])
        XCTAssertEqual(ids, [87654321, 87654322])
        XCTAssertEqual(server.requests.map(\.query), [
            "page=1&size=15&orderBy=Name&dir=0",
            "page=2&size=15&orderBy=Name&dir=0",
        ])
        XCTAssertEqual(server.acceptedConnections, 2, "no request after the page whose HasNextPage is false")
    }

    func testAllPagesStartsAtTheQuerysPage() async throws {
        let pages = try (1...3).map { try DocExamples.searchPage($0, of: 3) }
        let server = try startServer(maxConnections: 4) { request in
            let page = Int(queryPairs(request.query)["page"] ?? "") ?? 1
            return CannedResponse(status: 200, body: pages[min(max(page, 1), 3) - 1])
        }
        var query = CoworkerIdentityCheckSearch()
        query.page = 2

        var seen: [Int?] = []
        for try await page in client(for: server).allCoworkerIdentityCheckPages(query) {
            seen.append(page.currentPage)
        }

        XCTAssertEqual(seen, [2, 3])
        XCTAssertEqual(server.requests.map(\.query), ["page=2", "page=3"])
    }
}
