import APISchema
import Diagnostics
import XCTest
@testable import SwiftEmitter

/// Documented types → Swift types, documented defaults → Swift expressions, and enum case names.
final class TypeMappingTests: XCTestCase {
    private let here = SourceLocation(file: "x.md", line: 1)

    private lazy var schema = APISchema(
        entities: [Entity(name: "Coworker", fields: [field("Id", "integer")]), Entity(name: "Business")],
        enums: [
            EnumType(name: "eGender", values: [.init(value: 0, name: "None"), .init(value: 1, name: "NotSet"), .init(value: 2, name: "Male")], sources: [here]),
            EnumType(name: "eTaxRate", values: [.init(value: 1, name: "Default"), .init(value: 2, name: "Reduced")], sources: [here]),
            EnumType(name: "eDays", values: [.init(value: 0, name: "None"), .init(value: 1, name: "Monday"), .init(value: 2, name: "Tuesday"), .init(value: 4, name: "Wednesday")],
                     isFlags: true, sources: [here]),
        ])
    private lazy var types = TypeMapping(schema: schema)

    private func field(_ name: String, _ type: String, enum enumName: String? = nil, format: String? = nil, default value: String? = nil) -> Field {
        Field(name: name, type: type, default: value, enum: enumName, format: format, source: here)
    }

    private func swiftType(_ type: String, enum enumName: String? = nil, format: String? = nil, nested: String? = nil) -> String {
        types.swiftType(of: field("X", type, enum: enumName, format: format), nestedType: nested)
    }

    // MARK: Types

    func testPrimitives() {
        XCTAssertEqual(swiftType("integer"), "Int")
        XCTAssertEqual(swiftType("number"), "Double")
        XCTAssertEqual(swiftType("decimal"), "Double")
        XCTAssertEqual(swiftType("boolean"), "Bool")
        XCTAssertEqual(swiftType("string"), "String")
        XCTAssertEqual(swiftType("any"), "JSONValue")
    }

    func testDatesAreNexudusDatesOnlyWhereTheDocsShowADate() {
        XCTAssertEqual(swiftType("string", format: "date-time"), "NexudusDate")
        XCTAssertEqual(swiftType("string"), "String")
    }

    func testArrays() {
        XCTAssertEqual(swiftType("integer[]"), "[Int]")
        XCTAssertEqual(swiftType("string[]"), "[String]")
        XCTAssertEqual(swiftType("array"), "[JSONValue]")
        XCTAssertEqual(swiftType("array", nested: "Error"), "[Error]")
    }

    func testObjects() {
        XCTAssertEqual(swiftType("object"), "JSONValue")
        XCTAssertEqual(swiftType("object", nested: "Photo"), "Photo")
        XCTAssertEqual(swiftType("object[]", nested: "Photo"), "[Photo]")
    }

    func testEntitiesWithARecordTypeAreTyped() {
        XCTAssertEqual(swiftType("Coworker"), "Coworker")
        XCTAssertEqual(swiftType("Coworker[]"), "[Coworker]")
        XCTAssertEqual(swiftType("Business"), "JSONValue", "no fields documented, so no record type")
        XCTAssertEqual(swiftType("Unheard"), "JSONValue")
    }

    func testEnumsByReferenceOrByTypeName() {
        XCTAssertEqual(swiftType("integer", enum: "eGender"), "Gender")
        XCTAssertEqual(swiftType("eGender"), "Gender")
        XCTAssertEqual(swiftType("eGender[]"), "[Gender]")
        XCTAssertEqual(swiftType("integer", enum: "eDays"), "Days")
    }

    /// `eX?`: the value may be null. Every record and optional body field is already optional
    /// in Swift, so the type is the enum's, and the property adds the `?`.
    func testNullableEnums() {
        XCTAssertEqual(swiftType("eGender?"), "Gender")
        XCTAssertEqual(swiftType("eGender?[]"), "[Gender]")
        XCTAssertEqual(swiftType("eGender[]?"), "[Gender]")
    }

    /// `eCoworker` next to the `Coworker` record: two declarations of one name would not compile.
    func testAnEnumNamedLikeARecordTypeGetsASuffix() {
        let schema = APISchema(
            entities: [Entity(name: "Coworker", fields: [field("Id", "integer")])],
            enums: [EnumType(name: "eCoworker", values: [.init(value: 1, name: "Member")], sources: [here]),
                    EnumType(name: "eBusiness", values: [.init(value: 1, name: "Main")], sources: [here])])
        let types = TypeMapping(schema: schema)
        XCTAssertEqual(types.enumTypeName("eCoworker"), "CoworkerEnum")
        XCTAssertEqual(types.swiftType(of: field("Kind", "integer", enum: "eCoworker"), nestedType: nil), "CoworkerEnum")
        XCTAssertEqual(types.enumTypeName("eBusiness"), "Business", "no record type named Business")
    }

    func testAnEnumNoPageDefinesFallsBackToItsDocumentedType() {
        XCTAssertEqual(swiftType("integer", enum: "eMissing"), "Int")
        XCTAssertEqual(swiftType("eMissing"), "JSONValue")
    }

