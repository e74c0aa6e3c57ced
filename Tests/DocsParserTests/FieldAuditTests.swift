import Diagnostics
@testable import DocsParser
import Foundation
import XCTest

/// The parser must account for every field a page shows: each one read, or reported on
/// its line. The counts here are made independently of the parser, from the raw text.
final class FieldAuditTests: XCTestCase {
    /// `<ParamField`/`<ResponseField` occurrences outside code fences.
    static func markdownFieldTags(in text: String) -> Int {
        var inFence = false
        var count = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") { inFence.toggle(); continue }
            if inFence { continue }
            count += trimmed.components(separatedBy: "<ParamField").count - 1
            count += trimmed.components(separatedBy: "<ResponseField").count - 1
        }
        return count
    }

    static let typeWord = try! NSRegularExpression(pattern: #"^(integer|string|boolean|number|object|array|any|[A-Za-z]+\[\]|e[A-Z][A-Za-z0-9]*\??)$"#)
    static let identifier = try! NSRegularExpression(pattern: #"^[A-Za-z_][A-Za-z0-9_]*$"#)

    static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Lines holding a type word right after an identifier line, inside the sections that
    /// hold fields (Path/Query Parameters, Request Body, Response).
    static func renderedFieldGroups(in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        var inFieldSection = false
        var count = 0
        for (index, line) in lines.enumerated() {
            let isBareLine = index > 0 && lines[index - 1].isEmpty && (index + 1 == lines.count || lines[index + 1].isEmpty)
            if isBareLine, ["Path Parameters", "Query Parameters", "Request Body", "Response"].contains(line) { inFieldSection = true }
            if isBareLine, ["Authentication", "Enums", "Code Examples"].contains(line) { inFieldSection = false }
            guard inFieldSection, index > 0, matches(typeWord, line), matches(identifier, lines[index - 1]) else { continue }
            count += 1
        }
        return count
    }

    static func fieldCount(_ fields: [ResponseField]) -> Int {
        fields.reduce(0) { $0 + 1 + fieldCount($1.children) }
    }

    func testEveryMarkdownSeedFieldTagBecomesAField() {
        for seed in [Seed.markdownCreate, .search] {
            let page = seed.parse()
            let present = Self.markdownFieldTags(in: seed.text)
            XCTAssertGreaterThan(present, 0)
            XCTAssertEqual(page.parameters.count + Self.fieldCount(page.responseFields), present, seed.file)
            XCTAssertFalse(page.diagnostics.contains { $0.id == .fieldCountMismatch }, seed.file)
        }
        XCTAssertEqual(Self.markdownFieldTags(in: Seed.markdownCreate.text), 10 + 5 + 4 + 3)
        XCTAssertEqual(Self.markdownFieldTags(in: Seed.search.text), 40 + 11)
    }

    /// The rendering shows only top-level field groups; the error list's children come
    /// from the response skeleton and are counted apart.
    func testEveryRenderedSeedFieldGroupBecomesAField() {
        for seed in [Seed.renderedUpdate, .get, .coworkerCreate] {
            let page = seed.parse()
            let present = Self.renderedFieldGroups(in: seed.text)
            XCTAssertEqual(page.parameters.count + page.responseFields.count, present, seed.file)
        }
        XCTAssertEqual(Self.renderedFieldGroups(in: Seed.renderedUpdate.text), 11 + 5 + 4)
        XCTAssertEqual(Self.renderedFieldGroups(in: Seed.get.text), 1 + 37)
        XCTAssertEqual(Self.renderedFieldGroups(in: Seed.coworkerCreate.text), 183 + 5 + 4)
    }

    func testNoUnexpectedDiagnosticsOnAnySeed() {
        let expected: [Seed: [String]] = [.renderedUpdate: ["warning unnamedEnumTable @30"]]
        for seed in Seed.allCases {
            XCTAssertEqual(seed.parse().diagnosticSummary, expected[seed] ?? [], seed.file)
        }
    }

    // MARK: Fields seen but not read are reported on their line

    static let markdownHead = """
        # Create Widget

        > Create a new Widget record.

        ## Authentication

        <Note>
          The authenticated user must be a full unrestricted administrator or have the **`Widget-Create`** role.
        </Note>

        ## Request Body

        """

    static let markdownTail = """

        ## Code Examples

        ```bash cURL
        curl -X POST "https://spaces.nexudus.com/api/spaces/widgets" -d '{}'
        ```
        """

    func markdownPage(_ body: String) -> ParsedPage {
        parsePage(Self.markdownHead + "\n" + body + Self.markdownTail, file: "widget.md")
    }

    /// The head and a blank line are 12 lines, so the body's first line is line 13.
    func testParamFieldWithoutNameIsAnErrorOnItsLine() {
        let page = markdownPage("""
            <ParamField type="string" required>
              No name.
            </ParamField>
            """)
        XCTAssertEqual(page.diagnosticSummary, ["error missingAttribute @13"])
        XCTAssertEqual(page.parameters, [])
    }

    func testParamFieldWithoutTypeIsAnErrorOnItsLine() {
        let page = markdownPage("""
            <ParamField body="Name" required>
              Display name.
            </ParamField>

            <ParamField body="Colour" type="integer">
              Colour.
            </ParamField>
            """)
        XCTAssertEqual(page.diagnosticSummary, ["error missingAttribute @13"])
        XCTAssertEqual(page.parameters.map(\.name), ["Colour"])
    }

    func testResponseFieldWithoutNameOrTypeIsAnErrorOnItsLine() {
        let page = parsePage(Self.markdownHead + "\n## Response\n\n<ResponseField type=\"string\">\n  x\n</ResponseField>\n\n<ResponseField name=\"Id\">\n  y\n</ResponseField>\n" + Self.markdownTail, file: "widget.md")
        XCTAssertEqual(page.diagnosticSummary, ["error missingAttribute @15", "error missingAttribute @19"])
        XCTAssertEqual(page.responseFields, [])
    }

    func testTagNotClosedOnItsLineIsAnError() {
        let page = markdownPage("""
            <ParamField body="Name" type="string" required
              Display name.
            </ParamField>

            <ParamField body="Colour" type="integer">
              Colour.
            </ParamField>
            """)
        XCTAssertTrue(page.diagnosticSummary.contains("error unclosedTag @13"), page.diagnosticSummary.description)
        XCTAssertEqual(page.parameters.map(\.name), ["Colour"])
        XCTAssertFalse(page.diagnostics.contains { $0.id == .fieldCountMismatch })
    }

    func testFieldNeverClosedIsAnErrorAndTheNextFieldIsStillRead() {
        let page = markdownPage("""
            <ParamField body="Name" type="string" required>
              Display name.

            <ParamField body="Colour" type="integer">
              Colour.
            </ParamField>
            """)
        XCTAssertEqual(page.diagnosticSummary, ["error unclosedTag @13"])
        XCTAssertEqual(page.parameters.map(\.name), ["Name", "Colour"])
    }

    /// A field inside a block that does not read fields (here an enum accordion) is not
    /// dropped silently: the audit names its line.
    func testFieldHiddenInsideAnotherBlockIsReportedOnItsLine() {
        let page = markdownPage("""
            <Accordion title="eColour — Colour values">
              | Value | Name |
              | ----- | ---- |
              | 1     | Red  |
              <ParamField body="Hidden" type="string">
                Never read.
              </ParamField>
            </Accordion>
            """)
        XCTAssertTrue(page.diagnosticSummary.contains("error fieldCountMismatch @17"), page.diagnosticSummary.description)
        XCTAssertEqual(page.parameters, [])
    }

    static let renderedHead = """
        Skip to main content
        POST
        /
        api
        /
        spaces
        /
        widgets
        Creates a Widget.

        Authentication

        This endpoint requires OAuth2 authentication. The authenticated user must be a full unrestricted administrator or have the Widget-Create role.

        Request Body

        Required Fields

        """

    /// Prose in a field section that is neither a field nor a note is kept, with a warning.
    func testGarbageInARenderedFieldSectionIsAWarningOnItsLine() {
        let page = parsePage(Self.renderedHead + "\n" + """
            Name
            string
            required
            Display name.

            %% this is not a field ##
            Colour
            integer
            The colour.
            """, file: "widget.txt")
        XCTAssertEqual(page.diagnosticSummary, ["warning unreadableLine @24"])
        XCTAssertEqual(page.parameters.map(\.name), ["Name", "Colour"])
        XCTAssertEqual(page.notes.map(\.text), ["%% this is not a field ##"])
    }

    func testUnknownTypeInARenderedFieldIsAWarningOnItsTypeLine() {
        let page = parsePage(Self.renderedHead + "\nName\nstrnig\nrequired\nDisplay name.\n", file: "widget.txt")
        XCTAssertEqual(page.diagnosticSummary, ["warning unknownFieldType @20"])
        XCTAssertEqual(page.parameter("Name")?.type, "strnig")
    }
}
