@testable import DocsParser
import XCTest

/// Only `#` to `######` followed by a blank start a Markdown heading.
final class HeadingTests: XCTestCase {
    func testHashWithoutABlankIsText() {
        XCTAssertTrue(MarkdownPageParser.isHeading("## Request Body"))
        XCTAssertTrue(MarkdownPageParser.isHeading("#"))
        XCTAssertFalse(MarkdownPageParser.isHeading("#if false"))
        XCTAssertFalse(MarkdownPageParser.isHeading("#123 is the ticket"))
        XCTAssertFalse(MarkdownPageParser.isHeading("####### seven"))
    }
}
