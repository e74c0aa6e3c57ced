import Diagnostics
@testable import DocsParser
import XCTest

/// Search pages across the family: the `dir` encoding each page states, number and
/// boolean filters, range filters without a date format, every documented type word, and
/// a rendering that lost its field names.
final class FamilySearchVariantsTests: XCTestCase {
    /// `dir` documented as `1` ascending / `-1` descending, with number and integer
    /// filters and range filters that carry no date format.
    func testSortDirectionOneMinusOneAndNumberFilters() {
        let page = parsePage("""
            Skip to main content
            GET
            /
            api
            /
            billing
            /
            gadgets
            {
              "Records": [
                {}
              ],
              "CurrentPage": 123
            }

            \(FamilyOperationVariantsTests.authentication("Gadget-List"))

            Query Parameters

            Pagination & Sorting

            page
            integer
            default:"1"
            The page number to retrieve.
            dir
            integer
            Sort direction. 1 for ascending, -1 for descending.

            Filters

            Gadget_Price
            number
            Filter by price.
            Gadget_Visible
            boolean
            Filter by visible.

            Range Filters

            from_Gadget_Price
            number
            Filter by price greater than or equal to this value.
            to_Gadget_PassesIncluded
            integer
            Filter by passes included less than or equal to this value.

            Response

            200

            Records
            Gadget[]
            The records.
            Extra
            any
            Anything.
            Meta
            object
            Meta.
            Tags
            array
            Tags.
            """, file: "get-gadgets.txt")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
        XCTAssertNil(page.description, "the skeleton is followed by Authentication")
        XCTAssertEqual(page.operation, .search)
        XCTAssertEqual(page.sortDirection, SortDirectionEncoding(ascending: "1", descending: "-1"))
        assertParameter(page.parameter("page"), in: .query, type: "integer", default: "1", group: .pagination)
        assertParameter(page.parameter("Gadget_Price"), in: .query, type: "number", group: .filter)
        assertParameter(page.parameter("Gadget_Visible"), in: .query, type: "boolean", group: .filter)
        assertParameter(page.parameter("from_Gadget_Price"), in: .query, type: "number", group: .range)
        assertParameter(page.parameter("to_Gadget_PassesIncluded"), in: .query, type: "integer", group: .range)
        XCTAssertEqual(page.responseFields.map(\.type), ["Gadget[]", "any", "object", "array"])
        XCTAssertEqual(page.responseFields.map { TypeText($0.type).base }, [.entity("Gadget"), .any, .object, .array])
    }

    /// The wording of `dir` decides; nothing is assumed when it says nothing usable.
    func testSortDirectionWordings() {
        XCTAssertEqual(DescriptionFacts.sortDirection(in: "Sort direction. `0` for ascending, `1` for descending."),
                       SortDirectionEncoding(ascending: "0", descending: "1"))
        XCTAssertEqual(DescriptionFacts.sortDirection(in: "Sort direction. 1 for ascending, -1 for descending."),
                       SortDirectionEncoding(ascending: "1", descending: "-1"))
        XCTAssertEqual(DescriptionFacts.sortDirection(in: "Sort direction: ascending (1) or descending (-1)."),
                       SortDirectionEncoding(ascending: "1", descending: "-1"))
        XCTAssertNil(DescriptionFacts.sortDirection(in: "Sort direction."))
    }

    /// A rendering that kept the descriptions but lost every name and type line cannot
    /// be read faithfully: an error names the page and the section.
    func testLostFieldNamesIsAnErrorNamingThePage() throws {
        let page = parsePage("""
            Skip to main content
            POST
            /
            api
            /
            spaces
            /
            gadgets
            Creates a Gadget.

            \(FamilyOperationVariantsTests.authentication("Gadget-Create"))

            Request Body

            Required Fields

            Display name.
            Price of the gadget.

            Optional Fields

            Whether it is visible.
            """, file: "post-gadgets.txt")
        let lost = page.diagnostics.filter { $0.id == .lostFieldNames }
        XCTAssertEqual(lost.map(\.severity), [.error])
        XCTAssertEqual(lost.first?.location, SourceLocation(file: "post-gadgets.txt", line: 15))
        XCTAssertTrue(try XCTUnwrap(lost.first).rendered.hasPrefix("post-gadgets.txt:15:1: error: "))
        XCTAssertEqual(page.parameters, [], "nothing is guessed")
    }

    /// The batch page in the Markdown export: the path comes from the cURL sample, the
    /// 200 section is prose and a partial-records warning.
    func testMarkdownBatchPage() {
        let page = parsePage("""
            # Get multiple Gadgets

            > Fetch several Gadget records in one request.

            ## Authentication

            <Note>
              The authenticated user must be a full unrestricted administrator or have the **`Gadget-Read`** role.
            </Note>

            ## Query Parameters

            <ParamField query="id" type="integer[]" required>
              A comma-separated list of Gadget Ids enclosed in square brackets, e.g. [123,456,789].
            </ParamField>

            ## Code Examples

            ```bash cURL
            curl -X GET "https://spaces.nexudus.com/api/sys/gadgets/?id=[123,456,789]" -H "Authorization: Bearer YOUR_TOKEN"
            ```

            ## Response

            ### 200

            Returns an array of Gadget records.

            <Warning>
              **Partial records** — The following fields are **not populated**: `Notes`, `Secret`.
            </Warning>

            ```json Example Response
            [{"Id": 123}]
            ```
            """, file: "get-gadgets-batch.md")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
        XCTAssertEqual(page.operation, .getMany)
        XCTAssertEqual(page.path, "/api/sys/gadgets/")
        XCTAssertEqual(page.entity, "Gadget")
        XCTAssertEqual(page.requestExamples.map(\.url), ["https://spaces.nexudus.com/api/sys/gadgets/?id=[123,456,789]"])
        assertParameter(page.parameter("id"), in: .query, type: "integer[]", required: true)
        XCTAssertEqual(page.notes.map(\.kind), [.other, .partialRecords])
        XCTAssertEqual(page.notes.last?.fields, ["Notes", "Secret"])
        XCTAssertEqual(page.exampleResponses.map(\.status), [200])
    }
}
