import Foundation
import NexudusAPI
import XCTest

/// `NexudusDate` reads its text once and keeps it; it never picks a zone the caller did not
/// state. Records with an `Id` are `Identifiable`; keys the docs do not list survive a round trip.
final class DatesAndIdentityTests: XCTestCase {
    static let instant = Date(timeIntervalSince1970: 1_736_937_000)  // 2025-01-15T10:30:00Z

    static let utc = TimeZone(secondsFromGMT: 0)!
    static let madrid = TimeZone(identifier: "Europe/Madrid")!

    func testDocumentedFormsGiveTheRightInstant() throws {
        XCTAssertEqual(NexudusDate(rawValue: "2025-01-15T10:30:00Z").instant, Self.instant)
        XCTAssertEqual(NexudusDate(rawValue: "2025-01-15T11:30:00+01:00").instant, Self.instant)
        XCTAssertNil(NexudusDate(rawValue: "2025-01-15T10:30:00").instant, "no zone: no instant until the caller names one")
        XCTAssertEqual(NexudusDate(rawValue: "2025-01-15T10:30:00").date(in: Self.utc), Self.instant)
        XCTAssertEqual(NexudusDate(rawValue: "2025-01-15T11:30").date(in: Self.madrid), Self.instant)
        XCTAssertEqual(NexudusDate(rawValue: "2025-01-15T10:30:00Z").date(in: Self.madrid), Self.instant, "a stated zone wins")
        let fractional = try XCTUnwrap(NexudusDate(rawValue: "2025-01-15T10:30:00.250Z").instant)
        XCTAssertEqual(fractional.timeIntervalSince(Self.instant), 0.25, accuracy: 0.001)
        let ticks = try XCTUnwrap(NexudusDate(rawValue: "2025-01-15T10:30:00.1234567").date(in: Self.utc), ".NET's seven fractional digits")
        XCTAssertEqual(ticks.timeIntervalSince(Self.instant), 0.1234567, accuracy: 0.001)
        XCTAssertEqual(NexudusDate(rawValue: "2025-01-15").date(in: Self.utc), Date(timeIntervalSince1970: 1_736_899_200))
        XCTAssertEqual(NexudusDate(rawValue: "2025-01-15T10:30").value,
                       .local(LocalDateTime(year: 2025, month: 1, day: 15, hour: 10, minute: 30)))
        XCTAssertEqual(NexudusDate(rawValue: "2025-01-15T11:30:00+01:00").value,
                       .zoned(LocalDateTime(year: 2025, month: 1, day: 15, hour: 11, minute: 30), secondsFromGMT: 3600))
        XCTAssertEqual(NexudusDate(rawValue: "2025-02-30").value, .unreadable, "no 30th of February")
    }

    func testDateFromTheDocsExampleRecord() throws {
        let example = try DocExample.find(entity: "CoworkerIdentityCheck", kind: "get", status: 200)
        let record = try decode(CoworkerIdentityCheck.self, example.json)
        XCTAssertEqual(record.updatedOn?.instant, Self.instant)
    }

    /// A date in a form nobody documented still decodes, leaves the record intact, and is
    /// written back exactly as received.
    func testOddDateDecodesWithoutFailingTheRecord() throws {
        let json = #"{"Id": 7, "Name": "Check", "UpdatedOn": "15/01/2025 10:30", "CreatedOn": "0001-01-01T00:00:00", "IdentityDocumentExpirationDate": ""}"#
        let record = try decode(CoworkerIdentityCheck.self, json)
        XCTAssertEqual(record.id, 7)
        XCTAssertEqual(record.name, "Check")
        XCTAssertEqual(record.updatedOn?.rawValue, "15/01/2025 10:30")
        XCTAssertEqual(record.updatedOn?.value, .unreadable)
        XCTAssertEqual(record.createdOn?.rawValue, "0001-01-01T00:00:00")
        XCTAssertEqual(record.identityDocumentExpirationDate?.rawValue, "")
        XCTAssertEqual(record.identityDocumentExpirationDate?.value, .unreadable)

        let encoded = try XCTUnwrap(try JSONSerialization.jsonObject(with: JSONEncoder().encode(record)) as? [String: Any])
        XCTAssertEqual(encoded["UpdatedOn"] as? String, "15/01/2025 10:30")
        XCTAssertEqual(encoded["CreatedOn"] as? String, "0001-01-01T00:00:00")
        XCTAssertEqual(encoded["IdentityDocumentExpirationDate"] as? String, "")
        XCTAssertEqual(encoded["Id"] as? Int, 7)
    }

