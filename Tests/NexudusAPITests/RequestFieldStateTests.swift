import Foundation
import NexudusAPI
import XCTest

/// A request field is set, cleared (sent as `null`) or left out, and what the endpoint
/// sends is exactly what the caller chose: no documented default is written behind the
/// caller's back. Checked on the bytes `CoworkerAPI.create` puts in the request.
final class RequestFieldStateTests: XCTestCase {
    private func newBody() -> CreateCoworkerRequest {
        CreateCoworkerRequest(fullName: "Ada", email: "ada@example.com", countryId: 1, simpleTimeZoneId: 2)
    }

    /// The JSON object the create endpoint would send.
    private func sent(_ body: CreateCoworkerRequest) throws -> [String: Any] {
        let data = try XCTUnwrap(CoworkerAPI.create(body).body)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The initializer takes the four required fields and sends only them: the ten
    /// documented defaults (`Gender`, `CoworkerType`, the attendance days…) are the server's.
    func testANewBodySendsOnlyTheRequiredFields() throws {
        XCTAssertEqual(Set(try sent(newBody()).keys), ["FullName", "Email", "CountryId", "SimpleTimeZoneId"])
        XCTAssertEqual(newBody().state(of: \.gender), .omitted)
        XCTAssertEqual(newBody().gender, nil)
    }

    func testAFieldIsSetClearedOrLeftOut() throws {
        var body = newBody()
        body.gender = .female
        body.salutation = "Dr"
        XCTAssertEqual(body.state(of: \.gender), .set)
        XCTAssertEqual(try sent(body)["Gender"] as? Int, Gender.female.rawValue)

        body.clear(\.salutation)
        XCTAssertEqual(body.state(of: \.salutation), .cleared)
        XCTAssertNil(body.salutation)
        XCTAssertTrue(try sent(body)["Salutation"] is NSNull)

        body.gender = nil
        XCTAssertEqual(body.state(of: \.gender), .omitted)
        XCTAssertNil(try sent(body)["Gender"])

        body.salutation = "Prof"
        XCTAssertEqual(body.state(of: \.salutation), .set)
        body.omit(\.salutation)
        XCTAssertEqual(body.state(of: \.salutation), .omitted)
        XCTAssertEqual(Set(try sent(body).keys), ["FullName", "Email", "CountryId", "SimpleTimeZoneId"])
    }

    /// A field is named by its property's key path, also through a property of the caller's
    /// own that sets it; a property that sets no documented field changes nothing.
    func testKeyPathsNameTheFieldTheyWrite() throws {
        var body = newBody()
        body.clear(\.title)
        XCTAssertEqual(body.state(of: \.title), .cleared)
        XCTAssertTrue(try sent(body)["Salutation"] is NSNull)
        // Working out the key sets the property on a copy that keeps the required fields, so
        // a setter of the caller's own may read them.
        body.salutation = "Dr"
        body.clear(\.honorific)
        XCTAssertEqual(body.state(of: \.salutation), .cleared)
        body.clear(\.nickname)
        XCTAssertEqual(body.state(of: \.nickname), .omitted)
        XCTAssertEqual(Set(try sent(body).keys), ["FullName", "Email", "CountryId", "SimpleTimeZoneId", "Salutation"])
    }

    /// The documented defaults are constants a caller can read, and send if they choose to.
    func testDocumentedDefaultsAreConstantsNotSent() throws {
        XCTAssertEqual(CreateCoworkerRequest.Defaults.gender, .notSet)
        XCTAssertEqual(CreateCoworkerRequest.Defaults.coworkerType, .individual)
        var body = newBody()
        body.gender = CreateCoworkerRequest.Defaults.gender
        XCTAssertEqual(try sent(body)["Gender"] as? Int, Gender.notSet.rawValue)
    }

    /// A decoded body keeps its nulls and the keys the docs do not list, and sends them back.
    func testADecodedBodyRoundTripsNullsAndUndocumentedKeys() throws {
        let json = #"{"FullName":"Ada","Email":"a@b.c","CountryId":1,"SimpleTimeZoneId":2,"Salutation":null,"Extra":{"x":[1,2.5]}}"#
        let body = try JSONDecoder().decode(CreateCoworkerRequest.self, from: Data(json.utf8))
        XCTAssertEqual(body.state(of: \.salutation), .cleared)
        XCTAssertEqual(body.additionalProperties["Extra"], .object(["x": .array([.integer(1), .number(2.5)])]))
        let again = try JSONDecoder().decode(CreateCoworkerRequest.self, from: try JSONEncoder().encode(body))
        XCTAssertEqual(again, body)
        XCTAssertTrue(try sent(body)["Salutation"] is NSNull)
    }

    /// Plain value semantics: a copy changes on its own, properties work through key paths.
    func testBodiesAreValues() {
        let original = newBody()
        var copy = original
        copy.clear(\.mobilePhone)
        let phone: WritableKeyPath<CreateCoworkerRequest, String?> = \.mobilePhone
        var other = original
        other[keyPath: phone] = "+44"
        XCTAssertEqual(original.state(of: \.mobilePhone), .omitted)
        XCTAssertEqual(copy.state(of: \.mobilePhone), .cleared)
        XCTAssertEqual(other.mobilePhone, "+44")
        XCTAssertNotEqual(copy, original)
    }

    /// A required field cleared through a decoded object is refused, never a trap later.
    func testANullRequiredFieldIsRefused() {
        let json = #"{"FullName":null,"Email":"a@b.c","CountryId":1,"SimpleTimeZoneId":2}"#
        XCTAssertThrowsError(try JSONDecoder().decode(CreateCoworkerRequest.self, from: Data(json.utf8)))
    }
}

private extension CreateCoworkerRequest {
    /// Another name for `salutation`.
    var title: String? {
        get { salutation }
        set { salutation = newValue }
    }

    /// Sets `salutation`, reading a required field on the way.
    var honorific: String? {
        get { salutation }
        set { salutation = newValue.map { $0 + (fullName.isEmpty ? "" : "") } }
    }

    /// Not in the body at all.
    var nickname: String? {
        get { nil }
        set {}
    }
}
