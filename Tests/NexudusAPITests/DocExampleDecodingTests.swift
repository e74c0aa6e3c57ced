import Foundation
import NexudusAPI
import XCTest

/// The docs' own example responses decode into the generated types and encode back to the
/// same JSON, through the public API only, as a user's app would use it.
final class DocExampleDecodingTests: XCTestCase {
    func testGetExampleDecodesIntoTheFullRecord() throws {
        let example = try DocExample.find(entity: "CoworkerIdentityCheck", kind: "get", status: 200)
        let record = try decode(CoworkerIdentityCheck.self, example.json)

        XCTAssertEqual(record.id, 87654321)
        XCTAssertEqual(record.uniqueId, "a1b2c3d4-e5f6-7890-abcd-ef1234567890")
        XCTAssertEqual(record.name, "")
        XCTAssertEqual(record.businessId, 0)
        XCTAssertNil(record.businessName)
        XCTAssertEqual(record.billed, false)
        XCTAssertEqual(record.isNew, false)
        XCTAssertEqual(record.updatedBy, "admin@example.com")
        XCTAssertEqual(record.verificationStatus, IdVerificationStatus.noneValue)
        XCTAssertEqual(record.identityCheckProvider, IdentityCheckProvider.noneValue)
        XCTAssertEqual(record.identityDocumentType, IdentityCheckDocumentType.noneValue)
        XCTAssertEqual(record.addressDocumentType, AddressCheckDocumentType.noneValue)
        XCTAssertEqual(record.verificationType, IdVerificationType.noneValue)
        XCTAssertNil(record.identityDocumentExpirationDate)
        XCTAssertEqual(record.updatedOn?.rawValue, "2025-01-15T10:30:00Z")
        XCTAssertEqual(record.createdOn?.instant, Date(timeIntervalSince1970: 1_736_496_000))  // 2025-01-10T08:00:00Z
        // Keys the docs do not list are kept, with their values.
        XCTAssertEqual(record.additionalProperties, [
            "ToStringText": .string("CoworkerIdentityCheck Example"),
            "LocalizationDetails": .null,
            "CustomFields": .null,
        ])

        try assertEncodesAs(record, example.json)
        XCTAssertEqual(try JSONDecoder().decode(CoworkerIdentityCheck.self, from: JSONEncoder().encode(record)), record)
    }

    func testSearchExampleDecodesIntoAListOfListingRecords() throws {
        let example = try DocExample.find(entity: "CoworkerIdentityCheck", kind: "search", status: 200)
        let list = try decode(ListResult<CoworkerIdentityCheckListing>.self, example.json)

        XCTAssertEqual(list.records.count, 1)
        XCTAssertEqual(list.records.first?.id, 87654321)
        XCTAssertEqual(list.records.first?.updatedOn?.rawValue, "2025-01-15T10:30:00Z")
        XCTAssertEqual(list.records.first?.additionalProperties["ToStringText"], .string("CoworkerIdentityCheck Example"))
        XCTAssertEqual(list.currentPage, 1)
        XCTAssertEqual(list.currentPageSize, 15)
        XCTAssertEqual(list.currentOrderField, "Name")
        // The search page documents `dir` as 0 (ascending) and 1 (descending).
        XCTAssertEqual(list.currentSortDirectionValue, 1)
        XCTAssertEqual(list.currentSortDirection, .descending)
        XCTAssertEqual(list.firstItem, 1)
        XCTAssertEqual(list.lastItem, 1)
        XCTAssertEqual(list.totalItems, 1)
        XCTAssertEqual(list.totalPages, 1)
        XCTAssertEqual(list.hasNextPage, false)
        XCTAssertEqual(list.hasPreviousPage, false)
        XCTAssertEqual(list.additionalProperties, ["PageNumber": .integer(1), "PageSize": .integer(15)])

        try assertEncodesAs(list, example.json)
        XCTAssertEqual(try JSONDecoder().decode(ListResult<CoworkerIdentityCheckListing>.self, from: JSONEncoder().encode(list)), list)
    }

