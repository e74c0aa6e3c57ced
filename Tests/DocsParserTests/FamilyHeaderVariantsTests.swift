import Diagnostics
@testable import DocsParser
import XCTest

/// Variants of the top of a page seen across the real family: a request sample and a title
/// line between the path and the skeleton, the site notice injected mid-paragraph, no
/// description at all, headings and `>` inside the description.
final class FamilyHeaderVariantsTests: XCTestCase {
    static let skeleton = """
        {
          "Status": 123,
          "Message": "<string>",
          "Value": "<any>",
          "WasSuccessful": true
        }
        """

    static let notice = """
        Documentation Index
        Fetch the complete documentation index at: https://learn.nexudus.com/llms.txt
        Use this file to discover all available pages before exploring further.
        """

    static let rest = """


        Authentication

        This endpoint requires OAuth2 authentication. The authenticated user must be a full unrestricted administrator or have the Gizmo-Create role.

        Request Body

        Required Fields

        Name
        string
        required
        Display name.

        Response

        200

        Status
        integer
        HTTP status code.
        """

    func testRequestSampleAndTitleBetweenPathAndSkeleton() throws {
        let page = parsePage("""
            Skip to main content
            POST
            /
            api
            /
            spaces
            /
            gizmos
            Create Gizmo
            curl --request POST \\
              --url https://spaces.nexudus.com/api/spaces/gizmos \\
              --header 'Authorization: Basic <encoded-value>' \\
              --header 'Content-Type: application/json' \\
              --data '
            {
              "Name": "<string>",
              "Size": 123
            }
            '
            \(Self.skeleton)
            Creates a Gizmo record.
            """ + Self.rest, file: "post-gizmos.txt")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
        XCTAssertEqual(page.method, .post)
        XCTAssertEqual(page.path, "/api/spaces/gizmos")
        XCTAssertEqual(page.title, "Create Gizmo")
        XCTAssertEqual(page.operation, .create)
        XCTAssertEqual(page.entity, "Gizmo")
        XCTAssertEqual(page.description, "Creates a Gizmo record.", "neither JSON object is the description")
        let sample = try XCTUnwrap(page.requestExamples.first)
        XCTAssertEqual(page.requestExamples.count, 1)
        XCTAssertEqual(sample.method, "POST")
        XCTAssertEqual(sample.url, "https://spaces.nexudus.com/api/spaces/gizmos")
        XCTAssertEqual(sample.location.line, 10)
        XCTAssertEqual(sample.body.flatMap { OrderedJSON.parse($0) }, .object([("Name", .string("<string>")), ("Size", .integer(123))]))
        XCTAssertEqual(page.parameters.map(\.name), ["Name"])
        XCTAssertEqual(page.responseFields.map(\.name), ["Status"])
    }

    func testGetRequestSampleWithoutDataThenSkeleton() {
        let page = parsePage("""
            Skip to main content
            GET
            /
            api
            /
            spaces
            /
            gizmos
            /
            {id}
            Get one Gizmo
            curl --request GET \\
              --url https://spaces.nexudus.com/api/spaces/gizmos/{id} \\
              --header 'Authorization: Basic <encoded-value>'
            {
              "Id": 123
            }
            Retrieve a single Gizmo record by its Id.

            Authentication

            The authenticated user must be a full unrestricted administrator or have the Gizmo-Read role.

            Path Parameters

            id
            integer
            required
            The Id of the Gizmo record to retrieve.

            Response

            200

            Id
            integer
            Unique record identifier.
            """, file: "get-gizmo.txt")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
        XCTAssertEqual(page.path, "/api/spaces/gizmos/{id}")
        XCTAssertEqual(page.operation, .get)
        XCTAssertEqual(page.title, "Get one Gizmo")
        XCTAssertEqual(page.requestExamples.map(\.url), ["https://spaces.nexudus.com/api/spaces/gizmos/{id}"])
        XCTAssertEqual(page.requestExamples.map(\.method), ["GET"])
        XCTAssertEqual(page.description, "Retrieve a single Gizmo record by its Id.")
    }

    /// "When creating a gizmo, set<notice>Size to …": the sentence reads whole again.
    func testNoticeInjectedMidSentenceInARenderedDescription() {
        let page = parsePage("""
            Skip to main content
            POST
            /
            api
            /
            spaces
            /
            gizmos
            \(Self.skeleton)
            A Gizmo is a small device. When creating a gizmo, set\(Self.notice)
            Size to choose its size.
            """ + Self.rest, file: "post-gizmos.txt")
        XCTAssertEqual(page.description, "A Gizmo is a small device. When creating a gizmo, set Size to choose its size.")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
        XCTAssertEqual(page.parameters.map(\.location.line), [28], "line numbers are the file's own, notice lines included")
    }

