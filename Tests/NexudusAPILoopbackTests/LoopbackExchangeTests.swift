// Create, update, get and search over a real HTTP exchange on 127.0.0.1: what goes on the
// wire is checked byte for byte against the docs, and the docs' example answers decode.

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LoopbackSupport
import NexudusAPI
import XCTest

final class LoopbackExchangeTests: LoopbackTestCase {
    func testCreateCoworkerPostsDocumentedJSONAndDecodesTheNewId() async throws {
        let server = try startServer(answering: .json(200, try DocExamples.response("Coworker.create", status: 200)))
        var body = CreateCoworkerRequest(fullName: "Ada Lovelace", email: "ada@example.com", countryId: 1220, simpleTimeZoneId: 47)
        body.businesses = [1414]
        body.createUser = true
        body.mobilePhone = "+44 20 7946 0000"

        let result = try await client(for: server).send(CoworkerAPI.create(body))

        let request = try onlyRequest(of: server)
        XCTAssertEqual(request.method, "POST")
        XCTAssertEqual(request.target, "/api/spaces/coworkers")
        XCTAssertNil(request.query)
        XCTAssertEqual(request.header("Host"), "127.0.0.1:\(server.port)")
        assertStandardHeaders(request, hasBody: true)
        // Only what the caller set is sent: the documented defaults ("Defaults to
        // eGender.NotSet", …) are the server's to apply.
        XCTAssertEqual(try jsonObject(request.body), [
            "FullName": .string("Ada Lovelace"),
            "Email": .string("ada@example.com"),
            "CountryId": .integer(1220),
            "SimpleTimeZoneId": .integer(47),
            "Businesses": .array([.integer(1414)]),
            "CreateUser": .bool(true),
            "MobilePhone": .string("+44 20 7946 0000"),
        ])

        XCTAssertEqual(result.value?.id, 87654321)
        XCTAssertEqual(result.status, 200)
        XCTAssertEqual(result.wasSuccessful, true)
        XCTAssertEqual(result.message, "Coworker was successfully created.")
        XCTAssertNil(result.errors)
        XCTAssertEqual(result.additionalProperties["OpenInDialog"], .bool(false))
        XCTAssertEqual(result.additionalProperties["UpdatedBy"], .string("admin@example.com"))
    }

    func testUpdateDocumentPutsTheIdInTheBody() async throws {
        let server = try startServer(answering: .json(200, try DocExamples.response("CoworkerIdentityCheckDocument.update", status: 200)))
        var body = UpdateCoworkerIdentityCheckDocumentRequest(id: 87654321, coworkerId: 1234, coworkerIdentityCheckId: 5678, name: "Passport")
        body.clearPhotoFile = true
        body.newDocumentUrl = "https://example.com/front.png"
        body.notes = "Checked \"twice\" & OK"

        let result = try await client(for: server).send(CoworkerIdentityCheckDocumentAPI.update(body))

        let request = try onlyRequest(of: server)
        XCTAssertEqual(request.method, "PUT")
        XCTAssertEqual(request.target, "/api/spaces/coworkeridentitycheckdocuments")
        assertStandardHeaders(request, hasBody: true)
        XCTAssertEqual(try jsonObject(request.body), [
            "Id": .integer(87654321),
            "CoworkerId": .integer(1234),
            "CoworkerIdentityCheckId": .integer(5678),
            "Name": .string("Passport"),
            "ClearPhotoFile": .bool(true),
            "NewDocumentUrl": .string("https://example.com/front.png"),
            "Notes": .string("Checked \"twice\" & OK"),
        ])
        XCTAssertEqual(result.value?.id, 87654321)
        XCTAssertEqual(result.message, "CoworkerIdentityCheckDocument was successfully updated.")
    }

    func testGetIdentityCheckFillsThePathAndDecodesTheRecord() async throws {
        let server = try startServer(answering: .json(200, try DocExamples.response("CoworkerIdentityCheck.get", status: 200)))

        let record = try await client(for: server).send(CoworkerIdentityCheckAPI.get(id: 87654321))

        let request = try onlyRequest(of: server)
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.target, "/api/spaces/coworkeridentitychecks/87654321")
        XCTAssertTrue(try DocExamples.requestTargets("CoworkerIdentityCheck.get").contains(request.target))
        assertStandardHeaders(request, hasBody: false)

