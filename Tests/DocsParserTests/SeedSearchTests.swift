import Diagnostics
@testable import DocsParser
import XCTest

/// Seed 002: the Markdown export of "Search CoworkerIdentityChecks".
final class SeedSearchTests: XCTestCase {
    let page = Seed.search.parse()

    /// Every equality filter in documented order, with its type and the enum it takes.
    static let filters: [(String, String, String?)] = [
        ("CoworkerIdentityCheck_Business", "integer", nil),
        ("CoworkerIdentityCheck_Business_Name", "string", nil),
        ("CoworkerIdentityCheck_Coworker", "integer", nil),
        ("CoworkerIdentityCheck_Coworker_FullName", "string", nil),
        ("CoworkerIdentityCheck_Coworker_CoworkerType", "string", nil),
        ("CoworkerIdentityCheck_Coworker_CompanyName", "string", nil),
        ("CoworkerIdentityCheck_Coworker_BillingName", "string", nil),
        ("CoworkerIdentityCheck_Name", "string", nil),
        ("CoworkerIdentityCheck_IdentityCheckProvider", "integer", "eIdentityCheckProvider"),
        ("CoworkerIdentityCheck_IdentityDocumentType", "integer", "eIdentityCheckDocumentType"),
        ("CoworkerIdentityCheck_IdentityDocumentNumber", "string", nil),
        ("CoworkerIdentityCheck_IdentityDocumentIssuedBy", "string", nil),
        ("CoworkerIdentityCheck_IdentityDocumentExpirationDate", "string", nil),
        ("CoworkerIdentityCheck_AddressDocumentType", "integer", "eAddressCheckDocumentType"),
        ("CoworkerIdentityCheck_VerificationType", "integer", "eIdVerificationType"),
        ("CoworkerIdentityCheck_Description", "string", nil),
        ("CoworkerIdentityCheck_VerificationStatus", "integer", "eIdVerificationStatus"),
        ("CoworkerIdentityCheck_LastError", "string", nil),
        ("CoworkerIdentityCheck_Billed", "boolean", nil),
        ("CoworkerIdentityCheck_ProposalGuid", "string", nil),
        ("CoworkerIdentityCheck_CoworkerContractGuid", "string", nil),
        ("CoworkerIdentityCheck_ContractContactGuid", "string", nil),
        ("CoworkerIdentityCheck_StripeVerificationSessionId", "string", nil),
        ("CoworkerIdentityCheck_IdentityCheckGroupGuid", "string", nil),
        ("CoworkerIdentityCheck_IdentityCheckProvider1", "integer", nil),
        ("CoworkerIdentityCheck_VerificationType1", "integer", nil),
        ("CoworkerIdentityCheck_Description1", "string", nil),
        ("CoworkerIdentityCheck_IdentityCheckProvider2", "integer", nil),
        ("CoworkerIdentityCheck_VerificationType2", "integer", nil),
        ("CoworkerIdentityCheck_Description2", "string", nil),
    ]

    static let ranges = [
        "from_CoworkerIdentityCheck_IdentityDocumentExpirationDate", "to_CoworkerIdentityCheck_IdentityDocumentExpirationDate",
        "from_CoworkerIdentityCheck_CreatedOn", "to_CoworkerIdentityCheck_CreatedOn",
        "from_CoworkerIdentityCheck_UpdatedOn", "to_CoworkerIdentityCheck_UpdatedOn",
    ]

