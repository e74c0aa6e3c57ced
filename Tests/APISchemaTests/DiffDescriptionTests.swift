@testable import APISchema
import XCTest

/// How the diff compares descriptions: the words, not the formatting one page format adds.
final class DiffDescriptionTests: XCTestCase {
    private func assertSame(_ markdown: String, _ rendered: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(DescriptionText.differs(markdown, rendered), "\(DescriptionText.words(markdown)) ≠ \(DescriptionText.words(rendered))", file: file, line: line)
    }

    private func assertDifferent(_ old: String, _ new: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(DescriptionText.differs(old, new), "\(old) and \(new) read the same", file: file, line: line)
    }

    /// What the rendering does to the Markdown export, one habit at a time.
    func testFormattingOneFormatAddsIsNoChange() {
        assertSame("A **CoworkerIdentityCheckDocument** represents a `CoworkerIdentityCheck`.", "A CoworkerIdentityCheckDocument represents a CoworkerIdentityCheck.")
        assertSame("See the [Get one CoworkerIdentityCheck](/rest-api/spaces/get-coworkeridentitychecks-by-id) endpoint.", "See the Get one CoworkerIdentityCheck endpoint.")
        assertSame("A photograph of the customer's face", "A photograph of the customer’s face")
        assertSame("\"Quoted\" text", "“Quoted” text")
        assertSame("`Pending` → `Submitted` → `Successful` or `Failed`", "PendingSubmittedSuccessful or Failed")
        assertSame("One line\n\nand   another.", "One line and another.")
        assertSame("""
            | File slot  | Field prefix | Purpose |
            | ---------- | ------------ | ------- |
            | Face photo | `Photo`      | A photograph of the customer's face |
            """, "File slotField prefixPurpose\nFace photoPhotoA photograph of the customer’s face")
    }

    func testAMissingTextIsNoChange() {
        XCTAssertFalse(DescriptionText.differs(nil, "Create a new record."))
        XCTAssertFalse(DescriptionText.differs("Create a new record.", ""))
    }

    func testRealChangesAreSeen() {
        assertDifferent("Coworker Id.", "The Id of the customer who submitted the document.")
        assertDifferent("Up to 25 records.", "Up to 50 records.")
        assertDifferent("`1` for ascending, `-1` for descending.", "`1` for ascending, `1` for descending.")
        assertDifferent("A rate of 1.5 per hour.", "A rate of 15 per hour.")
        XCTAssertFalse(DescriptionText.differs("Stripe-delegated checks.", "Stripe delegated checks."), "a hyphen between words is spelling")
    }

    /// A renamed field is recognised by its description, which must be there on both sides.
    func testSameNeedsWordsOnBothSides() {
        XCTAssertTrue(DescriptionText.same("Twitter handle.", "`Twitter` handle"))
        XCTAssertFalse(DescriptionText.same("", ""))
        XCTAssertFalse(DescriptionText.same("Twitter handle.", ""))
        XCTAssertFalse(DescriptionText.same("…", "—"))
    }

    /// The facts the parser reads from prose are compared on their own, not as prose.
    func testProseLeavesOutTheFactsTheParserReads() {
        XCTAssertEqual(DescriptionText.prose("Gender. Defaults to eGender.NotSet. See eGender enum above."), "Gender.  ")
        XCTAssertEqual(DescriptionText.prose("Regular payment provider. See eRegularPaymentProvider? enum above."), "Regular payment provider. ")
        XCTAssertEqual(DescriptionText.prose("How the check is performed. See eIdentityCheckProvider enum values: 0 = None, 1 = Manual."), "How the check is performed. ")
        XCTAssertEqual(DescriptionText.prose("The page size. Defaults to `25`."), "The page size. ")
        XCTAssertEqual(DescriptionText.prose("Billing day (defaults to the current day)."), "Billing day (defaults to the current day).", "prose about a default is prose")
    }

    func testAChangeDetailQuotesShortTextsOnly() {
        XCTAssertEqual(DescriptionText.changeDetail("Coworker Id.", "The customer's Id.\n"), #"description changed from "Coworker Id." to "The customer's Id.""#)
        XCTAssertEqual(DescriptionText.changeDetail("Short.", String(repeating: "Long text. ", count: 20)), "description changed")
        XCTAssertEqual(DescriptionText.changeDetail("Old.", "New.", of: "summary"), #"summary changed from "Old." to "New.""#)
    }
}
