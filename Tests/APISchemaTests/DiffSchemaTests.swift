@testable import APISchema
import Diagnostics
import XCTest

/// `SchemaDiff` one rule at a time, on schemas written out in code.
final class DiffSchemaTests: XCTestCase {
    typealias F = DiffFixture

    private func create(_ body: [Field], role: String? = nil) -> APISchema {
        APISchema(entities: [Entity(name: "Desk")], operations: [F.operation("Desk", .create, role: role, body: body)])
    }

    func testTheSameSchemaHasNoChanges() {
        let schema = create([F.field("Name", required: true, about: "Display name."), F.field("Notes", about: "Free text.")])
        XCTAssertEqual(SchemaDiff.compare(schema, schema), [])
    }

    /// A renamed field keeps its description and type; both descriptions must be there.
    func testARenameNeedsTheSameDescriptionOnBothSides() {
        let old = create([F.field("Notes", about: "Free-text notes.")])
        XCTAssertEqual(F.summary(SchemaDiff.compare(old, create([F.field("Remarks", about: "Free-text notes.")]))),
                       ["breaking fieldRenamed: Desk.create body Notes"])
        XCTAssertEqual(F.summary(SchemaDiff.compare(old, create([F.field("Remarks")]))),
                       ["breaking fieldRemoved: Desk.create body Notes", "additive fieldAdded: Desk.create body Remarks"])
        XCTAssertEqual(F.summary(SchemaDiff.compare(create([F.field("Notes")]), create([F.field("Remarks")]))),
                       ["breaking fieldRemoved: Desk.create body Notes", "additive fieldAdded: Desk.create body Remarks"])
        XCTAssertEqual(F.summary(SchemaDiff.compare(old, create([F.field("Remarks", "integer", about: "Free-text notes.")]))),
                       ["breaking fieldRemoved: Desk.create body Notes", "additive fieldAdded: Desk.create body Remarks"],
                       "another type is another field")
    }

    /// Required request fields are initializer parameters; record fields are all optional in Swift.
    func testRequiredMattersForRequestsOnly() {
        let added = SchemaDiff.compare(create([]), create([F.field("Floor", "integer", required: true)]))
        XCTAssertEqual(F.summary(added), ["breaking fieldAdded: Desk.create body Floor"])
        let record = { (required: Bool) in APISchema(entities: [Entity(name: "Desk", fields: [F.field("Id", "integer"), F.field("Floor", "integer", required: required)])]) }
        XCTAssertEqual(SchemaDiff.compare(record(false), record(true)), [])
    }

    /// Both are the server's: the SDK sends neither. A request field's default is also a
    /// constant of the body (`Defaults.active`), so its removal breaks code that reads it.
    func testDefaultsAreTheServersAndARequestDefaultIsAConstant() {
        let body = { (value: String?) in self.create([F.field("Active", "boolean", default: value)]) }
        XCTAssertEqual(F.summary(SchemaDiff.compare(body(nil), body("true"))), ["additive defaultAdded: Desk.create body Active"])
        XCTAssertEqual(F.summary(SchemaDiff.compare(body("true"), body("false"))), ["additive defaultChanged: Desk.create body Active"])
        XCTAssertEqual(F.summary(SchemaDiff.compare(body("true"), body(nil))), ["breaking defaultRemoved: Desk.create body Active"])
        let search = { (value: String?) in
            APISchema(operations: [F.operation("Desk", .search, parameters: [F.parameter("size", "integer", group: .pagination, default: value)])])
        }
        XCTAssertEqual(F.summary(SchemaDiff.compare(search("25"), search("50"))), ["additive defaultChanged: Desk.search parameter size"])
        XCTAssertEqual(F.summary(SchemaDiff.compare(search("25"), search(nil))), ["additive defaultRemoved: Desk.search parameter size"])
    }

    /// A get page that comes or goes brings its whole record: one change, not one per field.
    func testARecordThatComesWithItsGetPageIsOneChange() {
        let old = APISchema(entities: [Entity(name: "Desk")], operations: [])
        let new = APISchema(entities: [Entity(name: "Desk", fields: [F.field("Id", "integer"), F.field("Name")])],
                            operations: [F.operation("Desk", .get)])
        XCTAssertEqual(F.summary(SchemaDiff.compare(old, new)), ["additive operationAdded: Desk.get"])
        XCTAssertEqual(F.summary(SchemaDiff.compare(new, old)), ["breaking operationRemoved: Desk.get"])
    }

    func testAMovedOperationIsBreaking() {
        let old = APISchema(operations: [F.operation("Desk", .get)])
        let new = APISchema(operations: [F.operation("Desk", .get, path: "/api/spaces/workdesks/{id}")])
        let changes = SchemaDiff.compare(old, new)
        XCTAssertEqual(F.summary(changes), ["breaking pathChanged: Desk.get"])
        XCTAssertEqual(changes.first?.detail, "moved from GET /api/spaces/desks/{id} to GET /api/spaces/workdesks/{id}; clients built for the old path fail")
    }

