@testable import OpenAPIExport
import XCTest

final class JSONWriterTests: XCTestCase {
    func text(_ value: JSON) -> String {
        var bytes: [UInt8] = []
        value.write(into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func testKeysAreSortedByTheirBytesAndNestedValuesIndented() {
        XCTAssertEqual(text(["b": 1, "B": [true, .null], "a": [:], "c": []]),
                       "{\n  \"B\": [\n    true,\n    null\n  ],\n  \"a\": {},\n  \"b\": 1,\n  \"c\": []\n}")
    }

    func testStringsEscapeQuotesBackslashesAndControlCharactersOnly() {
        XCTAssertEqual(text("a\"b\\c\nd\u{1}/é"), "\"a\\\"b\\\\c\\nd\\u0001/é\"")
    }

    func testNumbersAreWrittenAsTheyReadBack() {
        XCTAssertEqual(text(.double(1.5)), "1.5")
        XCTAssertEqual(text(.double(25)), "25")
        XCTAssertEqual(text(.int(-3)), "-3")
    }

    func testTheExampleTextIsReadWithItsTypes() {
        XCTAssertEqual(JSON.parse("{\"A\": true, \"B\": 2, \"C\": 2.5, \"D\": [null]}"),
                       ["A": true, "B": 2, "C": .double(2.5), "D": [.null]])
        XCTAssertNil(JSON.parse("{not json"))
    }
}
