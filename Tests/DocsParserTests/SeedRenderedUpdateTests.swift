import Diagnostics
@testable import DocsParser
import XCTest

/// Seed 001: the rendered page text of "Update CoworkerIdentityCheckDocument".
final class SeedRenderedUpdateTests: XCTestCase {
    let page = Seed.renderedUpdate.parse()

    func testEndpointFacts() {
        XCTAssertEqual(page.format, .rendered)
        XCTAssertEqual(page.method, .put)
        XCTAssertEqual(page.path, "/api/spaces/coworkeridentitycheckdocuments")
        XCTAssertEqual(page.location.line, 2, "the method line")
        XCTAssertEqual(page.entity, "CoworkerIdentityCheckDocument")
        XCTAssertEqual(page.operation, .update)
        XCTAssertEqual(page.role, "CoworkerIdentityCheckDocument-Edit")
        XCTAssertNil(page.title, "the rendered text carries no title line")
        XCTAssertNil(page.summary)
        XCTAssertNil(page.sortDirection)
        XCTAssertEqual(page.description, "Updates an existing CoworkerIdentityCheckDocument record. You must include the Id of the record to update along with all required fields.")
    }

    /// The page's only diagnostic: its enum table lost its name and no field on the page
    /// refers to it; the merge names it from another page (see APISchemaTests).
    func testOnlyDiagnosticIsTheUnnamedEnumTable() {
        XCTAssertEqual(page.diagnosticSummary, ["warning unnamedEnumTable @30"])
        XCTAssertEqual(page.diagnostics.first?.severity, .warning)
    }

    func testUnnamedEnumTableKeepsEveryValue() throws {
        XCTAssertEqual(page.enums.count, 1)
        let table = try XCTUnwrap(page.enums.first)
        XCTAssertNil(table.name)
        XCTAssertEqual(valueList(table.values), ["0 None", "1 Pending", "2 Submitted", "3 Successful", "4 Failed", "5 Cancelled"])
        XCTAssertEqual(table.location.line, 30)
    }

    func testBodyFields() {
        XCTAssertEqual(page.bodyFields.map(\.name), [
            "Id", "CoworkerId", "CoworkerIdentityCheckId", "Name", "NewPhotoUrl", "ClearPhotoFile", "NewDocumentUrl",
            "ClearDocumentFile", "NewAdditionalDocumentUrl", "ClearAdditionalDocumentFile", "Notes",
        ])
        XCTAssertEqual(page.parameters.count, 11)
        assertParameter(page.parameter("Id"), in: .body, type: "integer", required: true)
        assertParameter(page.parameter("Name"), in: .body, type: "string", required: true)
        assertParameter(page.parameter("ClearAdditionalDocumentFile"), in: .body, type: "boolean")
        XCTAssertEqual(page.parameter("Id")?.description, "The Id of the CoworkerIdentityCheckDocument record to update.")
        XCTAssertEqual(page.parameter("Id")?.location.line, 42)
        XCTAssertEqual(page.parameter("Notes")?.location.line, 79)
        XCTAssertEqual(page.bodyFields.filter(\.required).map(\.name), ["Id", "CoworkerId", "CoworkerIdentityCheckId", "Name"])
    }

    func testResponseFields() throws {
        let success = page.responseFields.filter { $0.status == 200 }
        XCTAssertEqual(success.map(\.name), ["Status", "Message", "Value", "WasSuccessful", "Errors"])
        XCTAssertEqual(success.map(\.type), ["integer", "string", "object", "boolean", "array"])
        XCTAssertEqual(page.responseField("Status")?.description, "HTTP status code. 200 on success.")
        let failure = page.responseFields.filter { $0.status == 400 }
        XCTAssertEqual(failure.map(\.name), ["Message", "Value", "Errors", "WasSuccessful"])
        XCTAssertEqual(failure.map(\.type), ["string", "any", "object[]", "boolean"])
        XCTAssertEqual(failure.map(\.location.line), [134, 137, 140, 143])
    }

    /// The rendering drops the `Expandable` children of the error list; the response
    /// skeleton still shows them, so they are filled in from it.
    func testErrorChildrenComeFromTheSkeleton() throws {
        let errors = try XCTUnwrap(page.responseField("Errors", status: 400))
        XCTAssertEqual(errors.children.map(\.name), ["AttemptedValue", "Message", "PropertyName"])
        XCTAssertEqual(errors.children.map(\.type), ["any", "string", "string"])
        XCTAssertEqual(errors.children.map(\.status), [400, 400, 400])
        XCTAssertEqual(page.responseField("Errors")?.children, [], "the success Errors is a plain array")
        XCTAssertEqual(page.responseField("Value")?.children, [], "the skeleton's Value is <any>")
    }

    func testRequestExample() throws {
        let example = try XCTUnwrap(page.requestExamples.first)
        XCTAssertEqual(page.requestExamples.count, 1)
        XCTAssertEqual(example.method, "PUT")
        XCTAssertEqual(example.url, "https://spaces.nexudus.com/api/spaces/coworkeridentitycheckdocuments")
        XCTAssertEqual(example.location.line, 85)
        let body = try XCTUnwrap(example.body.flatMap { OrderedJSON.parse($0) })
        XCTAssertEqual(body, .object([("CoworkerId", .integer(0)), ("CoworkerIdentityCheckId", .integer(0)),
                                      ("Name", .string("")), ("Id", .integer(87654321))]))
    }

    func testExampleResponses() throws {
        XCTAssertEqual(page.exampleResponses.map(\.status), [200, 400])
        XCTAssertEqual(page.exampleResponses.map(\.location.line), [116, 147])
        for example in page.exampleResponses {
            XCTAssertNotNil(OrderedJSON.parse(example.json), "example at line \(example.location.line) is JSON")
        }
        XCTAssertTrue(page.exampleResponses[0].json.contains("\"Message\": \"CoworkerIdentityCheckDocument was successfully updated.\""))
        XCTAssertTrue(page.exampleResponses[1].json.contains("\"Message\": \"Name: is a required field\""))
    }

    func testNoNotes() {
        XCTAssertEqual(page.notes, [])
    }
}
