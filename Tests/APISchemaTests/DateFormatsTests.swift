@testable import APISchema
import Diagnostics
import XCTest

/// Which strings are dates: the docs' own words, in any text around them.
final class DateFormatsTests: XCTestCase {
    private let here = SourceLocation(file: "x.md", line: 1)

    private func dated(_ description: String, documented: String = "string") -> String? {
        var entities = [Entity(name: "Desk", fields: [Field(name: "On", type: .json, documentedType: documented, description: description, source: here)])]
        var operations: [SchemaOperation] = []
        DateFormats.infer(&entities, &operations)
        return entities[0].fields[0].format
    }

    func testAStringSaidToBeISO8601IsADate() {
        XCTAssertEqual(dated("Created (ISO 8601)."), "date-time")
        XCTAssertEqual(dated("Créé le — (ISO 8601) ✓"), "date-time", "non-ASCII text around the words")
        XCTAssertNil(dated("Created (ISO 8602)."))
        XCTAssertNil(dated("Created (ISO 8601).", documented: "integer"), "only a string holds a date's text")
        XCTAssertNil(dated("Created."))
    }

    func testAFilterGivenInTheDateFormTakesADate() {
        XCTAssertTrue(DateFormats.statesDateForm("From date, YYYY-MM-DDTHH:mm."))
        XCTAssertTrue(DateFormats.statesDateForm("Ab dem Datum « YYYY-MM-DD »"))
        XCTAssertFalse(DateFormats.statesDateForm("From date, yyyy-mm-dd."))
        XCTAssertFalse(DateFormats.statesDateForm("Year YYYY only."))
    }
}