    func testEndpointFacts() {
        XCTAssertEqual(page.format, .markdown)
        XCTAssertEqual(page.method, .get)
        XCTAssertEqual(page.path, "/api/spaces/coworkeridentitychecks")
        XCTAssertEqual(page.entity, "CoworkerIdentityCheck")
        XCTAssertEqual(page.operation, .search)
        XCTAssertEqual(page.role, "CoworkerIdentityCheck-List")
        XCTAssertEqual(page.title, "Search CoworkerIdentityChecks")
        XCTAssertEqual(page.summary, "Search and list CoworkerIdentityCheck records with filtering, sorting, and pagination.")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.joined(separator: "\n"))
    }

    func testEnums() throws {
        XCTAssertEqual(page.enums.map(\.name), [
            "eIdentityCheckProvider", "eIdentityCheckDocumentType", "eAddressCheckDocumentType", "eIdVerificationType", "eIdVerificationStatus",
        ])
        XCTAssertEqual(page.enums.map(\.fields), [["IdentityCheckProvider"], ["IdentityDocumentType"], ["AddressDocumentType"],
                                                  ["VerificationType"], ["VerificationStatus"]])
        XCTAssertEqual(valueList(try XCTUnwrap(page.enumNamed("eIdentityCheckProvider")).values), ["0 None", "1 Manual", "2 StripeIdentity"])
        XCTAssertEqual(valueList(try XCTUnwrap(page.enumNamed("eIdentityCheckDocumentType")).values), [
            "0 None", "1 Passport", "2 DriversLicense", "3 IdCard", "4 UniformedServiceId", "5 CertificateOfNaturalization",
            "6 AccessCard", "7 MatriculaConsular", "8 ResidentCard", "9 UniversityId", "10 NEXUSCard", "99 Other",
        ])
        XCTAssertEqual(valueList(try XCTUnwrap(page.enumNamed("eAddressCheckDocumentType")).values), [
            "0 None", "1 Passport", "2 DriversLicense", "3 IdCard", "4 LeaseRentalAgreement", "5 InsurancePolicy",
            "6 Mortgage", "7 VehicleRegistrationCard", "8 VoterCard", "99 Other",
        ])
        XCTAssertEqual(valueList(try XCTUnwrap(page.enumNamed("eIdVerificationType")).values), ["0 None", "1 IdDocument", "2 Address"])
        XCTAssertEqual(valueList(try XCTUnwrap(page.enumNamed("eIdVerificationStatus")).values),
                       ["0 None", "1 Pending", "2 Submitted", "3 Successful", "4 Failed", "5 Cancelled"])
        XCTAssertEqual(page.enums.map(\.location.line), [33, 41, 58, 73, 81])
    }

    func testPaginationAndSorting() {
        let paging = page.parameters.filter { $0.group == .pagination || $0.group == .sorting }
        XCTAssertEqual(paging.map(\.name), ["page", "size", "orderBy", "dir"])
        assertParameter(page.parameter("page"), in: .query, type: "integer", default: "1", group: .pagination)
        assertParameter(page.parameter("size"), in: .query, type: "integer", default: "25", group: .pagination)
        assertParameter(page.parameter("orderBy"), in: .query, type: "string", group: .sorting)
        assertParameter(page.parameter("dir"), in: .query, type: "integer", group: .sorting)
        XCTAssertEqual(page.parameter("dir")?.description, "Sort direction. `0` for ascending, `1` for descending.")
        XCTAssertEqual(page.sortDirection, SortDirectionEncoding(ascending: "0", descending: "1"))
    }

    func testEveryFilterWithTypeAndEnum() {
        let filters = page.parameters.filter { $0.group == .filter }
        XCTAssertEqual(filters.count, 30, "the page documents 30 equality filters (lines 114-232)")
        XCTAssertEqual(filters.map(\.name), Self.filters.map(\.0))
        XCTAssertEqual(filters.map(\.type), Self.filters.map(\.1))
        XCTAssertEqual(filters.map(\.enum), Self.filters.map(\.2))
        XCTAssertTrue(filters.allSatisfy { $0.in == .query && !$0.required && $0.default == nil })
        XCTAssertEqual(page.parameter("CoworkerIdentityCheck_Business")?.location.line, 114)
        XCTAssertEqual(page.parameter("CoworkerIdentityCheck_Business")?.description, "Filter by Business Id.")
    }

    func testRangeFilters() {
        let ranges = page.parameters.filter { $0.group == .range }
        XCTAssertEqual(ranges.map(\.name), Self.ranges)
        for range in ranges {
            assertParameter(range, in: .query, type: "string", group: .range)
            XCTAssertTrue(range.description.hasSuffix("Format: `YYYY-MM-DDTHH:mm`."), range.name)
        }
        XCTAssertEqual(page.parameters.count, 4 + 30 + 6)
        XCTAssertEqual(page.parameters.filter { $0.group == nil }, [])
    }

    func testPartialRecordsAndGetBeforePutNotes() throws {
        XCTAssertEqual(page.notes.map(\.kind), [.partialRecords, .getBeforePut])
        let partial = page.notes[0]
        XCTAssertEqual(partial.fields, ["Description", "IdentityCheckProvider1", "VerificationType1", "Description1",
                                        "IdentityCheckProvider2", "VerificationType2", "Description2"])
        XCTAssertTrue(partial.text.hasPrefix("**Partial records** — The listing endpoint returns a summary representation"))
        XCTAssertTrue(partial.text.contains("To get all fields, fetch the full record"))
        XCTAssertEqual(partial.location.line, 409)
        let rule = page.notes[1]
        XCTAssertTrue(rule.text.hasPrefix("**Important for updates:** When updating a record via `PUT`, always retrieve the full record with a `GET` request first"))
        XCTAssertEqual(rule.fields, [])
    }

    func testCurlExamples() {
        XCTAssertEqual(page.requestExamples.map(\.title), ["Simple listing", "Filtering by Name", "Range filters"])
        XCTAssertEqual(page.requestExamples.map(\.method), ["GET", "GET", "GET"])
        XCTAssertEqual(page.requestExamples.map(\.url), [
            "https://spaces.nexudus.com/api/spaces/coworkeridentitychecks?page=1&size=15&orderBy=Name&dir=0",
            "https://spaces.nexudus.com/api/spaces/coworkeridentitychecks?CoworkerIdentityCheck_Name=example-value&orderBy=Name&dir=0",
            "https://spaces.nexudus.com/api/spaces/coworkeridentitychecks?from_CoworkerIdentityCheck_UpdatedOn=2025-01-01T00:00&to_CoworkerIdentityCheck_UpdatedOn=2025-12-31T23:59&orderBy=UpdatedOn&dir=0",
        ])
        XCTAssertEqual(page.requestExamples.map(\.location.line), [266, 313, 358])
        XCTAssertTrue(page.requestExamples.allSatisfy { $0.body == nil })
    }

    func testResponseFields() throws {
        XCTAssertEqual(page.responseFields.map(\.name), [
            "Records", "CurrentPage", "CurrentPageSize", "CurrentOrderField", "CurrentSortDirection", "FirstItem",
            "LastItem", "TotalItems", "TotalPages", "HasNextPage", "HasPreviousPage",
        ])
        XCTAssertEqual(page.responseFields.map(\.type), [
            "CoworkerIdentityCheck[]", "integer", "integer", "string", "integer", "integer", "integer", "integer", "integer", "boolean", "boolean",
        ])
        XCTAssertTrue(page.responseFields.allSatisfy { $0.status == 200 && $0.enum == nil })
        XCTAssertEqual(TypeText(try XCTUnwrap(page.responseField("Records")).type).base, .entity("CoworkerIdentityCheck"))
    }

    func testExampleResponse() throws {
        XCTAssertEqual(page.exampleResponses.map(\.status), [200])
        XCTAssertEqual(page.exampleResponses.first?.location.line, 457)
        guard case .object(let members)? = OrderedJSON.parse(try XCTUnwrap(page.exampleResponses.first).json) else {
            return XCTFail("the example response is not a JSON object")
        }
        XCTAssertEqual(members.map(\.key), ["Records", "CurrentPageSize", "CurrentPage", "CurrentOrderField", "CurrentSortDirection",
                                            "FirstItem", "HasNextPage", "HasPreviousPage", "LastItem", "PageNumber", "PageSize",
                                            "TotalItems", "TotalPages"])
        guard case .array(let records)? = members.first?.value, case .object(let record)? = records.first else {
            return XCTFail("Records is not an array of objects")
        }
        XCTAssertEqual(records.count, 1)
        XCTAssertEqual(record.count, 33)
        XCTAssertEqual(record.first { $0.key == "Id" }?.value, .integer(87654321))
    }
}
