import Foundation
import NexudusAPI
import XCTest

/// A `JSONValue` through `JSONDecoder`, which hides a value's kind behind the type asked for:
/// every kind comes back as itself, large integers exactly; only a whole decimal loses its
/// `.0`, which the SDK's own reader keeps.
final class ForeignDecoderTests: XCTestCase {
    private func decoded(_ json: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
    }

    func testEveryKindComesBackAsItself() throws {
        XCTAssertEqual(try decoded(#""3""#), .string("3"))
        XCTAssertEqual(try decoded("3"), .integer(3))
        XCTAssertEqual(try decoded("3.5"), .number(3.5))
        XCTAssertEqual(try decoded("true"), .bool(true))
        XCTAssertEqual(try decoded("null"), .null)
        XCTAssertEqual(try decoded("9223372036854775807"), .integer(Int.max))
        XCTAssertEqual(try decoded(#"[1, "a", false, null, 2.5]"#), .array([.integer(1), .string("a"), .bool(false), .null, .number(2.5)]))
        XCTAssertEqual(try decoded(#"{"k": {"n": [0]}}"#), .object(["k": .object(["n": .array([.integer(0)])])]))
        XCTAssertEqual(try decoded("[]"), .array([]))
        XCTAssertEqual(try decoded("{}"), .object([:]))
    }

    /// `JSONDecoder` has read `3.0` as a number and cannot say it had a decimal point.
    func testAWholeDecimalIsAnIntegerThroughJSONDecoderAndADecimalThroughTheSDKsReader() throws {
        XCTAssertEqual(try decoded("3.0"), .integer(3))
        XCTAssertEqual(try JSONReader.decode(JSONValue.self, from: Data("3.0".utf8)), .number(3))
    }

    /// Integers are asked for before decimals, so one past 2^53 stays exact; one past `Int`'s
    /// range is a decimal.
    func testLargeNumbersKeepTheirValue() throws {
        XCTAssertEqual(try decoded("9007199254740993"), .integer(9_007_199_254_740_993))
        XCTAssertEqual(try decoded("-9223372036854775808"), .integer(Int.min))
        XCTAssertEqual(try decoded("18446744073709551616"), .number(18_446_744_073_709_551_616))
        XCTAssertEqual(try decoded("1e2"), .integer(100))
        XCTAssertEqual(try decoded("-0.25"), .number(-0.25))
    }

    /// A record through `JSONDecoder` reads like one through the SDK's reader.
    func testARecordDecodesAlikeThroughEitherDecoder() throws {
        let json = Data(#"{"Id": 5, "Name": "Passport", "Extra": [1, "x"], "Billed": true}"#.utf8)
        let foreign = try JSONDecoder().decode(CoworkerIdentityCheck.self, from: json)
        let own = try JSONReader.decode(CoworkerIdentityCheck.self, from: json)
        XCTAssertEqual(foreign, own)
        XCTAssertEqual(foreign.additionalProperties["Extra"], .array([.integer(1), .string("x")]))
        XCTAssertEqual(foreign.billed, true)
    }
}
