@testable import APISchema
import XCTest

/// The record field a filter or range parameter names: the words after the entity's, run
/// together, whatever the underscores around them.
final class FilterFieldTests: XCTestCase {
    func testTheEntityWordIsDropped() {
        XCTAssertEqual(OperationBuilder.filterField("CoworkerIdentityCheck_Business"), "Business")
        XCTAssertEqual(OperationBuilder.filterField("from_CoworkerIdentityCheck_UpdatedOn"), "UpdatedOn")
        XCTAssertEqual(OperationBuilder.filterField("to_Coworker_CreatedOn"), "CreatedOn")
        XCTAssertEqual(OperationBuilder.filterField("Coworker_Billing_Name"), "BillingName")
    }

    func testANameOfOneWordIsKeptAsWritten() {
        XCTAssertEqual(OperationBuilder.filterField("Name"), "Name")
        XCTAssertEqual(OperationBuilder.filterField("_Name"), "_Name")
        XCTAssertEqual(OperationBuilder.filterField("Name__"), "Name__")
        XCTAssertEqual(OperationBuilder.filterField("from_"), "")
        XCTAssertEqual(OperationBuilder.filterField("___"), "___")
    }

    /// Empty words between underscores count for nothing, as `split` leaves them out.
    func testRepeatedUnderscores() {
        XCTAssertEqual(OperationBuilder.filterField("__Coworker__Full_Name_"), "FullName")
        XCTAssertEqual(OperationBuilder.filterField("Coworker_é_Name"), "éName")
    }
}
