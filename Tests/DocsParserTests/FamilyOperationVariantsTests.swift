import Diagnostics
@testable import DocsParser
import XCTest

/// The operation kinds beyond the seeds (batch get, commands, run command, delete) and
/// the shapes their pages take: batch paths split over lines with no skeleton, prose-only
/// responses, a 500 with an example and no fields.
final class FamilyOperationVariantsTests: XCTestCase {
    static func authentication(_ role: String) -> String {
        "Authentication\n\nThis endpoint requires OAuth2 authentication. The authenticated user must be a full unrestricted administrator or have the \(role) role."
    }

    func testBatchGetPathSplitOverLinesWithoutSkeleton() throws {
        let page = parsePage("""
            Skip to main content
            GET
            /
            api
            /
            sys
            /
            gadgets
            /
            ?id=[
            {id1}
            ,
            {id2}
            ,
            {id3}
            ]
            Fetch several Gadget records in a single request by passing their Ids as a comma-separated list.

            \(Self.authentication("Gadget-Read"))

            Query Parameters

            id
            integer[]
            required
            A comma-separated list of Gadget Ids enclosed in square brackets, e.g. [123,456,789].

            Response

            200

            Returns an array of Gadget records. Each record has the same structure as the response from the Get one Gadget endpoint.
            Example Response
            [
              {
                "Id": 1,
                "Name": "A"
              }
            ]
            """, file: "get-gadgets-batch.txt")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
        XCTAssertEqual(page.operation, .getMany)
        XCTAssertEqual(page.path, "/api/sys/gadgets/", "the query is documented as the id parameter; the slash before it is the API's")
        XCTAssertEqual(page.entity, "Gadget")
        XCTAssertEqual(page.description, "Fetch several Gadget records in a single request by passing their Ids as a comma-separated list.")
        assertParameter(page.parameter("id"), in: .query, type: "integer[]", required: true)
        XCTAssertEqual(page.responseFields, [])
        XCTAssertEqual(page.exampleResponses.map(\.status), [200])
        XCTAssertEqual(page.exampleResponses.first?.location.line, 36)
        XCTAssertEqual(OrderedJSON.parse(page.exampleResponses.first?.json ?? ""), .array([.object([("Id", .integer(1)), ("Name", .string("A"))])]))
        XCTAssertEqual(page.notes.map(\.text), ["Returns an array of Gadget records. Each record has the same structure as the response from the Get one Gadget endpoint."])
    }

    func testListCommandsPage() {
        let page = parsePage("""
            Skip to main content
            GET
            /
            api
            /
            spaces
            /
            gadgets
            /
            commands
            {
              "Key": "<string>",
              "Order": 123,
              "RequiresParameters": [
                {}
              ]
            }
            Lists the commands available for Gadget records.

            \(Self.authentication("Gadget-List"))

            Query Parameters

            id
            integer
            If provided, only commands available for this specific Gadget are returned.

            Response

            200

            Returns an array of available commands.
            Key
            string
            The command key.
            Order
            integer
            Display order.
            RequiresParameters
            object[]
            Parameters the command needs.
            Example Response
            [
              {
                "Key": "Archive",
                "Order": 1,
                "RequiresParameters": [],
                "Icon": null
              }
            ]
            """, file: "get-gadgets-commands.txt")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
        XCTAssertEqual(page.operation, .listCommands)
        XCTAssertEqual(page.path, "/api/spaces/gadgets/commands")
        XCTAssertEqual(page.role, "Gadget-List")
        assertParameter(page.parameter("id"), in: .query, type: "integer")
        XCTAssertEqual(page.responseFields.map(\.name), ["Key", "Order", "RequiresParameters"])
        XCTAssertEqual(page.responseFields.map(\.type), ["string", "integer", "object[]"])
        XCTAssertEqual(page.exampleResponses.map(\.status), [200])
    }

