import Diagnostics
@testable import DocsParser
import Foundation
import XCTest

/// Pages that are broken or are not endpoint pages: each gives a diagnostic with an id and
/// a place, errors for what cannot be read at all, warnings for what was read but not
/// understood, and never a crash.
final class BadPageTests: XCTestCase {
    func assertSingle(_ page: ParsedPage, _ severity: Severity, _ id: DiagnosticID, line: Int,
                      file: StaticString = #filePath, sourceLine: UInt = #line) {
        let matching = page.diagnostics.filter { $0.id == id }
        XCTAssertEqual(matching.count, 1, page.diagnosticSummary.description, file: file, line: sourceLine)
        XCTAssertEqual(matching.first?.severity, severity, file: file, line: sourceLine)
        XCTAssertEqual(matching.first?.location?.line, line, file: file, line: sourceLine)
        XCTAssertEqual(matching.first?.location?.file, page.file, "the diagnostic names the file", file: file, line: sourceLine)
    }

    func testEmptyFile() {
        for text in ["", "\n\n", "   \n\t\n"] {
            let page = PageReader.parse(file: "empty.md", data: Data(text.utf8))
            XCTAssertEqual(page.diagnosticSummary, ["error emptyFile @1"], "text \(text.debugDescription)")
            XCTAssertNil(page.method)
        }
    }

    func testNotUTF8PointsAtTheFirstBadByte() {
        var data = Data("# Create Gizmo\n\nA gizmo ".utf8)
        data.append(contentsOf: [0xC3, 0x28])  // a lead byte followed by a non-continuation byte
        data.append(contentsOf: Data(" costs 5\u{20AC}.\n".utf8))
        let page = PageReader.parse(file: "latin1.md", data: data)
        assertSingle(page, .error, .notUTF8, line: 3)
        XCTAssertEqual(page.diagnostics.first?.location?.column, 9)
        XCTAssertEqual(page.diagnostics.count, 1)
    }

    func testTruncatedUTF8Sequence() {
        let page = PageReader.parse(file: "cut.txt", data: Data("Skip to main content\nGET\n".utf8) + Data([0xE2, 0x82]))
        assertSingle(page, .error, .notUTF8, line: 3)
    }

    func testPlainTextIsNotAnEndpointPage() {
        let page = parsePage("Just some notes\nabout nothing in particular.\n", file: "notes.txt")
        assertSingle(page, .error, .notAnEndpointPage, line: 1)
        XCTAssertEqual(page.diagnostics.count, 1)
    }

    /// A guide under /rest-api/ in the Markdown export: a title and prose, no endpoint.
    func testMarkdownGuideIsNotAnEndpointPage() {
        let page = parsePage("""
            > ## Documentation Index
            > Fetch the complete documentation index at: https://learn.nexudus.com/llms.txt
            > Use this file to discover all available pages before exploring further.

            # Custom Fields in Records

            Custom fields let you store extra data.

            ## How it works

            * Each record has up to 30 custom fields.
            """, file: "custom-fields-in-records.md")
        assertSingle(page, .error, .notAnEndpointPage, line: 5)
        XCTAssertEqual(page.diagnostics.count, 1, page.diagnosticSummary.description)
        XCTAssertTrue(page.diagnostics[0].message.contains("Custom Fields in Records"))
    }

    /// Crawls that kept neither the skip link nor a method line (the notice first, the
    /// compressed reference) are refused, not misread. A learn site breadcrumb cut off
    /// after its title is read as what it is (`LearnCutOffTests`).
    func testDegradedCrawlsAreNotEndpointPages() {
        let crawls = [
            "Documentation Index\nFetch the complete documentation index at: https://learn.nexudus.com/llms.txt\nUse this file to discover all available pages before exploring further.\nA CoworkerSetting holds a value.\n",
            "REST API Reference\nComplete reference for every endpoint in the Nexudus REST API\nRetrieve a single UserMessage record by its Id.\n{ \"BusinessId\": 123 }\nAuthorization\nUserMessage-Read\n",
        ]
        for (index, text) in crawls.enumerated() {
            let page = parsePage(text, file: "crawl\(index).txt")
            XCTAssertEqual(page.diagnostics.map(\.id), [.notAnEndpointPage], "crawl \(index)")
            XCTAssertEqual(page.diagnostics.map(\.severity), [.error], "crawl \(index)")
            XCTAssertNil(page.method)
        }
    }

    func testRenderedPageWithoutMethodIsAnError() {
        let page = parsePage("Skip to main content\n\nAuthentication\n\nSomething.\n", file: "broken.txt")
        XCTAssertTrue(page.diagnostics.contains { $0.id == .missingMethod && $0.severity == .error && $0.location?.line == 3 },
                      page.diagnosticSummary.description)
    }

