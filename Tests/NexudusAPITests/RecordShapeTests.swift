import Foundation
import NexudusAPI
import XCTest

/// A record is a plain struct of stored constants, as a Swift developer expects: built with
/// a memberwise initializer, matched by pattern, shown field by field in the debugger, and
/// passed across concurrency domains.
final class RecordShapeTests: XCTestCase {
    private let check = CoworkerIdentityCheck(businessId: 3, name: "Passport check", verificationStatus: .pending, id: 7)

    func testTheMemberwiseInitializerSetsTheFieldsItIsGiven() {
        XCTAssertEqual(check.id, 7)
        XCTAssertEqual(check.name, "Passport check")
        XCTAssertNil(check.coworkerId)
        XCTAssertEqual(check.additionalProperties, [:])
    }

    func testFieldsMatchByPattern() {
        switch (check.verificationStatus, check.businessId) {
        case (.pending?, let business?): XCTAssertEqual(business, 3)
        default: XCTFail("no match for \(check)")
        }
        guard case .pending? = check.verificationStatus else { return XCTFail("not pending") }
        let pending = [check].filter { if case .pending? = $0.verificationStatus { true } else { false } }
        XCTAssertEqual(pending.map(\.id), [7])
    }

    /// What the debugger's variables view and `dump` show: the stored properties by name.
    func testTheMirrorShowsStoredProperties() {
        let labels = Mirror(reflecting: check).children.compactMap(\.label)
        XCTAssertTrue(labels.contains("name"), "\(labels)")
        XCTAssertTrue(labels.contains("verificationStatus"), "\(labels)")
        XCTAssertEqual(labels.last, "additionalProperties")
        XCTAssertFalse(labels.contains("fields"), "a record is not a dictionary behind dynamic members")
    }

    func testRecordsCrossConcurrencyDomains() async {
        let record = check
        let name = await Task.detached { record.name }.value
        XCTAssertEqual(name, "Passport check")
        let copies: Set<CoworkerIdentityCheck> = [record, record]
        XCTAssertEqual(copies.count, 1)
    }

    /// A member of the app's own may use the fields without `self.`, as on any struct.
    func testAnExtensionReadsFieldsAsPlainProperties() {
        XCTAssertEqual(check.label, "7: Passport check")
    }
}

private extension CoworkerIdentityCheck {
    var label: String { "\(id): \(name ?? "")" }
}
