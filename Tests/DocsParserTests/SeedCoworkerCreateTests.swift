import Diagnostics
@testable import DocsParser
import XCTest

/// Seed 004: the rendered page text of "Create Coworker", 183 body fields and five enum
/// tables whose names the rendering dropped.
final class SeedCoworkerCreateTests: XCTestCase {
    let page = Seed.coworkerCreate.parse()

    func testEndpointFacts() {
        XCTAssertEqual(page.format, .rendered)
        XCTAssertEqual(page.method, .post)
        XCTAssertEqual(page.path, "/api/spaces/coworkers")
        XCTAssertEqual(page.entity, "Coworker")
        XCTAssertEqual(page.operation, .create)
        XCTAssertEqual(page.role, "Coworker-Create")
        XCTAssertNil(page.sortDirection)
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.joined(separator: "\n"))
        XCTAssertTrue(page.description?.hasPrefix("A Coworker represents a customer in Nexudus.") == true)
        XCTAssertTrue(page.description?.hasSuffix("will first be invoiced.") == true)
    }

    func testBodyFieldCountsAndRequiredFields() {
        XCTAssertEqual(page.bodyFields.count, 183)
        XCTAssertEqual(page.parameters.count, 183, "a create page has only body fields")
        XCTAssertEqual(page.bodyFields.filter(\.required).map(\.name), ["FullName", "Email", "CountryId", "SimpleTimeZoneId"])
        XCTAssertEqual(Set(page.bodyFields.map(\.name)).count, 183, "no field is read twice")
        let typeCounts = Dictionary(grouping: page.bodyFields, by: \.type).mapValues(\.count)
        XCTAssertEqual(typeCounts, ["string": 114, "boolean": 42, "integer": 20, "number": 5, "integer[]": 2])
        XCTAssertEqual(page.bodyFields.first?.name, "FullName")
        XCTAssertEqual(page.bodyFields.first?.location.line, 76)
        XCTAssertEqual(page.bodyFields.last?.name, "Archived")
        XCTAssertEqual(page.bodyFields.last?.location.line, 629)
    }

    func testRequiredFields() {
        assertParameter(page.parameter("FullName"), in: .body, type: "string", required: true)
        assertParameter(page.parameter("Email"), in: .body, type: "string", required: true)
        assertParameter(page.parameter("CountryId"), in: .body, type: "integer", required: true)
        assertParameter(page.parameter("SimpleTimeZoneId"), in: .body, type: "integer", required: true)
        XCTAssertEqual(page.parameter("Email")?.description, "Email address.")
    }

    func testEnumsRecoveredFromTheFieldsThatReferToThem() throws {
        XCTAssertEqual(page.enums.map(\.name), [
            "eCoworkerRecordType", "eGender", "eCoworkerTaxRateType", "eCoworkerAttendance", "eRegularPaymentProvider",
        ])
        XCTAssertEqual(page.enums.map(\.location.line), [30, 33, 40, 44, 50])
        XCTAssertEqual(valueList(try XCTUnwrap(page.enumNamed("eCoworkerRecordType")).values), ["1 Individual", "2 Company"])
        XCTAssertEqual(valueList(try XCTUnwrap(page.enumNamed("eGender")).values),
                       ["0 None", "1 NotSet", "2 Male", "3 Female", "4 Other", "5 RatherNotSay"])
        XCTAssertEqual(valueList(try XCTUnwrap(page.enumNamed("eCoworkerTaxRateType")).values), ["1 Default", "2 Reduced", "3 Exempt"])
        XCTAssertEqual(valueList(try XCTUnwrap(page.enumNamed("eCoworkerAttendance")).values), [
            "1 WorkingFromOffice", "2 WorkingFromHome", "3 WorkingFromAbroad", "4 NotWorking", "5 Undefined",
        ])
        XCTAssertEqual(valueList(try XCTUnwrap(page.enumNamed("eRegularPaymentProvider")).values), [
            "0 None", "1 MultiGateway", "2 Stripe", "3 Forte", "4 AuthorizeNetSubscription", "5 PaypalStandardSubscription",
            "6 PayPalAdaptive", "7 EPay", "8 Braintree", "9 EziDebit", "10 LiqPay", "11 StripeACH", "12 GoCardless",
            "13 StripeBACS", "94 CreditNote", "95 GiftCard", "96 BankTransfer", "97 Cash", "98 Check", "99 Other",
        ])
    }

    func testEnumFieldsWithDefaults() {
        assertParameter(page.parameter("CoworkerType"), in: .body, type: "integer", default: "Individual", enum: "eCoworkerRecordType")
        assertParameter(page.parameter("Gender"), in: .body, type: "integer", default: "NotSet", enum: "eGender")
        assertParameter(page.parameter("TaxRateType"), in: .body, type: "integer", default: "Default", enum: "eCoworkerTaxRateType")
        for day in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] {
            assertParameter(page.parameter("\(day)Attendance"), in: .body, type: "integer", default: "WorkingFromOffice", enum: "eCoworkerAttendance")
        }
    }

    func testNullableEnumReference() {
        assertParameter(page.parameter("RegularPaymentProvider"), in: .body, type: "integer", enum: "eRegularPaymentProvider", nullable: true)
        XCTAssertEqual(page.parameter("RegularPaymentProvider")?.description, "Regular payment provider. See eRegularPaymentProvider? enum above.")
    }

    func testOnlyTheDocumentedFieldsTakeEnums() {
        let withEnum = page.bodyFields.filter { $0.enum != nil }.map(\.name)
        XCTAssertEqual(withEnum, [
            "CoworkerType", "Gender", "TaxRateType", "RegularPaymentProvider", "MondayAttendance", "TuesdayAttendance",
            "WednesdayAttendance", "ThursdayAttendance", "FridayAttendance", "SaturdayAttendance", "SundayAttendance",
        ])
        XCTAssertEqual(page.bodyFields.filter(\.nullable).map(\.name), ["RegularPaymentProvider"])
        XCTAssertEqual(page.bodyFields.filter { $0.default != nil }.count, 10)
    }

    func testOtherTypes() {
        assertParameter(page.parameter("Businesses"), in: .body, type: "integer[]")
        assertParameter(page.parameter("Teams"), in: .body, type: "integer[]")
        assertParameter(page.parameter("TaxRate"), in: .body, type: "number")
        assertParameter(page.parameter("Latitude"), in: .body, type: "number")
        assertParameter(page.parameter("CreateUser"), in: .body, type: "boolean")
        XCTAssertEqual(page.parameter("CreateUser")?.description,
                       "Create user account. Grants portal and app access and sends a welcome email with the access details.")
    }

    func testResponses() throws {
        XCTAssertEqual(page.responseFields.filter { $0.status == 200 }.map(\.name), ["Status", "Message", "Value", "WasSuccessful", "Errors"])
        XCTAssertEqual(page.responseFields.filter { $0.status == 400 }.map(\.name), ["Message", "Value", "Errors", "WasSuccessful"])
        XCTAssertEqual(page.responseField("Errors", status: 400)?.children.map(\.name), ["AttemptedValue", "Message", "PropertyName"])
        XCTAssertEqual(page.exampleResponses.map(\.status), [200, 400])
        XCTAssertEqual(page.exampleResponses.map(\.location.line), [666, 697])
        XCTAssertTrue(page.exampleResponses[1].json.contains("\"Message\": \"FullName: is a required field\""))
    }

    func testRequestExample() throws {
        let example = try XCTUnwrap(page.requestExamples.first)
        XCTAssertEqual(page.requestExamples.count, 1)
        XCTAssertEqual(example.method, "POST")
        XCTAssertEqual(example.url, "https://spaces.nexudus.com/api/spaces/coworkers")
        XCTAssertEqual(example.body.flatMap { OrderedJSON.parse($0) }, .object([
            ("FullName", .string("")), ("Email", .string("")), ("CountryId", .integer(0)), ("SimpleTimeZoneId", .integer(0)),
        ]))
    }
}