    /// The notice as three paragraphs right after the skeleton (and at the end of a
    /// description) leaves no trace.
    func testNoticeAsParagraphsAfterTheSkeletonAndAtTheEnd() {
        let page = parsePage("""
            Skip to main content
            POST
            /
            api
            /
            spaces
            /
            gizmos
            \(Self.skeleton)

            Documentation Index

            Fetch the complete documentation index at: https://learn.nexudus.com/llms.txt

            Use this file to discover all available pages before exploring further.

            Creates a Gizmo record.Documentation Index
            Fetch the complete documentation index at: https://learn.nexudus.com/llms.txt
            Use this file to discover all available pages before exploring further.
            """ + Self.rest, file: "post-gizmos.txt")
        XCTAssertEqual(page.description, "Creates a Gizmo record.")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
    }

    func testNoticeInjectedInMarkdownDescriptionAndFieldDescription() {
        let page = parsePage("""
            > ## Documentation Index
            > Fetch the complete documentation index at: https://learn.nexudus.com/llms.txt
            > Use this file to discover all available pages before exploring further.

            # Create Gizmo

            > Create a new Gizmo record.

            A **Gizmo** is a small device. When creating a gizmo, set\(Self.notice)
            `Size` to choose its size.

            ## Authentication

            <Note>
              The authenticated user must be a full unrestricted administrator or have the **`Gizmo-Create`** role.
            </Note>

            ## Request Body

            <ParamField body="Size" type="integer">
              The size of the gizmo, in\(Self.notice)
              millimetres.
            </ParamField>

            ## Code Examples

            ```bash cURL
            curl -X POST "https://spaces.nexudus.com/api/spaces/gizmos" -d '{}'
            ```
            """, file: "post-gizmos.md")
        XCTAssertEqual(page.description, "A **Gizmo** is a small device. When creating a gizmo, set `Size` to choose its size.")
        XCTAssertEqual(page.parameter("Size")?.description, "The size of the gizmo, in millimetres.")
        XCTAssertEqual(page.summary, "Create a new Gizmo record.")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
    }

    func testRenderedPageWithoutDescription() {
        let page = parsePage("""
            Skip to main content
            POST
            /
            api
            /
            spaces
            /
            gizmos
            \(Self.skeleton)
            """ + Self.rest, file: "post-gizmos.txt")
        XCTAssertNil(page.description)
        XCTAssertEqual(page.role, "Gizmo-Create")
        XCTAssertEqual(page.parameters.map(\.name), ["Name"])
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
    }

    func testMarkdownPageWithoutDescription() {
        let page = parsePage("""
            # Search Gizmos

            > Search and list Gizmo records.

            ## Authentication

            <Note>
              The authenticated user must be a full unrestricted administrator or have the **`Gizmo-List`** role.
            </Note>

            ## Query Parameters

            <ParamField query="page" type="integer" default="1">
              The page number to retrieve.
            </ParamField>

            ## Code Examples

            ```bash cURL
            curl -X GET "https://spaces.nexudus.com/api/spaces/gizmos?page=1"
            ```
            """, file: "get-gizmos.md")
        XCTAssertNil(page.description)
        XCTAssertEqual(page.operation, .search)
        XCTAssertEqual(page.path, "/api/spaces/gizmos")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
    }

    /// `### Booking policies` before `## Authentication`, bullets, and `>`/`<` in prose
    /// belong to the description; none is a section or a tag.
    func testHeadingsAndAngleBracketsInsideTheMarkdownDescription() throws {
        let page = parsePage("""
            # Search Gizmos

            > Search and list Gizmo records.

            A **Gizmo** has policies.

            ### Booking policies and restrictions

            * **Advance** — `Limit` caps bookings. If Gizmo.Cycles > 1 the price doubles, and < 0 is refused.

            ## Authentication

            <Note>
              The authenticated user must be a full unrestricted administrator or have the **`Gizmo-List`** role.
            </Note>

            ## Code Examples

            ```bash cURL
            curl -X GET "https://spaces.nexudus.com/api/spaces/gizmos"
            ```
            """, file: "get-gizmos.md")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
        let description = try XCTUnwrap(page.description)
        XCTAssertEqual(description, """
            A **Gizmo** has policies.

            ### Booking policies and restrictions

            * **Advance** — `Limit` caps bookings. If Gizmo.Cycles > 1 the price doubles, and < 0 is refused.
            """)
    }
}