    func testCreateAndUpdateSuccessBodiesDecodeIntoActionResult() throws {
        let examples = try DocExample.all().filter { ["create", "update"].contains($0.kind) && $0.status == 200 }
        XCTAssertEqual(Set(examples.map(\.operation)),
                       ["Coworker.create", "CoworkerIdentityCheckDocument.create", "CoworkerIdentityCheckDocument.update"])
        for example in examples {
            let result = try decode(ActionResult.self, example.json)
            XCTAssertEqual(result.status, 200, example.operation)
            XCTAssertEqual(result.value?.id, 87654321, example.operation)
            XCTAssertEqual(result.wasSuccessful, true, example.operation)
            XCTAssertNil(result.errors, example.operation)
            let verb = example.kind == "create" ? "created" : "updated"
            XCTAssertEqual(result.message, "\(example.entity) was successfully \(verb).", example.operation)
            XCTAssertEqual(result.additionalProperties, [
                "OpenInDialog": .bool(false),
                "OpenInWindow": .bool(false),
                "RedirectURL": .null,
                "JavaScript": .null,
                "UpdatedOn": .string("2025-01-15T10:30:00Z"),
                "UpdatedBy": .string("admin@example.com"),
            ], example.operation)
            try assertEncodesAs(result, example.json)
        }
    }

    func testValidationErrorBodiesDecodeIntoErrorResponse() throws {
        let examples = try DocExample.all().filter { $0.status == 400 }
        XCTAssertEqual(Set(examples.map(\.operation)),
                       ["Coworker.create", "CoworkerIdentityCheckDocument.create", "CoworkerIdentityCheckDocument.update"])
        for example in examples {
            let response = try decode(ErrorResponse.self, example.json)
            let field = example.entity == "Coworker" ? "FullName" : "Name"
            XCTAssertEqual(response.message, "\(field): is a required field", example.operation)
            XCTAssertEqual(response.wasSuccessful, false, example.operation)
            XCTAssertEqual(response.value ?? .null, .null, example.operation)
            XCTAssertEqual(response.errors, [ValidationError(propertyName: field, message: "is a required field")], example.operation)
            XCTAssertEqual(response.errors?.first?.description, response.message, "the summary reads as the first error")
            XCTAssertEqual(response.additionalProperties, [:], example.operation)
            try assertEncodesAs(response, example.json)
        }
    }

    /// Every example in the schema has a generated type that reads and writes it losslessly.
    func testEveryDocumentedExampleRoundTrips() throws {
        let examples = try DocExample.all()
        XCTAssertGreaterThanOrEqual(examples.count, 8)
        for example in examples {
            switch (example.entity, example.kind, example.status) {
            case ("CoworkerIdentityCheck", "get", 200):
                try assertEncodesAs(try decode(CoworkerIdentityCheck.self, example.json), example.json)
            case ("CoworkerIdentityCheck", "search", 200):
                try assertEncodesAs(try decode(ListResult<CoworkerIdentityCheckListing>.self, example.json), example.json)
            case (_, "create", 200), (_, "update", 200), (_, "delete", 200):
                try assertEncodesAs(try decode(ActionResult.self, example.json), example.json)
            case (_, _, 400):
                try assertEncodesAs(try decode(ErrorResponse.self, example.json), example.json)
            default:
                XCTFail("no behaviour test knows the type of the \(example.status) example of \(example.operation); add one")
            }
        }
    }

    /// The comparison itself tells `false` from `0` and `null` from a missing key, so the
    /// round-trip assertions above cannot pass by accident.
    func testJSONComparisonIsStrict() throws {
        func differences(_ actual: String, _ expected: String) throws -> [String] {
            JSONDifference.between(try JSONSerialization.jsonObject(with: Data(actual.utf8), options: [.fragmentsAllowed]),
                                   try JSONSerialization.jsonObject(with: Data(expected.utf8), options: [.fragmentsAllowed]), at: "$")
        }
        XCTAssertEqual(try differences(#"{"A": false}"#, #"{"A": 0}"#), ["$.A is false, expected number 0"])
        XCTAssertEqual(try differences(#"{"A": 1}"#, #"{"A": true}"#), ["$.A is number 1, expected true"])
        XCTAssertEqual(try differences(#"{"A": null}"#, #"{}"#), ["$.A is extra"])
        XCTAssertEqual(try differences(#"{}"#, #"{"A": null}"#), ["$.A is missing"])
        XCTAssertEqual(try differences(#"{"A": [1, 2.5, "x", null, false]}"#, #"{"A": [1, 2.5, "x", null, false]}"#), [])
        XCTAssertEqual(try differences(#""1""#, #"1"#), [#"$ is "1", expected number 1"#])
    }
}