        XCTAssertEqual(record.id, 87654321)
        XCTAssertEqual(record.name, "")
        XCTAssertEqual(record.billed, false)
        XCTAssertEqual(record.isNew, false)
        XCTAssertEqual(record.businessId, 0)
        XCTAssertNil(record.businessName)
        XCTAssertEqual(record.verificationStatus, IdVerificationStatus.noneValue)
        XCTAssertEqual(record.identityCheckProvider, IdentityCheckProvider.noneValue)
        XCTAssertEqual(record.identityCheckProvider1, 0)
        XCTAssertEqual(record.uniqueId, "a1b2c3d4-e5f6-7890-abcd-ef1234567890")
        XCTAssertEqual(record.updatedBy, "admin@example.com")
        XCTAssertEqual(record.createdOn?.rawValue, "2025-01-10T08:00:00Z")
        XCTAssertEqual(record.updatedOn?.instant, Date(timeIntervalSince1970: 1_736_937_000))
        XCTAssertEqual(record.additionalProperties["ToStringText"], .string("CoworkerIdentityCheck Example"))
    }

    func testBaseURLWithAPathPrefixKeepsThePrefix() async throws {
        let server = try startServer(answering: .json(200, try DocExamples.response("CoworkerIdentityCheck.get", status: 200)))
        let client = NexudusClient(
            baseURL: server.baseURL.appendingPathComponent("gateway/"), token: Self.token,
            transport: URLSessionTransport(session: loopbackSession)
        )

        _ = try await client.send(CoworkerIdentityCheckAPI.get(id: 42))

        XCTAssertEqual(try onlyRequest(of: server).target, "/gateway/api/spaces/coworkeridentitychecks/42")
    }

    // MARK: - Search

    private func searchTarget(_ query: CoworkerIdentityCheckSearch) async throws -> (RecordedRequest, ListResult<CoworkerIdentityCheckListing>) {
        let server = try startServer(answering: .json(200, try DocExamples.response("CoworkerIdentityCheck.search", status: 200)))
        let page = try await client(for: server).send(CoworkerIdentityCheckAPI.search(query))
        let request = try onlyRequest(of: server)
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.path, "/api/spaces/coworkeridentitychecks")
        assertStandardHeaders(request, hasBody: false)
        return (request, page)
    }

    func testSearchByNameSendsTheDocumentedQueryAndDecodesTheListing() async throws {
        var query = CoworkerIdentityCheckSearch()
        query.name = "example-value"
        query.orderBy = .name
        query.direction = .ascending

        let (request, page) = try await searchTarget(query)

        XCTAssertEqual(request.query, "CoworkerIdentityCheck_Name=example-value&orderBy=Name&dir=0")
        XCTAssertTrue(try DocExamples.requestTargets("CoworkerIdentityCheck.search").contains(request.target))
        XCTAssertEqual(page.records.map(\.id), [87654321])
        XCTAssertEqual(page.records.first?.uniqueId, "a1b2c3d4-e5f6-7890-abcd-ef1234567890")
        XCTAssertEqual(page.currentPage, 1)
        XCTAssertEqual(page.currentPageSize, 15)
        XCTAssertEqual(page.currentOrderField, "Name")
        XCTAssertEqual(page.totalItems, 1)
        XCTAssertEqual(page.hasNextPage, false)
        XCTAssertEqual(page.additionalProperties["PageSize"], .integer(15))
    }

    func testSearchWithPageSizeAndSortSendsTheDocumentedQuery() async throws {
        var query = CoworkerIdentityCheckSearch()
        query.page = 1
        query.size = 15
        query.orderBy = .name
        query.direction = .ascending

        let (request, _) = try await searchTarget(query)

        XCTAssertEqual(request.query, "page=1&size=15&orderBy=Name&dir=0")
        XCTAssertTrue(try DocExamples.requestTargets("CoworkerIdentityCheck.search").contains(request.target))
    }

    func testSearchWithARangeFilterSendsTheDocumentedDateForm() async throws {
        var query = CoworkerIdentityCheckSearch()
        query.updatedOnFrom = NexudusDate(rawValue: "2025-01-01T00:00")
        query.updatedOnTo = NexudusDate(rawValue: "2025-12-31T23:59")
        query.orderBy = .updatedOn
        query.direction = .ascending

        let (request, _) = try await searchTarget(query)

        XCTAssertEqual(
            request.query,
            "from_CoworkerIdentityCheck_UpdatedOn=2025-01-01T00:00&to_CoworkerIdentityCheck_UpdatedOn=2025-12-31T23:59&orderBy=UpdatedOn&dir=0"
        )
        XCTAssertTrue(try DocExamples.requestTargets("CoworkerIdentityCheck.search").contains(request.target))
    }

    func testSearchWithEveryKindOfFilterEscapesValuesOnTheWire() async throws {
        var query = CoworkerIdentityCheckSearch()
        query.coworkerId = 42
        query.name = "A&B Ltd=1+1"
        query.verificationStatus = .pending
        query.billed = false
        query.createdOnFrom = NexudusDate(rawValue: "2025-01-01T00:00")
        query.createdOnTo = NexudusDate(rawValue: "2025-06-30T23:59")
        query.page = 2
        query.size = 50
        query.orderBy = .createdOn
        query.direction = .descending

        let (request, _) = try await searchTarget(query)

        XCTAssertEqual(request.query, [
            "CoworkerIdentityCheck_Coworker=42",
            "CoworkerIdentityCheck_Name=A%26B%20Ltd%3D1%2B1",
            "CoworkerIdentityCheck_VerificationStatus=1",
            "CoworkerIdentityCheck_Billed=false",
            "from_CoworkerIdentityCheck_CreatedOn=2025-01-01T00:00",
            "to_CoworkerIdentityCheck_CreatedOn=2025-06-30T23:59",
            "page=2", "size=50", "orderBy=CreatedOn", "dir=1",
        ].joined(separator: "&"))
        XCTAssertEqual(queryPairs(request.query)["CoworkerIdentityCheck_Name"], "A&B Ltd=1+1")
    }
}
