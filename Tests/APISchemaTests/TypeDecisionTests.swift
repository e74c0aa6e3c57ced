@testable import APISchema
import Diagnostics
import XCTest

/// The docs' type text, enum reference and format → one `FieldType`, decided in the merge.
final class TypeDecisionTests: XCTestCase {
    private let here = SourceLocation(file: "x.md", line: 1)

    private lazy var decision = TypeDecision(
        enums: [EnumType(name: "eGender", values: [.init(value: 1, name: "Male")], sources: [here]),
                EnumType(name: "eDays", values: [.init(value: 1, name: "Monday")], isFlags: true, sources: [here])],
        entities: [Entity(name: "Coworker", fields: [Field(name: "Id", type: .integer, source: here)]), Entity(name: "Business")])

    private func type(_ text: String, enum enumName: String? = nil, format: String? = nil, hasFields: Bool = false) -> FieldType {
        var decision = decision
        return decision.type(documented: text, enum: enumName, format: format, hasFields: hasFields)
    }

    func testScalarsInEverySpellingTheDocsUse() {
        XCTAssertEqual(type("integer"), .integer)
        XCTAssertEqual(type("long"), .integer)
        XCTAssertEqual(type("number"), .number)
        XCTAssertEqual(type("decimal"), .number)
        XCTAssertEqual(type("boolean"), .boolean)
        XCTAssertEqual(type("string"), .string)
        XCTAssertEqual(type("any"), .json)
    }

    func testDatesOnlyWhereTheDocsShowADate() {
        XCTAssertEqual(type("string", format: "date-time"), .dateTime)
        XCTAssertEqual(type("string"), .string)
        XCTAssertEqual(type("integer", format: "date-time"), .integer, "only a string holds a date's text")
    }

    func testArraysAndObjects() {
        XCTAssertEqual(type("integer[]"), .array(.integer))
        XCTAssertEqual(type("array"), .array(.json))
        XCTAssertEqual(type("array", hasFields: true), .array(.object))
        XCTAssertEqual(type("object"), .json, "no documented fields: any JSON object")
        XCTAssertEqual(type("object", hasFields: true), .object)
        XCTAssertEqual(type("object[]", hasFields: true), .array(.object))
    }

    func testEntitiesWithARecordAreRecords() {
        XCTAssertEqual(type("Coworker"), .record("Coworker"))
        XCTAssertEqual(type("Coworker[]"), .array(.record("Coworker")))
        XCTAssertEqual(type("Business"), .json, "no fields documented, so no record")
        XCTAssertEqual(type("Unheard"), .json)
    }

    func testEnumsByReferenceOrByTypeName() {
        XCTAssertEqual(type("integer", enum: "eGender"), .enumeration("eGender"))
        XCTAssertEqual(type("eGender"), .enumeration("eGender"))
        XCTAssertEqual(type("eGender[]"), .array(.enumeration("eGender")))
        XCTAssertEqual(type("integer", enum: "eDays"), .enumeration("eDays"))
        XCTAssertEqual(type("eGender[]").enumerationName, "eGender")
    }

    /// `eX?`: the value may be null; the type is the enum's, and `nullable` says the rest.
    func testNullableEnums() {
        XCTAssertEqual(type("eGender?"), .enumeration("eGender"))
        XCTAssertEqual(type("eGender?[]"), .array(.enumeration("eGender")))
        XCTAssertEqual(type("eGender[]?"), .array(.enumeration("eGender")))
    }

    func testAnEnumNoPageDefinesFallsBackToItsDocumentedType() {
        XCTAssertEqual(type("integer", enum: "eMissing"), .integer)
        XCTAssertEqual(type("eMissing"), .json)
    }

    /// A word the docs do not define is a JSON value, never text passed on: the parser warns.
    func testAnUnknownWordIsAJSONValue() {
        XCTAssertEqual(type("wibble"), .json)
        XCTAssertEqual(type("wibble[]"), .array(.json))
    }

    /// The schema file spells a scalar by name and a compound as a one-key object.
    func testTheJSONShapeOfATypeRoundTrips() throws {
        let types: [FieldType] = [.string, .integer, .number, .boolean, .dateTime, .json, .object,
                                  .array(.array(.integer)), .enumeration("eGender"), .record("Coworker"), .array(.enumeration("eGender"))]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = try String(decoding: encoder.encode(types), as: UTF8.self)
        XCTAssertEqual(text, #"["string","integer","number","boolean","dateTime","json","object",{"array":{"array":"integer"}},{"enum":"eGender"},{"record":"Coworker"},{"array":{"enum":"eGender"}}]"#)
        XCTAssertEqual(try JSONDecoder().decode([FieldType].self, from: Data(text.utf8)), types)
        XCTAssertThrowsError(try JSONDecoder().decode(FieldType.self, from: Data(#""integer[]""#.utf8)), "text is never parsed")
        XCTAssertThrowsError(try JSONDecoder().decode(FieldType.self, from: Data(#"{"array":"integer","enum":"eX"}"#.utf8)))
    }
}