    /// A segment with a character a path does not have would end the path there, the rest
    /// read as the title: an error at the segment instead. A slash before prose is no segment.
    func testRenderedPathSegmentWithOtherCharactersIsAnError() {
        for segment in ["coworkers(1)", #"a"b"#, #"a\b"#, "#tag"] {
            let page = parsePage("Skip to main content\nGET\n/\napi\n/\nspaces\n/\n\(segment)\nA description.\n", file: "path.txt")
            XCTAssertEqual(page.diagnostics.filter { $0.id == .invalidPathSegment }.map(\.rendered), [
                "path.txt:8:1: error: '\(segment)' after the path '/api/spaces/' is not a path segment: a segment holds letters, digits and -_.~{}[],?= only",
            ], segment)
        }
        let trailing = parsePage("Skip to main content\nGET\n/\napi\n/\nspaces\n/\nRetrieve every space.\n", file: "path.txt")
        XCTAssertFalse(trailing.diagnostics.contains { $0.id == .invalidPathSegment }, trailing.diagnosticSummary.description)
    }

    static func markdown(_ body: String) -> String {
        """
        # Create Gizmo

        > Create a new Gizmo record.

        ## Authentication

        <Note>
          The authenticated user must be a full unrestricted administrator or have the **`Gizmo-Create`** role.
        </Note>

        \(body)

        ## Code Examples

        ```bash cURL
        curl -X POST "https://spaces.nexudus.com/api/spaces/gizmos" -d '{}'
        ```
        """
    }

    /// Examples become conformance tests: one that is not JSON, or nests 10,000 deep, is a
    /// warning at the page and no test, not a failure in the generated tests.
    func testExamplesThatAreNotJSONAreWarningsAndDropped() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let page = parsePage(Self.markdown("""
            ## Request Body

            <ParamField body="Name" type="string" required>
              Display name.
            </ParamField>

            ## Response

            ### 200

            ```json
            \(deep)
            ```

            ### 400

            ```json
            {"Status": 400,
            ```

            ### 409

            ```json
            {"Status": 409}
            ```
            """).replacingOccurrences(of: "-d '{}'", with: "-d '{\"Name\": }'"), file: "gizmo.md")
        XCTAssertEqual(page.exampleResponses.map(\.status), [409])
        XCTAssertEqual(page.requestExamples.map(\.body), [nil])
        XCTAssertEqual(page.diagnostics.filter { $0.id == .invalidExampleJSON }.map(\.rendered), [
            "gizmo.md:21:1: warning: the 200 response example is not JSON nested at most 64 deep; no test is made from it",
            "gizmo.md:27:1: warning: the 400 response example is not JSON nested at most 64 deep; no test is made from it",
            "gizmo.md:40:1: warning: the request example's body is not JSON nested at most 64 deep; no test is made from it",
        ])
    }

    /// Body lines start at line 11.
    func testUnknownTagIsAWarningAndItsContentIsStillRead() {
        let page = parsePage(Self.markdown("""
            ## Request Body

            <Sparkle kind="new">
            <ParamField body="Name" type="string" required>
              Display name.
            </ParamField>
            </Sparkle>
            """), file: "gizmo.md")
        assertSingle(page, .warning, .unknownTag, line: 13)
        XCTAssertEqual(page.parameters.map(\.name), ["Name"])
        XCTAssertFalse(page.diagnostics.hasErrors, page.diagnosticSummary.description)
    }

    func testUnknownTypeNameIsAWarningAndTheTypeIsKept() {
        let page = parsePage(Self.markdown("""
            ## Request Body

            <ParamField body="Shape" type="polygon">
              The outline.
            </ParamField>
            """), file: "gizmo.md")
        assertSingle(page, .warning, .unknownFieldType, line: 13)
        XCTAssertEqual(page.parameter("Shape")?.type, "polygon")
        XCTAssertEqual(page.diagnostics.count, 1, page.diagnosticSummary.description)
    }

    func testUnknownSectionHeadingIsAWarningAndItsTextIsKept() {
        let page = parsePage(Self.markdown("""
            ## TypeScript Integration

            Use the generated types.

            ## Request Body

            <ParamField body="Name" type="string" required>
              Display name.
            </ParamField>
            """), file: "gizmo.md")
        assertSingle(page, .warning, .unknownHeading, line: 11)
        XCTAssertEqual(page.notes.map(\.text), ["Use the generated types."])
        XCTAssertEqual(page.parameters.map(\.name), ["Name"])
        XCTAssertEqual(page.diagnostics.count, 1, page.diagnosticSummary.description)
    }

    func testUnknownSubsectionHeadingIsAWarning() {
        let page = parsePage(Self.markdown("""
            ## Request Body

            ### Deprecated Fields

            <ParamField body="Name" type="string">
              Display name.
            </ParamField>
            """), file: "gizmo.md")
        assertSingle(page, .warning, .unknownHeading, line: 13)
        XCTAssertEqual(page.parameters.map(\.name), ["Name"])
    }

    func testCutOffPagesReportWhereTheyStop() {
        let cutInCode = parsePage(Self.markdown("## Response\n\n```json Example Response\n{\"Status\": 200"), file: "cut.md")
        XCTAssertTrue(cutInCode.diagnostics.contains { $0.id == .unclosedCodeBlock && $0.severity == .error },
                      cutInCode.diagnosticSummary.description)
        let cutInEnum = parsePage("Skip to main content\nPOST\n/\napi\n/\nspaces\n/\ngizmos\n\nEnums\n\nValueName\n", file: "cut.txt")
        XCTAssertTrue(cutInEnum.diagnostics.contains { $0.id == .truncatedTable && $0.location?.line == 12 },
                      cutInEnum.diagnosticSummary.description)
    }
}
