@testable import DocsParser
import XCTest

/// A rendered page's description lines become Markdown that keeps the structure the
/// rendering still shows: paragraphs, tables, lists, arrows; no text is dropped.
final class RenderedMarkdownTests: XCTestCase {
    private func markdown(_ text: String) -> String? {
        RenderedMarkdown.markdown(text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    func testEachLineIsAParagraphOfItsOwn() {
        XCTAssertEqual(markdown("First block.\nSecond block.\n\nThird block."), "First block.\n\nSecond block.\n\nThird block.")
    }

    func testTableRowsStayTogetherWithBlankLinesAround() {
        let text = "The type decides:\n| Type | Purpose |\n|---|---|\n| IdDocument (1) | Identity |\n| Address (2) | Address |\nAfter the table."
        XCTAssertEqual(markdown(text), "The type decides:\n\n| Type | Purpose |\n|---|---|\n| IdDocument (1) | Identity |\n| Address (2) | Address |\n\nAfter the table.")
    }

    func testListItemsStayTogetherAndBulletsBecomeMarkdown() {
        XCTAssertEqual(markdown("Either:\n• the first\n•  the second\nDone."), "Either:\n\n- the first\n- the second\n\nDone.")
        XCTAssertEqual(markdown("Steps:\n1) open\n2. close"), "Steps:\n\n1. open\n2. close")
        XCTAssertEqual(markdown("- a\n* b"), "- a\n* b")
    }

    /// The byte-level answer and the Character-level rule agree at their edges: a bullet
    /// without its blank, a blank a combining mark joins, numbered and Unicode bullets.
    func testListItemEdges() {
        XCTAssertEqual(RenderedMarkdown.listItem("- a"), "- a")
        XCTAssertEqual(RenderedMarkdown.listItem("+ a"), "+ a")
        XCTAssertNil(RenderedMarkdown.listItem("-a"))
        XCTAssertNil(RenderedMarkdown.listItem("-"))
        XCTAssertNil(RenderedMarkdown.listItem("- \u{301}a"), "the blank and the mark are one Character, not a blank")
        XCTAssertEqual(RenderedMarkdown.listItem("- é"), "- é")
        XCTAssertEqual(RenderedMarkdown.listItem("• a"), "- a")
        XCTAssertEqual(RenderedMarkdown.listItem("2) a"), "2. a")
        XCTAssertEqual(RenderedMarkdown.listItem("12. a"), "12. a")
        XCTAssertNil(RenderedMarkdown.listItem("A sentence."))
        XCTAssertFalse(RenderedMarkdown.isTableRow("a | b |"))
        XCTAssertFalse(RenderedMarkdown.isTableRow("|\u{301} a"))
        XCTAssertTrue(RenderedMarkdown.isTableRow("| a | b |"))
    }

    func testArrowsAreKept() {
        XCTAssertEqual(markdown("Lifecycle: Pending → Submitted → Successful."), "Lifecycle: Pending → Submitted → Successful.")
    }

    func testALowercaseLineContinuesTheWrappedSentence() {
        XCTAssertEqual(markdown("Include a valid bearer token in the\nheader of every request."),
                       "Include a valid bearer token in the\nheader of every request.")
        XCTAssertEqual(markdown("A paragraph.\n\nlowercase after a blank line."), "A paragraph.\n\nlowercase after a blank line.")
    }

    /// The developers rendering glued the table's cells; nothing can split them reliably, so
    /// every line is kept, as a paragraph, and no word is lost.
    func testGluedCellsAreKeptWordForWord() throws {
        let text = "The VerificationType determines the nature of the check:\nVerificationTypePurpose\nIdDocument (1)Verifies identity\nAddress (2)Verifies address"
        let result = try XCTUnwrap(markdown(text))
        XCTAssertEqual(result.split(separator: "\n", omittingEmptySubsequences: true), text.split(separator: "\n"))
        XCTAssertEqual(result.components(separatedBy: "\n\n").count, 4)
    }

    func testNoTextIsNil() {
        XCTAssertNil(markdown(""))
        XCTAssertNil(markdown("\n  \n"))
    }

    /// The export's own Markdown: a tag's body loses the indentation all its lines share, a
    /// nested list item keeps its own, so the list stays nested.
    func testTheExportKeepsANestedListInAFieldsText() throws {
        let page = PageReader.parse(file: "create-lockers.md", text: """
            # Create Locker

            ## Request Body

            <ParamField body="Size" type="integer">
              How big the locker is:
              - small, for
                - a laptop
                - a bag
              - large
            </ParamField>

            ## Code Examples

            ```bash
            curl -X POST "https://spaces.nexudus.com/api/spaces/lockers" -d '{}'
            ```
            """)
        let field = try XCTUnwrap(page.parameters.first { $0.name == "Size" })
        XCTAssertEqual(field.description, "How big the locker is:\n- small, for\n  - a laptop\n  - a bag\n- large")
    }

    /// The seed's developers rendering and the learn site's text of the same get page.
    func testPageDescriptionsOfBothRenderings() throws {
        let learn = PageReader.parse(file: "learn-get.txt", text: fixtureText("Pages/learn-get.txt"))
        let description = try XCTUnwrap(learn.description)
        XCTAssertTrue(description.contains("of the check:\n\n| VerificationType | Purpose |\n|---|---|\n"), description)
        XCTAssertTrue(description.contains("voter card, etc.) |\n\nWhen VerificationType"), description)
        let search = PageReader.parse(file: "learn-search.txt", text: fixtureText("Pages/learn-search.txt"))
        XCTAssertTrue(try XCTUnwrap(search.description).hasSuffix("instead.\n\nIdentityCheckProvider controls how the check is performed: Manual (1) means the operator reviews documents directly, while StripeIdentity (2) delegates verification to Stripe Identity.\n\nThe VerificationStatus tracks progress through the check lifecycle: Pending → Submitted → Successful or Failed (or Cancelled)."))
    }
}
