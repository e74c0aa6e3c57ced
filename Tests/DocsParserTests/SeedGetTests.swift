import Diagnostics
@testable import DocsParser
import XCTest

/// Seed 003: the rendered page text of "Get one CoworkerIdentityCheck".
final class SeedGetTests: XCTestCase {
    let page = Seed.get.parse()

    /// Every field of the record, in documented order, with its type and enum (nil: none).
    static let expectedFields: [(String, String, String?)] = [
        ("BusinessId", "integer", nil), ("BusinessName", "string", nil), ("CoworkerId", "integer", nil),
        ("CoworkerFullName", "string", nil), ("CoworkerCoworkerType", "string", nil), ("CoworkerCompanyName", "string", nil),
        ("CoworkerBillingName", "string", nil), ("Name", "string", nil),
        ("IdentityCheckProvider", "integer", "eIdentityCheckProvider"),
        ("IdentityDocumentType", "integer", "eIdentityCheckDocumentType"),
        ("IdentityDocumentNumber", "string", nil), ("IdentityDocumentIssuedBy", "string", nil),
        ("IdentityDocumentExpirationDate", "string", nil),
        ("AddressDocumentType", "integer", "eAddressCheckDocumentType"),
        ("VerificationType", "integer", "eIdVerificationType"),
        ("Description", "string", nil),
        ("VerificationStatus", "integer", "eIdVerificationStatus"),
        ("LastError", "string", nil), ("Billed", "boolean", nil), ("ProposalGuid", "string", nil),
        ("CoworkerContractGuid", "string", nil), ("ContractContactGuid", "string", nil),
        ("StripeVerificationSessionId", "string", nil), ("IdentityCheckGroupGuid", "string", nil),
        ("IdentityCheckProvider1", "integer", nil), ("VerificationType1", "integer", nil), ("Description1", "string", nil),
        ("IdentityCheckProvider2", "integer", nil), ("VerificationType2", "integer", nil), ("Description2", "string", nil),
        ("Id", "integer", nil), ("UniqueId", "string", nil), ("CreatedOn", "string", nil), ("UpdatedOn", "string", nil),
        ("UpdatedBy", "string", nil), ("IsNew", "boolean", nil), ("SystemId", "string", nil),
    ]

    func testEndpointFacts() {
        XCTAssertEqual(page.format, .rendered)
        XCTAssertEqual(page.method, .get)
        XCTAssertEqual(page.path, "/api/spaces/coworkeridentitychecks/{id}")
        XCTAssertEqual(page.entity, "CoworkerIdentityCheck")
        XCTAssertEqual(page.operation, .get)
        XCTAssertEqual(page.role, "CoworkerIdentityCheck-Read")
        XCTAssertNil(page.sortDirection)
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.joined(separator: "\n"))
    }

    func testPathParameter() {
        XCTAssertEqual(page.parameters.count, 1)
        assertParameter(page.parameter("id"), in: .path, type: "integer", required: true)
        XCTAssertEqual(page.parameter("id")?.description, "The Id of the CoworkerIdentityCheck record to retrieve.")
        XCTAssertEqual(page.parameter("id")?.location.line, 62)
    }

    func testEveryResponseFieldWithItsEnum() {
        XCTAssertEqual(page.responseFields.count, Self.expectedFields.count)
        XCTAssertEqual(page.responseFields.map(\.name), Self.expectedFields.map(\.0))
        XCTAssertEqual(page.responseFields.map(\.type), Self.expectedFields.map(\.1))
        XCTAssertEqual(page.responseFields.map(\.enum), Self.expectedFields.map(\.2))
        XCTAssertTrue(page.responseFields.allSatisfy { $0.status == 200 && $0.children.isEmpty && !$0.nullable })
        XCTAssertEqual(page.responseField("BusinessId")?.location.line, 77)
        XCTAssertEqual(page.responseField("SystemId")?.location.line, 185)
        XCTAssertEqual(page.responseField("Billed")?.description, "Billed.")
    }

    /// The get page has no Enums section: each enum's values are listed inline in the
    /// field that takes it. They are facts about the enum, kept as the page's enums.
    func testInlineEnumValuesBecomePageEnums() throws {
        XCTAssertEqual(page.enums.compactMap(\.name), [
            "eIdentityCheckProvider", "eIdentityCheckDocumentType", "eAddressCheckDocumentType", "eIdVerificationType", "eIdVerificationStatus",
        ])
        let provider = try XCTUnwrap(page.enumNamed("eIdentityCheckProvider"))
        XCTAssertEqual(valueList(provider.values), ["0 None", "1 Manual", "2 StripeIdentity"])
        XCTAssertEqual(provider.fields, ["IdentityCheckProvider"])
        XCTAssertEqual(provider.location.line, 101, "where the field that lists the values starts")
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
    }

    func testDescriptionStopsAtAuthentication() throws {
        let description = try XCTUnwrap(page.description)
        XCTAssertTrue(description.hasPrefix("A CoworkerIdentityCheck represents a manual or Stripe Identity-based verification"))
        XCTAssertTrue(description.hasSuffix("PendingSubmittedSuccessful or Failed (or Cancelled)."))
        XCTAssertFalse(description.contains("OAuth2"))
    }

    func testRequestAndResponseExamples() throws {
        XCTAssertEqual(page.requestExamples.map(\.url), ["https://spaces.nexudus.com/api/spaces/coworkeridentitychecks/87654321"])
        XCTAssertEqual(page.requestExamples.map(\.method), ["GET"])
        XCTAssertNil(page.requestExamples.first?.body)
        XCTAssertEqual(page.exampleResponses.map(\.status), [200])
        XCTAssertEqual(page.exampleResponses.first?.location.line, 189)
        guard case .object(let members)? = OrderedJSON.parse(page.exampleResponses.first?.json ?? "") else {
            return XCTFail("example response is not a JSON object")
        }
        XCTAssertEqual(members.count, 40, "the example carries keys the field list does not document (ToStringText, …)")
        XCTAssertEqual(members.first { $0.key == "Id" }?.value, .integer(87654321))
    }
}
