@testable import DocsParser
import XCTest

/// The word after `See ` or `Defaults to `: read on bytes for ASCII text, by Characters
/// otherwise, with the same answer.
final class DescriptionFactsWordTests: XCTestCase {
    func testTheWordEndsAtPunctuationAndLosesItsPeriods() {
        XCTAssertEqual(DescriptionFacts.enumDefault(in: "Defaults to eGender.NotSet.")?.1, "NotSet")
        XCTAssertEqual(DescriptionFacts.enumDefault(in: "Defaults to `eGender.Male`, unless set")?.1, "Male")
        XCTAssertEqual(DescriptionFacts.enumDefault(in: "defaults to **eKind.Other**; see below")?.1, "Other")
        XCTAssertEqual(DescriptionFacts.literalDefault(in: "Defaults to 25..."), "25")
        XCTAssertEqual(DescriptionFacts.literalDefault(in: "Defaults to true)"), "true")
        XCTAssertNil(DescriptionFacts.literalDefault(in: "Defaults to "))
    }

    func testAMentionNamesItsEnum() {
        XCTAssertEqual(DescriptionFacts.enumMention(in: "See eGender enum above.")?.name, "eGender")
        XCTAssertEqual(DescriptionFacts.enumMention(in: "See eGender? enum values: 0 = None")?.nullable, true)
    }

    /// A combining mark after the word's last byte makes that byte part of another
    /// Character: the Character rules decide, as they always did.
    func testNonASCIITextFollowsTheCharacterRules() {
        XCTAssertEqual(DescriptionFacts.literalDefault(in: "Defaults to 25 \u{301}x"), nil, "`5 ́` does not end at the blank")
        XCTAssertEqual(DescriptionFacts.enumDefault(in: "Defaults to eGender.Née, then")?.1, "Née")
        XCTAssertEqual(DescriptionFacts.literalDefault(in: "Defaults to 10 — or more"), "10")
    }
}
