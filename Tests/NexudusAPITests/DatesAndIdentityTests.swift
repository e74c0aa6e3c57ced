import Foundation
import NexudusAPI
import XCTest

/// `NexudusDate` keeps the text it received; records with an `Id` are `Identifiable`; keys
/// the docs do not list survive a round trip.
final class DatesAndIdentityTests: XCTestCase {
    static let instant = Date(timeIntervalSince1970: 1_736_937_000)  // 2025-01-15T10:30:00Z

    func testDocumentedFormsGiveTheRightInstant() throws {
        XCTAssertEqual(NexudusDate(rawValue: "2025-01-15T10:30:00Z").date, Self.instant)
        XCTAssertEqual(NexudusDate(rawValue: "2025-01-15T11:30:00+01:00").date, Self.instant)
        XCTAssertEqual(NexudusDate(rawValue: "2025-01-15T10:30:00").date, Self.instant, "no zone reads as UTC")
        XCTAssertEqual(NexudusDate(rawValue: "2025-01-15T10:30").date, Self.instant)
        let fractional = try XCTUnwrap(NexudusDate(rawValue: "2025-01-15T10:30:00.250Z").date)
        XCTAssertEqual(fractional.timeIntervalSince(Self.instant), 0.25, accuracy: 0.001)
        let ticks = try XCTUnwrap(NexudusDate(rawValue: "2025-01-15T10:30:00.1234567").date, ".NET's seven fractional digits")
        XCTAssertEqual(ticks.timeIntervalSince(Self.instant), 0.1234567, accuracy: 0.001)
        XCTAssertEqual(NexudusDate(rawValue: "2025-01-15").date, Date(timeIntervalSince1970: 1_736_899_200))
    }

    func testDateFromTheDocsExampleRecord() throws {
        let example = try DocExample.find(entity: "CoworkerIdentityCheck", kind: "get", status: 200)
        let record = try decode(CoworkerIdentityCheck.self, example.json)
        XCTAssertEqual(record.updatedOn?.date, Self.instant)
    }

    /// A date in a form nobody documented still decodes, leaves the record intact, and is
    /// written back exactly as received.
    func testOddDateDecodesWithoutFailingTheRecord() throws {
        let json = #"{"Id": 7, "Name": "Check", "UpdatedOn": "15/01/2025 10:30", "CreatedOn": "0001-01-01T00:00:00", "IdentityDocumentExpirationDate": ""}"#
        let record = try decode(CoworkerIdentityCheck.self, json)
        XCTAssertEqual(record.id, 7)
        XCTAssertEqual(record.name, "Check")
        XCTAssertEqual(record.updatedOn?.rawValue, "15/01/2025 10:30")
        XCTAssertNil(record.updatedOn?.date)
        XCTAssertEqual(record.createdOn?.rawValue, "0001-01-01T00:00:00")
        XCTAssertEqual(record.identityDocumentExpirationDate?.rawValue, "")
        XCTAssertNil(record.identityDocumentExpirationDate?.date)

        let encoded = try XCTUnwrap(try JSONSerialization.jsonObject(with: JSONEncoder().encode(record)) as? [String: Any])
        XCTAssertEqual(encoded["UpdatedOn"] as? String, "15/01/2025 10:30")
        XCTAssertEqual(encoded["CreatedOn"] as? String, "0001-01-01T00:00:00")
        XCTAssertEqual(encoded["IdentityDocumentExpirationDate"] as? String, "")
        XCTAssertEqual(encoded["Id"] as? Int, 7)
    }

    func testDatesMadeInSwiftUseTheAPIsForms() throws {
        XCTAssertEqual(NexudusDate(Self.instant).rawValue, "2025-01-15T10:30:00Z")
        XCTAssertEqual(NexudusDate(Self.instant).date, Self.instant)
        XCTAssertEqual(NexudusDate.rangeFilterText(Self.instant), "2025-01-15T10:30")
        XCTAssertEqual(String(decoding: try JSONEncoder().encode(NexudusDate(Self.instant)), as: UTF8.self), #""2025-01-15T10:30:00Z""#)
        XCTAssertEqual(NexudusDate(rawValue: "x").description, "x")
    }

    func testRecordsAreIdentifiableByTheirId() throws {
        func ids<Record: Identifiable>(_ records: [Record]) -> [Record.ID] { records.map(\.id) }

        var record = CoworkerIdentityCheck()
        record.name = "Passport check"
        record.id = 87654321
        var other = CoworkerIdentityCheck()
        other.id = 5
        XCTAssertEqual(ids([record, other]), [87654321, 5])

        let example = try DocExample.find(entity: "CoworkerIdentityCheck", kind: "search", status: 200)
        let list = try decode(ListResult<CoworkerIdentityCheckListing>.self, example.json)
        XCTAssertEqual(ids(list.records), [87654321])
        let byID = Dictionary(uniqueKeysWithValues: list.records.map { ($0.id, $0) })
        XCTAssertEqual(byID[87654321]?.updatedBy, "admin@example.com")
    }

    /// Records are values: equal when every field is equal, usable in sets.
    func testRecordsAreHashableValues() throws {
        let example = try DocExample.find(entity: "CoworkerIdentityCheck", kind: "get", status: 200)
        let first = try decode(CoworkerIdentityCheck.self, example.json)
        var second = try decode(CoworkerIdentityCheck.self, example.json)
        XCTAssertEqual(first, second)
        XCTAssertEqual(Set([first, second]).count, 1)
        second.verificationStatus = .pending
        XCTAssertNotEqual(first, second)
    }

    /// A search is equal to another when it sends the same query.
    func testSearchesAreEqualWhenTheyMakeTheSameQuery() {
        var first = CoworkerIdentityCheckSearch()
        first.name = "x"
        first.page = 2
        var second = CoworkerIdentityCheckSearch()
        second.page = 2
        XCTAssertNotEqual(first, second)
        second.name = "x"
        XCTAssertEqual(first, second)
        XCTAssertEqual(Set([first, second]).count, 1)
        // Range filters are sent to the minute: ten seconds apart is the same query.
        let minute = Date(timeIntervalSince1970: 1_700_000_040)
        first.updatedOnFrom = minute
        second.updatedOnFrom = minute.addingTimeInterval(10)
        XCTAssertEqual(first, second)
        XCTAssertEqual(Set([first, second]).count, 1)
        second.updatedOnFrom = minute.addingTimeInterval(60)
        XCTAssertNotEqual(first, second)
    }

    /// Keys the docs do not list are kept with their exact JSON kinds and written back.
    func testUndocumentedKeysSurviveARoundTrip() throws {
        let json = #"{"Id": 1, "Brand New": {"List": [1, 2.5, true, null, "x"], "Empty": {}}}"#
        let record = try decode(CoworkerIdentityCheck.self, json)
        XCTAssertEqual(record.additionalProperties, [
            "Brand New": .object(["List": .array([.integer(1), .number(2.5), .bool(true), .null, .string("x")]), "Empty": .object([:])]),
        ])
        let encoded = try XCTUnwrap(try JSONSerialization.jsonObject(with: JSONEncoder().encode(record)) as? [String: Any])
        let brandNew = try XCTUnwrap(encoded["Brand New"])
        let expected = try JSONSerialization.jsonObject(with: Data(#"{"List": [1, 2.5, true, null, "x"], "Empty": {}}"#.utf8))
        XCTAssertEqual(JSONDifference.between(brandNew, expected, at: "$.Brand New"), [])
    }
}
