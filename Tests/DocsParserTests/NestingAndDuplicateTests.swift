import Diagnostics
@testable import DocsParser
import XCTest

/// Parser rules behind the bad-page corpus (`Tests/CLITests/Fixtures/BadPages`) that the
/// corpus, which only holds broken pages, cannot show: what stays valid next to them.
final class NestingAndDuplicateTests: XCTestCase {
    /// MDX does not need indentation: a field inside an open `<Expandable>` is a child,
    /// not the next field of a parent that was never closed.
    func testUnindentedExpandableChildrenAreChildren() throws {
        let page = parsePage(BadPageTests.markdown("""
            ## Response

            ### 200

            <ResponseField name="Value" type="object">
            Contains the Id of the new record.
            <Expandable title="properties">
            <ResponseField name="Id" type="integer">
            The record's Id.
            </ResponseField>
            </Expandable>
            </ResponseField>

            <ResponseField name="WasSuccessful" type="boolean">
            Whether it worked.
            </ResponseField>
            """), file: "gizmo.md")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
        XCTAssertEqual(page.responseFields.map(\.name), ["Value", "WasSuccessful"])
        let value = try XCTUnwrap(page.responseFields.first)
        XCTAssertEqual(value.children.map(\.name), ["Id"])
        XCTAssertEqual(value.description, "Contains the Id of the new record.")
    }

    /// Documented twice with the same type: one property, and a warning naming both places.
    func testSameFieldTwiceWithTheSameTypeKeepsTheFirst() {
        let page = parsePage(BadPageTests.markdown("""
            ## Request Body

            <ParamField body="Name" type="string" required>
              Display name.
            </ParamField>

            <ParamField body="Name" type="string">
              Display name, again.
            </ParamField>
            """), file: "gizmo.md")
        XCTAssertEqual(page.parameters.map(\.name), ["Name"])
        XCTAssertEqual(page.parameters.first?.required, true, "the first is kept")
        XCTAssertEqual(page.diagnostics.map(\.rendered), [
            "gizmo.md:17:1: warning: 'Name' is documented twice in the request body; the first is kept\ngizmo.md:13:1: note: first documented here",
        ])
    }

    /// The same name in another place or another response is not a duplicate.
    func testSameNameInAnotherPlaceOrStatusIsNotADuplicate() {
        let page = parsePage(BadPageTests.markdown("""
            ## Query Parameters

            <ParamField query="Name" type="string">
              Filter by name.
            </ParamField>

            ## Request Body

            <ParamField body="Name" type="string">
              Display name.
            </ParamField>

            ## Response

            ### 200

            <ResponseField name="Message" type="string">
              Done.
            </ResponseField>

            ### 400

            <ResponseField name="Message" type="string">
              What went wrong.
            </ResponseField>
            """), file: "gizmo.md")
        XCTAssertEqual(page.parameters.map(\.name), ["Name", "Name"])
        XCTAssertEqual(page.responseFields.map(\.status), [200, 400])
        XCTAssertFalse(page.diagnostics.contains { $0.id == .duplicateField }, page.diagnosticSummary.description)
    }

    /// A rendered page may end on a field's description; only a bare name as the last
    /// line, with no type after it, is a page cut off mid-field.
    func testRenderedPageEndingOnADescriptionIsNotCutOff() {
        let page = parsePage("""
            Skip to main content
            POST
            /
            api
            /
            spaces
            /
            gizmos
            Create a Gizmo.

            Authentication

            The authenticated user must be a full unrestricted administrator or have the Gizmo-Create role.

            Request Body

            Teams
            integer[]
            Teams.
            """, file: "gizmo.txt")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
        XCTAssertEqual(page.parameters.map(\.description), ["Teams."])
    }
}
