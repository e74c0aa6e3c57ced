import NexudusAPI
import XCTest

/// Credentials the docs name (tokens, keys, PIN codes, bank accounts) never reach a log.
final class SecretRedactionTests: XCTestCase {
    private func request() -> CreateCoworkerRequest {
        var body = CreateCoworkerRequest(fullName: "Ada Lovelace", email: "ada@example.com", countryId: 1, simpleTimeZoneId: 2)
        body.bankAccount = "GB00-SECRET-BANK"
        body.accessPincode = "4242-PIN"
        body.zoomAccessToken = "zoom-SECRET-token"
        body.doordeckPrivateKey = "PRIVATE-KEY-SECRET"
        return body
    }

    func testPrintingInterpolatingAndDumpingHideCredentials() {
        let value = request()
        var dumped = ""
        dump(value, to: &dumped)
        for text in [String(describing: value), "\(value)", String(reflecting: value), dumped] {
            for secret in ["GB00-SECRET-BANK", "4242-PIN", "zoom-SECRET-token", "PRIVATE-KEY-SECRET"] {
                XCTAssertFalse(text.contains(secret), "a credential leaked into: \(text.prefix(200))")
            }
            XCTAssertTrue(text.contains("<redacted>"))
            XCTAssertTrue(text.contains("Ada Lovelace"), "ordinary fields are still shown")
        }
    }

    func testAbsentCredentialsShowAsNil() {
        let value = CreateCoworkerRequest(fullName: "A", email: "a@example.com", countryId: 1, simpleTimeZoneId: 2)
        XCTAssertFalse(String(describing: value).contains("<redacted>"))
    }

    func testRedactionDoesNotChangeTheJSONSent() throws {
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(request())) as? [String: Any]
        XCTAssertEqual(json?["ZoomAccessToken"] as? String, "zoom-SECRET-token")
        XCTAssertEqual(json?["AccessPincode"] as? String, "4242-PIN")
    }

    /// A decoding error names the key and the kind of value it found, never the value: a
    /// token sent where the docs say integer must not reach a log through the error.
    func testDecodingErrorsDoNotQuoteTheValue() throws {
        let json = #"{"FullName": "A", "Email": "a@b.c", "CountryId": 1, "SimpleTimeZoneId": 2, "AccessPincode": {"pin": "4242-PIN"}}"#
        XCTAssertThrowsError(try JSONDecoder().decode(CreateCoworkerRequest.self, from: Data(json.utf8))) { error in
            XCTAssertFalse("\(error)".contains("4242-PIN"), "\(error)")
            XCTAssertTrue("\(error)".contains("found an object"), "\(error)")
        }
    }
}