    // MARK: Defaults

    private func defaultExpression(_ type: String, _ value: String, enum enumName: String? = nil) -> String? {
        let field = field("X", type, enum: enumName, default: value)
        return types.defaultExpression(of: field, swiftType: types.swiftType(of: field, nestedType: nil))
    }

    func testPrimitiveDefaults() {
        XCTAssertEqual(defaultExpression("integer", "25"), "25")
        XCTAssertEqual(defaultExpression("integer", "-1"), "-1")
        XCTAssertNil(defaultExpression("integer", "twenty"))
        XCTAssertEqual(defaultExpression("number", "1.5"), "1.5")
        XCTAssertNil(defaultExpression("number", "1,5"))
        XCTAssertEqual(defaultExpression("boolean", "true"), "true")
        XCTAssertNil(defaultExpression("boolean", "yes"))
        XCTAssertNil(defaultExpression("integer[]", "1"), "no literal for a documented array default")
    }

    /// A default `Double(_:)` reads but Swift would not (`.5`), or would read as code (`nan(x)`).
    func testNumberDefaultsAreSwiftLiterals() {
        XCTAssertEqual(defaultExpression("number", ".5"), "0.5")
        XCTAssertEqual(defaultExpression("number", "1e3"), "1e3")
        XCTAssertNil(defaultExpression("number", "nan(injected)"))
        XCTAssertNil(defaultExpression("number", "infinity"))
    }

    func testStringDefaultsAreEscapedLiterals() {
        XCTAssertEqual(defaultExpression("string", "https"), #""https""#)
        XCTAssertEqual(defaultExpression("string", #"say "hi" \(x)"#), #""say \"hi\" \\(x)""#)
    }

    func testEnumDefaultsByNameOrRawValue() {
        XCTAssertEqual(defaultExpression("integer", "NotSet", enum: "eGender"), ".notSet")
        XCTAssertEqual(defaultExpression("integer", "1", enum: "eGender"), ".notSet")
        XCTAssertEqual(defaultExpression("integer", "Default", enum: "eTaxRate"), ".`default`")
        XCTAssertNil(defaultExpression("integer", "Unknown", enum: "eGender"))
        XCTAssertNil(defaultExpression("integer", "9", enum: "eGender"))
    }

    /// Next to `Gender?`, `.none` would mean nil, so the documented `None` is `noneValue`.
    func testANoneDefaultIsNeverReadAsNil() {
        XCTAssertEqual(defaultExpression("integer", "None", enum: "eGender"), ".noneValue")
        XCTAssertEqual(defaultExpression("integer", "0", enum: "eGender"), ".noneValue")
        XCTAssertEqual(defaultExpression("integer", "None", enum: "eDays"), ".noneValue")
    }

    func testNoDefaultForAnArrayOfEnums() {
        XCTAssertNil(defaultExpression("eGender[]", "None", enum: "eGender"))
    }

    // MARK: Enum cases

    private func caseNames(_ names: [String], isFlags: Bool = false) -> [String] {
        let values = names.enumerated().map { EnumValue(value: isFlags ? (1 << $0.offset) : $0.offset, name: $0.element) }
        let names = EnumCases.caseNames(for: EnumType(name: "eX", values: values, isFlags: isFlags, sources: [here]))
        return values.map { names[$0.value] ?? "?" }
    }

    func testCaseNamesAreSwiftCased() {
        XCTAssertEqual(caseNames(["None", "NotSet", "RatherNotSay", "NEXUSCard", "IdCard", "3DSecure"]),
                       ["noneValue", "notSet", "ratherNotSay", "nexusCard", "idCard", "_3DSecure"])
    }

    /// Optional's own members: `.none` or `.some` on an optional property would not mean the case.
    func testCasesNamedLikeOptionalsMembersAreRenamed() {
        XCTAssertEqual(caseNames(["None", "Some", "Other"]), ["noneValue", "someValue", "other"])
        XCTAssertEqual(caseNames(["None", "NoneValue"]), ["noneValue", "noneValue2"])
    }

    func testCaseNamesAvoidKeywordsAndTheEnumsOwnMembers() {
        XCTAssertEqual(caseNames(["Default", "Self", "Type", "Protocol", "Undocumented", "AllCases", "RawValue", "Description", "Init"]),
                       ["`default`", "self_", "type", "`protocol`", "undocumented2", "allCases2", "rawValue2", "description2", "init_"])
    }

    func testFlagNamesAvoidTheFlagSetsOwnMembers() {
        XCTAssertEqual(caseNames(["AllFlags", "RawValue", "Description", "Undocumented", "AllCases"], isFlags: true),
                       ["allFlags2", "rawValue2", "description2", "undocumented", "allCases"])
    }

    func testCollidingCaseNamesAreNumberedInValueOrder() {
        XCTAssertEqual(caseNames(["Id", "ID", "id"]), ["id", "id2", "id3"])
    }
}
