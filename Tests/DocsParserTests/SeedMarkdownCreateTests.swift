import Diagnostics
@testable import DocsParser
import XCTest

/// Seed 000: the Markdown export of "Create CoworkerIdentityCheckDocument".
final class SeedMarkdownCreateTests: XCTestCase {
    let page = Seed.markdownCreate.parse()

    func testEndpointFacts() {
        XCTAssertEqual(page.format, .markdown)
        XCTAssertEqual(page.method, .post)
        XCTAssertEqual(page.path, "/api/spaces/coworkeridentitycheckdocuments")
        XCTAssertEqual(page.entity, "CoworkerIdentityCheckDocument")
        XCTAssertEqual(page.operation, .create)
        XCTAssertEqual(page.role, "CoworkerIdentityCheckDocument-Create")
        XCTAssertEqual(page.title, "Create CoworkerIdentityCheckDocument")
        XCTAssertEqual(page.summary, "Create a new CoworkerIdentityCheckDocument record.")
        XCTAssertNil(page.sortDirection)
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.joined(separator: "\n"))
    }

    func testDescriptionKeepsEveryParagraphButNotTheNotice() throws {
        let description = try XCTUnwrap(page.description)
        XCTAssertTrue(description.hasPrefix("A **CoworkerIdentityCheckDocument** represents a document submitted"))
        XCTAssertTrue(description.contains("| Back       | `AdditionalDocument` |"))
        XCTAssertTrue(description.hasSuffix("`Pending` → `Submitted` → `Successful` or `Failed` (or `Cancelled`)."))
        XCTAssertFalse(description.contains("Documentation Index"))
        XCTAssertFalse(description.contains("llms.txt"))
        XCTAssertFalse(description.contains("Create a new CoworkerIdentityCheckDocument record."), "the summary is not the description")
    }

    func testEnum() throws {
        XCTAssertEqual(page.enums.count, 1)
        let status = try XCTUnwrap(page.enumNamed("eIdVerificationStatus"))
        XCTAssertEqual(valueList(status.values), ["0 None", "1 Pending", "2 Submitted", "3 Successful", "4 Failed", "5 Cancelled"])
        XCTAssertEqual(status.fields, ["VerificationStatus"])
        XCTAssertEqual(status.location.line, 30)
    }

    func testBodyFields() {
        XCTAssertEqual(page.bodyFields.map(\.name), [
            "CoworkerId", "CoworkerIdentityCheckId", "Name", "NewPhotoUrl", "ClearPhotoFile", "NewDocumentUrl",
            "ClearDocumentFile", "NewAdditionalDocumentUrl", "ClearAdditionalDocumentFile", "Notes",
        ])
        XCTAssertEqual(page.parameters.count, 10, "a create page has no query or path parameters")
        assertParameter(page.parameter("CoworkerId"), in: .body, type: "integer", required: true)
        assertParameter(page.parameter("CoworkerIdentityCheckId"), in: .body, type: "integer", required: true)
        assertParameter(page.parameter("Name"), in: .body, type: "string", required: true)
        assertParameter(page.parameter("NewPhotoUrl"), in: .body, type: "string")
        assertParameter(page.parameter("ClearPhotoFile"), in: .body, type: "boolean")
        assertParameter(page.parameter("Notes"), in: .body, type: "string")
        XCTAssertEqual(page.parameter("Name")?.description, "Display name for this document record.")
        XCTAssertEqual(page.parameter("CoworkerId")?.location, SourceLocation(file: Seed.markdownCreate.file, line: 45))
        XCTAssertEqual(page.bodyFields.filter(\.required).map(\.name), ["CoworkerId", "CoworkerIdentityCheckId", "Name"])
    }

    func testSuccessResponseFields() {
        let fields = page.responseFields.filter { $0.status == 200 }
        XCTAssertEqual(fields.map(\.name), ["Status", "Message", "Value", "WasSuccessful", "Errors"])
        XCTAssertEqual(fields.map(\.type), ["integer", "string", "object", "boolean", "array"])
        XCTAssertEqual(page.responseField("Value")?.description, "Contains the `Id` of the newly created record.")
        XCTAssertTrue(fields.allSatisfy { $0.children.isEmpty && $0.enum == nil })
    }

    func testErrorResponseFieldsWithExpandableChildren() throws {
        let fields = page.responseFields.filter { $0.status == 400 }
        XCTAssertEqual(fields.map(\.name), ["Message", "Value", "Errors", "WasSuccessful"])
        XCTAssertEqual(fields.map(\.type), ["string", "any", "object[]", "boolean"])
        let errors = try XCTUnwrap(page.responseField("Errors", status: 400))
        XCTAssertEqual(errors.description, "Array of validation errors.")
        XCTAssertEqual(errors.children.map(\.name), ["AttemptedValue", "Message", "PropertyName"])
        XCTAssertEqual(errors.children.map(\.type), ["any", "string", "string"])
        XCTAssertEqual(errors.children.map(\.status), [400, 400, 400])
        XCTAssertEqual(errors.children.map(\.location.line), [198, 202, 206])
        XCTAssertEqual(errors.children[0].description, "The value that was submitted for the field, or `null` if missing.")
    }

    func testRequestExampleIsTheCurlSampleOnly() throws {
        XCTAssertEqual(page.requestExamples.count, 1, "JavaScript and Python samples are not read")
        let example = try XCTUnwrap(page.requestExamples.first)
        XCTAssertEqual(example.method, "POST")
        XCTAssertEqual(example.url, "https://spaces.nexudus.com/api/spaces/coworkeridentitycheckdocuments")
        XCTAssertEqual(example.location.line, 91)
        let body = try XCTUnwrap(example.body)
        XCTAssertEqual(OrderedJSON.parse(body), .object([("CoworkerId", .integer(0)), ("CoworkerIdentityCheckId", .integer(0)), ("Name", .string(""))]))
    }

    func testExampleResponses() throws {
        XCTAssertEqual(page.exampleResponses.map(\.status), [200, 400])
        XCTAssertEqual(page.exampleResponses.map(\.location.line), [166, 216])
        let success = try XCTUnwrap(OrderedJSON.parse(page.exampleResponses[0].json))
        guard case .object(let members) = success else { return XCTFail("not an object") }
        XCTAssertEqual(members.map(\.key), ["Status", "Message", "Value", "OpenInDialog", "OpenInWindow", "RedirectURL",
                                            "JavaScript", "UpdatedOn", "UpdatedBy", "Errors", "WasSuccessful"])
        XCTAssertEqual(members.first { $0.key == "Value" }?.value, .object([("Id", .integer(87654321))]))
        let failure = try XCTUnwrap(OrderedJSON.parse(page.exampleResponses[1].json))
        guard case .object(let errorMembers) = failure else { return XCTFail("not an object") }
        XCTAssertEqual(errorMembers.first { $0.key == "Message" }?.value, .string("Name: is a required field"))
    }

    func testNoNotesOtherThanTheDocumentedOnes() {
        XCTAssertEqual(page.notes, [], "the create page has no Warning; the Authentication note is the role")
    }
}
