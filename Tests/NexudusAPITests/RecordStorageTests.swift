import Foundation
import NexudusAPI
import XCTest

/// Records are structs of stored properties read by the SDK's own decoder; request bodies
/// are their JSON object read and written through typed properties. These pin what that promises a
/// caller (checked decoding, round trips, stable output).
final class RecordStorageTests: XCTestCase {
    func testAFieldOfTheWrongTypeFailsDecodingAndNamesTheKey() throws {
        XCTAssertThrowsError(try decode(CoworkerIdentityCheck.self, #"{"Id": 1, "BusinessId": "seven"}"#)) { error in
            guard case DecodingError.typeMismatch(_, let context) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(context.codingPath.map(\.stringValue), ["BusinessId"])
        }
    }

    func testAnArrayElementOfTheWrongTypeNamesItsIndex() throws {
        let json = #"{"FullName": "A", "Email": "a@b.c", "CountryId": 1, "SimpleTimeZoneId": 2, "Businesses": [1, "x"]}"#
        XCTAssertThrowsError(try decode(CreateCoworkerRequest.self, json)) { error in
            guard case DecodingError.typeMismatch(_, let context) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(context.codingPath.map(\.stringValue), ["Businesses", "Index 1"])
        }
    }

    func testAMissingOrNullRequiredFieldFailsDecoding() throws {
        for json in [#"{"Email": "a@b.c", "CountryId": 1, "SimpleTimeZoneId": 2}"#,
                     #"{"FullName": null, "Email": "a@b.c", "CountryId": 1, "SimpleTimeZoneId": 2}"#] {
            XCTAssertThrowsError(try decode(CreateCoworkerRequest.self, json)) { error in
                guard case DecodingError.keyNotFound(let key, _) = error else { return XCTFail("\(error)") }
                XCTAssertEqual(key.stringValue, "FullName")
            }
        }
    }

    func testAWholeNumberIsAValidDouble() throws {
        let body = try decode(CreateCoworkerRequest.self, #"{"FullName": "A", "Email": "a@b.c", "CountryId": 1, "SimpleTimeZoneId": 2, "Latitude": 51}"#)
        XCTAssertEqual(body.latitude, 51.0)
    }

    /// A record writes every documented field, `null` for nil, so its JSON has one shape.
    func testNullAndAbsentReadAsNilAndEncodeAsNull() throws {
        let record = try decode(CoworkerIdentityCheck.self, #"{"Id":5,"LastError":null}"#)
        XCTAssertNil(record.lastError)
        XCTAssertNil(record.businessId)
        let encoded = try XCTUnwrap(try JSONSerialization.jsonObject(with: JSONEncoder().encode(record)) as? [String: Any])
        XCTAssertEqual(encoded["Id"] as? Int, 5)
        XCTAssertTrue(encoded["LastError"] is NSNull)
        XCTAssertTrue(encoded["BusinessId"] is NSNull)
    }

    func testSettingNilLeavesTheFieldOut() throws {
        var body = CreateCoworkerRequest(fullName: "A", email: "a@b.c", countryId: 1, simpleTimeZoneId: 2)
        body.mobilePhone = "+44"
        XCTAssertNotNil(body.fields.values["MobilePhone"])
        body.mobilePhone = nil
        XCTAssertNil(body.fields.values["MobilePhone"])
    }

    /// Every key comes back, documented or not, with its JSON kind; the client encodes with
    /// sorted keys, so the bytes sent do not depend on the order of a dictionary.
    func testEncodingKeepsEveryKey() throws {
        let json = #"{"Alpha":2.5,"BusinessId":3,"Id":5,"Name":"n","Zeta":[true,null],"Whole":3.0}"#
        // The SDK's own decoder, as the client uses it: `3.0` stays a decimal.
        let record = try JSONReader.decode(CoworkerIdentityCheck.self, from: Data(json.utf8))
        XCTAssertEqual(record.additionalProperties, ["Alpha": .number(2.5), "Zeta": .array([.bool(true), .null]), "Whole": .number(3)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(record), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix(#"{"AddressDocumentType":null,"Alpha":2.5,"Billed":null,"BusinessId":3,"#), text)
        XCTAssertTrue(text.contains(#""Zeta":[true,null]"#), text)
        // `JSONEncoder` writes the decimal 3.0 as `3`; everything else comes back as it was.
        var again = try JSONReader.decode(CoworkerIdentityCheck.self, from: Data(text.utf8))
        XCTAssertEqual(again.additionalProperties["Whole"], .integer(3))
        again = try JSONReader.decode(CoworkerIdentityCheck.self, from: Data(text.replacingOccurrences(of: #""Whole":3"#, with: #""Whole":3.0"#).utf8))
        XCTAssertEqual(again, record)
    }

    func testTheLayoutListsEveryDocumentedFieldOnce() {
        let keys = CreateCoworkerRequest.layout.fields.map(\.key)
        XCTAssertEqual(keys.count, Set(keys).count)
        XCTAssertEqual(keys.first, "FullName")
        XCTAssertEqual(CreateCoworkerRequest.layout.fields.filter(\.isRequired).map(\.propertyName),
                       ["fullName", "email", "countryId", "simpleTimeZoneId"])
        XCTAssertTrue(CreateCoworkerRequest.layout.fields.contains { $0.key == "AccessPincode" && $0.isSecret })
    }

    func testANestedRecordDecodesThroughItsOwnType() throws {
        let list = try decode(ListResult<CoworkerIdentityCheckListing>.self, #"{"Records": [{"Id": 1, "Name": "x"}]}"#)
        XCTAssertEqual(list.records.first?.name, "x")
        let bad = try decode(ListResult<CoworkerIdentityCheckListing>.self, #"{"Records": [{"Id": "one"}]}"#)
        XCTAssertEqual(bad.records, [])
        XCTAssertEqual(bad.failures.map(\.failure.field), ["Records[0].Id"])
    }

    /// A required field reads as its value, an optional one as an optional, and both are set
    /// in place, as stored properties would be.
    func testPropertiesReadAndSetTheirFields() throws {
        var body = CreateCoworkerRequest(fullName: "A", email: "a@b.c", countryId: 1, simpleTimeZoneId: 2)
        let name: String = body.fullName
        XCTAssertEqual(name, "A")
        body.fullName = "B"
        body.gender = .male
        body.businesses = [3, 4]
        body.businesses?.append(5)
        XCTAssertEqual(body.fields.values["FullName"], .string("B"))
        XCTAssertEqual(body.gender, .male)
        XCTAssertEqual(body.fields.values["Businesses"], .array([.integer(3), .integer(4), .integer(5)]))
    }

    /// Setting a field rebuilds the record around its object: copies stay independent values.
    func testSettingAFieldOnACopyLeavesTheOriginal() {
        let original = CreateCoworkerRequest(fullName: "A", email: "a@b.c", countryId: 1, simpleTimeZoneId: 2)
        var copy = original
        copy.mobilePhone = "+44"
        copy.fullName = "B"
        XCTAssertNil(original.mobilePhone)
        XCTAssertEqual(original.fullName, "A")
        XCTAssertEqual(copy.mobilePhone, "+44")
    }

    func testKeyPathsReachTheProperties() {
        var body = CreateCoworkerRequest(fullName: "A", email: "a@b.c", countryId: 1, simpleTimeZoneId: 2)
        let phone: WritableKeyPath<CreateCoworkerRequest, String?> = \.mobilePhone
        body[keyPath: phone] = "+44"
        XCTAssertEqual(body.mobilePhone, "+44")
        XCTAssertEqual([body].map(\.fullName), ["A"])
    }

    /// The lines `LayoutTableTests` pins as the generator's output for hostile keys.
    func testTheLayoutTableReadsBackEveryKey() {
        let layout = JSONLayout("""
            odd - a\\\\b \"c\" x\\ny\r\u{20}
            quotes - \"\"\"
            blanks - a\u{20}\u{a0}\u{20}\u{3000}
            token required,secret Token
            """, [String.self, String.self, String.self, Int.self])
        XCTAssertEqual(layout.fields.map(\.key), [#"a\b "c" x"# + "\ny\r ", #"""""#, "a \u{A0} \u{3000}", "Token"])
        XCTAssertEqual(layout.fields.map(\.propertyName), ["odd", "quotes", "blanks", "token"])
        XCTAssertEqual(layout.fields.map(\.isRequired), [false, false, false, true])
        XCTAssertEqual(layout.fields.map(\.isSecret), [false, false, false, true])
    }

    /// The page's direction reads with the listing's own `dir` values; a number the docs do
    /// not list is no direction, and is kept and sent back as it came.
    func testTheSortDirectionReadsWithTheSearchsValues() throws {
        XCTAssertEqual(CoworkerIdentityCheckListing.sortDirectionValues, SortDirectionValues(ascending: 0, descending: 1))
        let ascending = try decode(ListResult<CoworkerIdentityCheckListing>.self, #"{"Records": [], "CurrentSortDirection": 0}"#)
        XCTAssertEqual(ascending.currentSortDirection, .ascending)
        let odd = try decode(ListResult<CoworkerIdentityCheckListing>.self, #"{"Records": [], "CurrentSortDirection": 7}"#)
        XCTAssertNil(odd.currentSortDirection)
        XCTAssertEqual(odd.currentSortDirectionValue, 7)
        let encoded = try XCTUnwrap(try JSONSerialization.jsonObject(with: JSONEncoder().encode(odd)) as? [String: Any])
        XCTAssertEqual(encoded["CurrentSortDirection"] as? Int, 7)
        // A record that is no search's listing has no values to read a direction with.
        XCTAssertNil(try decode(ListResult<CoworkerIdentityCheck>.self, #"{"Records": [], "CurrentSortDirection": 0}"#).currentSortDirection)
    }
}