    func testRunCommandPageInMarkdownWithoutSubsections() {
        let page = parsePage("""
            # Run command for Gadgets

            > Run a command on Gadget records.

            ## Authentication

            <Note>
              The authenticated user must be a full unrestricted administrator or have the **`Gadget-Update`** role.
            </Note>

            ## Request Body

            <ParamField body="Key" type="string" required>
              The command key. See the [Commands endpoint](/rest-api/spaces/get-gadgets-commands).
            </ParamField>

            <ParamField body="Ids" type="integer[]" required>
              The Ids of the records.
            </ParamField>

            <ParamField body="Parameters" type="object[]">
              Parameter values.
            </ParamField>

            ## Code Examples

            ```bash cURL theme={null}
            curl -X POST \\
              "https://spaces.nexudus.com/api/spaces/gadgets/runcommand" \\
              -d '{"Key": "Archive", "Ids": [1]}'
            ```

            ## Response

            ### 200

            <ResponseField name="Value" type="object">
              The result.
            </ResponseField>
            """, file: "post-gadgets-runcommand.md")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
        XCTAssertEqual(page.operation, .runCommand)
        XCTAssertEqual(page.method, .post)
        XCTAssertEqual(page.path, "/api/spaces/gadgets/runcommand")
        XCTAssertEqual(page.entity, "Gadget")
        assertParameter(page.parameter("Key"), in: .body, type: "string", required: true)
        assertParameter(page.parameter("Ids"), in: .body, type: "integer[]", required: true)
        assertParameter(page.parameter("Parameters"), in: .body, type: "object[]")
    }

    func testDeletePageEndingWithA500Example() throws {
        let page = parsePage("""
            Skip to main content
            DELETE
            /
            api
            /
            billing
            /
            gadgets
            /
            {id}
            {
              "Status": 123,
              "Value": {},
              "Errors": [
                {}
              ]
            }
            Deletes a Gadget record.
            This action is permanent and cannot be undone.

            \(Self.authentication("Gadget-Delete"))

            Path Parameters

            id
            integer
            required
            The Id of the Gadget record to delete.

            Response

            200

            Status
            integer
            HTTP status code.
            Value
            object
            Empty.
            Example Response
            {
              "Status": 200
            }

            500

            Example Response
            {
              "Status": 500,
              "Message": "An error occurred while deleting the record."
            }
            """, file: "delete-gadgets.txt")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
        XCTAssertEqual(page.operation, .delete)
        XCTAssertEqual(page.path, "/api/billing/gadgets/{id}")
        assertParameter(page.parameter("id"), in: .path, type: "integer", required: true)
        XCTAssertEqual(page.responseFields.map(\.status), [200, 200])
        XCTAssertEqual(page.exampleResponses.map(\.status), [200, 500])
        XCTAssertEqual(page.exampleResponses.map(\.location.line), [43, 50])
        XCTAssertTrue(try XCTUnwrap(page.exampleResponses.last).json.contains("An error occurred while deleting the record."))
    }

    func testMarkdownDeleteWithWarningBeforeAuthentication() {
        let page = parsePage("""
            # Delete Gadget

            > Delete a Gadget record.

            Deletes a Gadget record.

            <Warning>
              This action is permanent and cannot be undone.
            </Warning>

            ## Authentication

            <Note>
              The authenticated user must be a full unrestricted administrator or have the **`Gadget-Delete`** role.
            </Note>

            ## Path Parameters

            <ParamField path="id" type="integer" required>
              The Id of the Gadget record to delete.
            </ParamField>

            ## Code Examples

            ```bash cURL
            curl -X DELETE "https://spaces.nexudus.com/api/billing/gadgets/87654321"
            ```

            ## Response

            ### 500

            ```json Example Response
            {"Status": 500}
            ```
            """, file: "delete-gadgets.md")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
        XCTAssertEqual(page.operation, .delete)
        XCTAssertEqual(page.path, "/api/billing/gadgets/{id}")
        XCTAssertEqual(page.description, "Deletes a Gadget record.")
        XCTAssertEqual(page.notes.map(\.text), ["This action is permanent and cannot be undone."])
        XCTAssertEqual(page.exampleResponses.map(\.status), [500])
    }
}