    /// Values 1, 2, 4, 8 make a flag set, an `OptionSet` in Swift: another kind of type.
    func testAnEnumBecomingAFlagSetIsBreaking() {
        let old = APISchema(enums: [F.enumType("eDays", [(1, "Monday"), (2, "Tuesday"), (3, "Wednesday")])])
        let new = APISchema(enums: [F.enumType("eDays", [(1, "Monday"), (2, "Tuesday"), (4, "Wednesday"), (8, "Thursday")], isFlags: true)])
        XCTAssertEqual(F.summary(SchemaDiff.compare(old, new)), [
            "breaking enumKindChanged: eDays",
            "additive enumValueAdded: eDays.Thursday",
            "additive enumValueAdded: eDays.Wednesday",
            "breaking enumValueRemoved: eDays.Wednesday",
        ])
    }

    func testListingFieldsThatGoOrCome() {
        let entity = { (omits: [String]) in
            Entity(name: "Desk", fields: [F.field("Id", "integer"), F.field("Notes"), F.field("Photo")], listingOmits: omits)
        }
        let changes = SchemaDiff.compare(APISchema(entities: [entity(["Notes"])]), APISchema(entities: [entity(["Photo"])]))
        XCTAssertEqual(F.summary(changes), ["additive listingFieldAdded: Desk listing Notes", "breaking listingFieldRemoved: Desk listing Photo"])
    }

    func testNestedFieldsAreCompared() {
        let record = { (children: [Field]) in
            APISchema(entities: [Entity(name: "Desk", fields: [F.field("Id", "integer"), F.field("Location", "object", children: children)])])
        }
        let changes = SchemaDiff.compare(record([F.field("Floor", "integer")]), record([F.field("Floor", "string")]))
        XCTAssertEqual(F.summary(changes), ["breaking fieldRetyped: Desk record Location Floor"])
    }

    /// The diff compares decided types: a respelling that gives the Swift property the same
    /// type is no change; a new enum under the same text is an enum change; a real type
    /// change is breaking, described in the docs' words.
    func testTypesAreComparedAsDecided() {
        let record = { (field: Field) in APISchema(entities: [Entity(name: "Desk", fields: [F.field("Id", "integer"), field])]) }
        XCTAssertEqual(SchemaDiff.compare(record(F.field("Floor", "int")), record(F.field("Floor", "integer"))), [])
        XCTAssertEqual(SchemaDiff.compare(record(F.field("Kind", "eKind")), record(F.field("Kind", "eKind?"))), [])
        let swapped = SchemaDiff.compare(record(F.field("Kind", "integer", enum: "eKind")), record(F.field("Kind", "integer", enum: "eSort")))
        XCTAssertEqual(F.summary(swapped), ["breaking enumReferenceChanged: Desk record Kind"])
        XCTAssertEqual(swapped.map(\.detail), ["enum changed from eKind to eSort; the Swift property changes type"])
        let dated = { (format: String?) in
            record(Field(name: "On", type: format == nil ? .string : .dateTime, documentedType: "string", format: format, source: F.at(1)))
        }
        let retyped = SchemaDiff.compare(dated(nil), dated("date-time"))
        XCTAssertEqual(F.summary(retyped), ["breaking fieldRetyped: Desk record On"])
        XCTAssertEqual(retyped.map(\.detail), ["type changed from string to date-time string; the Swift property changes type"])
    }

    /// Facts the parser reads out of a description are compared as what they are, once.
    func testADefaultOrEnumStatedInProseIsNotADescriptionChange() {
        let gender = { (description: String, value: String?) in
            self.create([F.field("Gender", "integer", default: value, about: description, enum: "eGender")])
        }
        let changes = SchemaDiff.compare(gender("Gender. Defaults to eGender.NotSet. See eGender enum above.", "NotSet"),
                                         gender("Gender. Defaults to eGender.Male. See eGender enum above.", "Male"))
        XCTAssertEqual(F.summary(changes), ["additive defaultChanged: Desk.create body Gender"])
        let described = SchemaDiff.compare(gender("Gender.", nil), gender("The customer's gender.", nil))
        XCTAssertEqual(described.map(\.detail), [#"description changed from "Gender." to "The customer's gender.""#])
    }

    func testDirEncodingIsOneChangeNotAlsoADescription() {
        let search = { (ascending: String, descending: String) in
            APISchema(operations: [F.operation("Desk", .search,
                parameters: [F.parameter("dir", "integer", group: .sorting, about: "Sort direction. `\(ascending)` for ascending, `\(descending)` for descending.")],
                sortDirection: SortDirectionEncoding(ascending: ascending, descending: descending))])
        }
        XCTAssertEqual(F.summary(SchemaDiff.compare(search("0", "1"), search("1", "-1"))), ["additive sortDirectionChanged: Desk.search dir"])
    }

    /// The order of the input never changes the report.
    func testTheOrderOfChangesIsStable() {
        let fields = [F.field("A", required: true), F.field("B", "integer"), F.field("C", about: "Text C."), F.field("D")]
        let changed = [F.field("D", "integer"), F.field("C", about: "Other text."), F.field("E"), F.field("A")]
        let once = SchemaDiff.compare(create(fields), create(changed))
        XCTAssertEqual(once, SchemaDiff.compare(create(fields.reversed()), create(changed.reversed())))
        XCTAssertEqual(once.map(\.subject), once.map(\.subject).sorted())
    }
}
