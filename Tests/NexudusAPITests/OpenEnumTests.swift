import Foundation
import NexudusAPI
import XCTest

/// Enums encode to the documented integers and stay open: a value the docs do not list
/// decodes, is kept, and encodes back unchanged.
final class OpenEnumTests: XCTestCase {
    func testUndocumentedValueDecodesAndReencodesUnchanged() throws {
        let status = try decode(IdVerificationStatus.self, "42")
        XCTAssertEqual(status, .undocumented(42))
        XCTAssertEqual(status.rawValue, 42)
        XCTAssertEqual(String(decoding: try JSONEncoder().encode(status), as: UTF8.self), "42")
        XCTAssertFalse(IdVerificationStatus.allCases.contains(status))

        let negative = try decode([Gender].self, "[-1, 2, 1000]")
        XCTAssertEqual(negative, [.undocumented(-1), .male, .undocumented(1000)])
        XCTAssertEqual(String(decoding: try JSONEncoder().encode(negative), as: UTF8.self), "[-1,2,1000]")
    }

    /// One unknown value never fails the record around it, and the record re-encodes it.
    func testUndocumentedValueInsideARecord() throws {
        var json = try DocExample.find(entity: "CoworkerIdentityCheck", kind: "get", status: 200).json
        XCTAssertTrue(json.contains(#""VerificationStatus": 0,"#))
        json = json.replacingOccurrences(of: #""VerificationStatus": 0,"#, with: #""VerificationStatus": 42,"#)
        let record = try decode(CoworkerIdentityCheck.self, json)
        XCTAssertEqual(record.verificationStatus, .undocumented(42))
        XCTAssertEqual(record.id, 87654321)
        try assertEncodesAs(record, json)

        var list = try DocExample.find(entity: "CoworkerIdentityCheck", kind: "search", status: 200).json
        list = list.replacingOccurrences(of: #""IdentityDocumentType": 0,"#, with: #""IdentityDocumentType": 12,"#)
        let result = try decode(ListResult<CoworkerIdentityCheckListing>.self, list)
        XCTAssertEqual(result.records.first?.identityDocumentType, .undocumented(12))
        try assertEncodesAs(result, list)
    }

    func testDocumentedValuesMapToTheirCases() throws {
        let statuses = try decode([IdVerificationStatus].self, "[0, 1, 2, 3, 4, 5]")
        XCTAssertEqual(statuses, [.noneValue, .pending, .submitted, .successful, .failed, .cancelled])
        XCTAssertEqual(try decode([IdentityCheckDocumentType].self, "[1, 10, 99]"), [.passport, .nexusCard, .other])
        XCTAssertEqual(try decode([IdVerificationType].self, "[1, 2]"), [.idDocument, .address])
        XCTAssertEqual(try decode([CoworkerRecordType].self, "[1, 2]"), [.individual, .company])
        XCTAssertEqual(IdVerificationStatus(rawValue: 3), .successful)
        XCTAssertEqual(IdVerificationStatus.cancelled.rawValue, 5)
        XCTAssertEqual(String(decoding: try JSONEncoder().encode([IdVerificationStatus.pending, .failed]), as: UTF8.self), "[1,4]")
        XCTAssertEqual(IdVerificationStatus.submitted.description, "Submitted")
        XCTAssertEqual(IdVerificationStatus.undocumented(42).description, "undocumented(42)")
    }

    /// Every enum's documented cases are exactly the values and names in spec/schema.json,
    /// in the documented order.
    func testCasesAreExactlyTheDocumentedValues() throws {
        let documented = try DocExample.enums()
        func check<E: CaseIterable & RawRepresentable & CustomStringConvertible>(_ type: E.Type, _ name: String, line: UInt = #line) where E.RawValue == Int {
            guard let values = documented[name] else { return XCTFail("spec/schema.json has no \(name)", line: line) }
            XCTAssertEqual(E.allCases.map(\.rawValue), values.map(\.value), name, line: line)
            XCTAssertEqual(E.allCases.map(\.description), values.map(\.name), name, line: line)
            for value in values { XCTAssertEqual(E(rawValue: value.value)?.description, value.name, name, line: line) }
        }
        check(AddressCheckDocumentType.self, "eAddressCheckDocumentType")
        check(CoworkerAttendance.self, "eCoworkerAttendance")
        check(CoworkerRecordType.self, "eCoworkerRecordType")
        check(CoworkerTaxRateType.self, "eCoworkerTaxRateType")
        check(Gender.self, "eGender")
        check(IdVerificationStatus.self, "eIdVerificationStatus")
        check(IdVerificationType.self, "eIdVerificationType")
        check(IdentityCheckDocumentType.self, "eIdentityCheckDocumentType")
        check(IdentityCheckProvider.self, "eIdentityCheckProvider")
        check(RegularPaymentProvider.self, "eRegularPaymentProvider")
        XCTAssertEqual(documented.count, 10, "a new enum in the docs needs a line here: \(documented.keys.sorted())")
    }

    /// A value that is not an integer is a real error, not an unknown case.
    func testNonIntegerValueIsADecodingError() {
        XCTAssertThrowsError(try decode(IdVerificationStatus.self, #""Pending""#))
        XCTAssertThrowsError(try decode(IdVerificationStatus.self, "1.5"))
    }

    /// Equality is the wire's: an `undocumented` case holding a documented value is that value.
    func testValuesAreEqualWhenTheirIntegersAre() {
        XCTAssertEqual(CoworkerRecordType.undocumented(1), .individual)
        XCTAssertEqual(Set([CoworkerRecordType.undocumented(1), .individual]).count, 1)
        XCTAssertNotEqual(CoworkerRecordType.undocumented(9), .individual)
    }

    /// Open both ways: a value the caller chose explicitly passes validation and is sent as it is.
    func testAnUndocumentedValueIsValidAndSent() throws {
        var body = CreateCoworkerRequest(fullName: "A", email: "a@b.c", countryId: 1, simpleTimeZoneId: 2)
        body.gender = .undocumented(42)
        XCTAssertEqual(body.validate(), [])
        let sent = try XCTUnwrap(try JSONSerialization.jsonObject(with: JSONEncoder().encode(body)) as? [String: Any])
        XCTAssertEqual(sent["Gender"] as? Int, 42)
    }
}
