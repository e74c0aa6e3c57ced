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

    /// A key that needs an escape is written as any other string is; a key longer than the
    /// stack takes is put together all the same.
    func testKeysThatNeedEscapesOrAreLongAreWrittenAsStrings() {
        let long = String(repeating: "k", count: 5_000)
        XCTAssertEqual(text(.object(JSONMembers(firstOf: [("a\"b\nc", 1), (long, [["x": true]])]))),
                       "{\n  \"a\\\"b\\nc\": 1,\n  \"\(long)\": [\n    {\n      \"x\": true\n    }\n  ]\n}")
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

/// The members of an object stay in their keys' byte order however they are added.
final class JSONMembersTests: XCTestCase {
    func testMembersAreKeptInByteOrderAndAKeyHoldsOneValue() {
        var members = JSONMembers()
        for key in ["b", "B", "a", "é", "_", "aa", "a"] { members[key] = .string(key) }
        members["b"] = .int(2)
        XCTAssertEqual(members.map(\.key), ["B", "_", "a", "aa", "b", "é"])
        XCTAssertEqual(members["b"], .int(2))
        XCTAssertNil(members["c"])
        members["a"] = nil
        XCTAssertEqual(members.map(\.key), ["B", "_", "aa", "b", "é"])
        XCTAssertEqual(JSONMembers(firstOf: [("x", 1), ("x", 2)])["x"], .int(1))
        let literal: JSONMembers = ["x": 1, "w": 2, "x": 3]
        XCTAssertEqual(literal.map(\.key), ["w", "x"])
        XCTAssertEqual(literal["x"], .int(3))
    }
}