    func testDatesMadeInSwiftUseTheAPIsForms() throws {
        XCTAssertEqual(NexudusDate(instant: Self.instant).rawValue, "2025-01-15T10:30:00Z")
        XCTAssertEqual(NexudusDate(instant: Self.instant).instant, Self.instant)
        XCTAssertEqual(NexudusDate(instant: Self.instant).rangeFilterText, "2025-01-15T10:30")
        XCTAssertEqual(String(decoding: try JSONEncoder().encode(NexudusDate(instant: Self.instant)), as: UTF8.self), #""2025-01-15T10:30:00Z""#)
        XCTAssertEqual(NexudusDate(rawValue: "x").description, "x")
        XCTAssertEqual(NexudusDate(year: 2025, month: 1, day: 1).rawValue, "2025-01-01T00:00:00")
        XCTAssertEqual(NexudusDate(year: 2025, month: 1, day: 1).rangeFilterText, "2025-01-01T00:00")
    }

    /// Local midnight in Madrid is sent as midnight, not as 23:00 the day before in UTC: the
    /// caller states the zone, and nothing converts with the machine's.
    func testADateFromSwiftNeedsAnExplicitZone() throws {
        let midnightInMadrid = try XCTUnwrap(Calendar(identifier: .gregorian).date(from: DateComponents(
            timeZone: Self.madrid, year: 2025, month: 1, day: 1, hour: 0, minute: 0)))
        let date = NexudusDate(midnightInMadrid, in: Self.madrid)
        XCTAssertEqual(date.rawValue, "2025-01-01T00:00:00")
        XCTAssertEqual(date.rangeFilterText, "2025-01-01T00:00")
        XCTAssertEqual(date.date(in: Self.madrid), midnightInMadrid)
        XCTAssertEqual(NexudusDate(midnightInMadrid, in: Self.utc).rangeFilterText, "2024-12-31T23:00")
        var query = CoworkerIdentityCheckSearch()
        query.updatedOnFrom = date
        XCTAssertEqual(CoworkerIdentityCheckAPI.search(query).relativeURL,
                       "/api/spaces/coworkeridentitychecks?from_CoworkerIdentityCheck_UpdatedOn=2025-01-01T00:00")
    }

    func testRecordsAreIdentifiableByTheirId() throws {
        func ids<Record: Identifiable>(_ records: [Record]) -> [Record.ID] { records.map(\.id) }

        let record = CoworkerIdentityCheck(name: "Passport check", id: 87654321)
        let other = CoworkerIdentityCheck(id: 5)
        XCTAssertEqual(ids([record, other]), [87654321, 5])
        let id: Int = record.id  // not optional: the docs give the record an Id
        XCTAssertEqual(id, 87654321)

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
        let second = try decode(CoworkerIdentityCheck.self, example.json)
        XCTAssertEqual(first, second)
        XCTAssertEqual(Set([first, second]).count, 1)
        let changed = try decode(CoworkerIdentityCheck.self, example.json.replacingOccurrences(of: #""VerificationStatus": 0"#, with: #""VerificationStatus": 1"#))
        XCTAssertEqual(changed.verificationStatus, .pending)
        XCTAssertNotEqual(first, changed)
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
        first.updatedOnFrom = NexudusDate(year: 2025, month: 1, day: 1, hour: 10, minute: 30)
        second.updatedOnFrom = NexudusDate(year: 2025, month: 1, day: 1, hour: 10, minute: 30, second: 10)
        XCTAssertEqual(first, second)
        XCTAssertEqual(Set([first, second]).count, 1)
        second.updatedOnFrom = NexudusDate(year: 2025, month: 1, day: 1, hour: 10, minute: 31)
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
