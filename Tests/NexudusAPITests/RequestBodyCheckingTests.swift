import Foundation
import NexudusAPI
import XCTest

/// No public way makes a request body that traps later: an app builds one with its
/// initializer (the required fields as arguments), decodes one, or hands over a JSON object
/// to `init(checking:)`, which refuses one that lacks a required field. The unchecked
/// wrapping takes a proof only this package's code can make (`SwiftEmitterTests` proves
/// that by compiler).
final class RequestBodyCheckingTests: XCTestCase {
    func testAnObjectMissingARequiredFieldIsRefusedWithTheDecodersError() {
        var object = JSONObject()
        object["FullName"] = "Ada"
        object["Email"] = "ada@example.com"
        object["CountryId"] = 1
        XCTAssertThrowsError(try CreateCoworkerRequest(checking: object)) { error in
            guard case DecodingError.keyNotFound(let key, _)? = error as? DecodingError else {
                return XCTFail("not the decoder's error: \(error)")
            }
            XCTAssertEqual(key.stringValue, "SimpleTimeZoneId")
        }
    }

    func testAWholeObjectMakesABodyThatReadsItsFields() throws {
        var object = JSONObject()
        object["FullName"] = "Ada"
        object["Email"] = "ada@example.com"
        object["CountryId"] = 1
        object["SimpleTimeZoneId"] = 2
        object["Unlisted"] = "kept"
        let body = try CreateCoworkerRequest(checking: object)
        XCTAssertEqual(body.fullName, "Ada")
        XCTAssertEqual(body.simpleTimeZoneId, 2)
        XCTAssertEqual(body.additionalProperties["Unlisted"], .string("kept"))
    }

    func testAWrongTypeForARequiredFieldIsRefusedToo() {
        var object = JSONObject()
        object["FullName"] = "Ada"
        object["Email"] = "ada@example.com"
        object["CountryId"] = "one"
        object["SimpleTimeZoneId"] = 2
        XCTAssertThrowsError(try CreateCoworkerRequest(checking: object))
    }
}
