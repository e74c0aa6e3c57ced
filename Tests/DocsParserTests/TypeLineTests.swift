@testable import DocsParser
import XCTest

/// Which line of a rendered page is a field's type line.
final class TypeLineTests: XCTestCase {
    func testTypesAndProse() {
        XCTAssertTrue(TypeText.looksLikeType("integer"))
        XCTAssertTrue(TypeText.looksLikeType("string[]"))
        XCTAssertTrue(TypeText.looksLikeType("CoworkerIdentityCheck[]"))
        XCTAssertFalse(TypeText.looksLikeType("Coworker"), "a bare capitalised word is a field name")
        XCTAssertFalse(TypeText.looksLikeType("The date the check was made."))
    }

    /// Eighty Characters is the longest type line; a long line is prose, however its
    /// bytes combine.
    func testLength() {
        XCTAssertTrue(TypeText.looksLikeType(Substring(String(repeating: "a", count: 80))))
        XCTAssertFalse(TypeText.looksLikeType(Substring(String(repeating: "a", count: 81))))
        XCTAssertFalse(TypeText.looksLikeType(Substring(String(repeating: "a", count: 400))))
        XCTAssertFalse(TypeText.looksLikeType(Substring(String(repeating: "a", count: 80) + "\u{301}b")), "81 Characters")
    }
}
