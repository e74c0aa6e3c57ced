import Foundation
@testable import OpenAPIExport
import XCTest

/// The examples as the document reads them (the parser's `OrderedJSON`) against
/// `JSONSerialization`, which read them before: the same value for every JSON text, and no
/// value for a text the parser reports as no JSON.
final class ExampleJSONTests: XCTestCase {
    func testItReadsWhatJSONSerializationReads() throws {
        let texts = [
            #"{"Id": 12, "Name": "Desk \"A\"", "Price": 2.5, "Active": true, "Tags": [], "Owner": null}"#,
            #"[1, -2, 0, 1.0, 2e3, -1.5E-2, 9007199254740993]"#,
            #"  {"nested": {"list": [{"a": [[]]}, {}], "empty": ""}}  "#,
            #""caf\u00e9 \ud83d\ude00 tab\t slash\/ back\\ nl\n""#,
            #"{"plain é ü 日本": "text with é after \n an escape"}"#,
            #"{"same": 1, "same": 2}"#,
            "true", "false", "null", "0", "-0", "\"\"",
        ]
        for text in texts {
            let expected = try XCTUnwrap(Self.oracle(text), text)
            XCTAssertEqual(JSON.parse(text), expected, text)
        }
    }

    func testANumberTooLargeForAnIntIsADouble() {
        XCTAssertEqual(JSON.parse("123456789012345678901234"), Double("123456789012345678901234").map(JSON.double))
    }

    func testTextThatIsNoJSONGivesNoValue() {
        let texts = [
            "", " ", "{not json", "{\"a\": 1,}", "[1,]", "[1 2]", "-", "1e", "\"unterminated",
            "{\"a\" 1}", "{1: 2}", "tru", "nul", "1 2", "[", "{", String(repeating: "[", count: 600) + String(repeating: "]", count: 600),
        ]
        for text in texts {
            XCTAssertNil(JSON.parse(text), text)
        }
    }

    /// What `JSONSerialization` gives, in the document's terms.
    static func oracle(_ text: String) -> JSON? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else { return nil }
        return convert(object)
    }

    private static func convert(_ value: Any) -> JSON? {
        switch value {
        case let text as String: return .string(text)
        case let dictionary as [String: Any]:
            var members = JSONMembers()
            for (key, element) in dictionary {
                guard let converted = convert(element) else { return nil }
                members[key] = converted
            }
            return .object(members)
        case let array as [Any]:
            let elements = array.compactMap(convert)
            return elements.count == array.count ? .array(elements) : nil
        case let number as NSNumber:
            let kind = String(cString: number.objCType)
            if kind == "c" || kind == "B" { return .bool(number.boolValue) }
            return ["d", "f"].contains(kind) ? .double(number.doubleValue) : .int(number.intValue)
        case is NSNull: return .null
        default: return nil
        }
    }
}
