import APISchema
import Diagnostics
import XCTest
@testable import SwiftEmitter

/// Schema types → Swift types, documented defaults → Swift expressions, and enum case names.
final class TypeMappingTests: XCTestCase {
    private let here = SourceLocation(file: "x.md", line: 1)

    private lazy var schema = APISchema(
        entities: [Entity(name: "Coworker", fields: [Field(name: "Id", type: .integer, source: here)]), Entity(name: "Business")],
        enums: [
            EnumType(name: "eGender", values: [.init(value: 0, name: "None"), .init(value: 1, name: "NotSet"), .init(value: 2, name: "Male")], sources: [here]),
            EnumType(name: "eTaxRate", values: [.init(value: 1, name: "Default"), .init(value: 2, name: "Reduced")], sources: [here]),
            EnumType(name: "eDays", values: [.init(value: 0, name: "None"), .init(value: 1, name: "Monday"), .init(value: 2, name: "Tuesday"), .init(value: 4, name: "Wednesday")],
                     isFlags: true, sources: [here]),
        ])
    private lazy var types = TypeMapping(schema: schema)

    private func swiftType(_ type: FieldType, nested: String? = nil) -> String {
        types.swiftType(of: Field(name: "X", type: type, source: here), nestedType: nested).name
    }

    // MARK: Types (the docs' text was read into these by the merge: see TypeDecisionTests)

    func testScalars() {
        XCTAssertEqual(swiftType(.integer), "Int")
        XCTAssertEqual(swiftType(.number), "Double")
        XCTAssertEqual(swiftType(.boolean), "Bool")
        XCTAssertEqual(swiftType(.string), "String")
        XCTAssertEqual(swiftType(.json), "JSONValue")
        XCTAssertEqual(swiftType(.dateTime), "NexudusDate")
    }

    func testArrays() {
        XCTAssertEqual(swiftType(.array(.integer)), "[Int]")
        XCTAssertEqual(swiftType(.array(.string)), "[String]")
        XCTAssertEqual(swiftType(.array(.json)), "[JSONValue]")
        XCTAssertEqual(swiftType(.array(.object), nested: "Error"), "[Error]")
    }

    func testObjectsAreTheirNestedStruct() {
        XCTAssertEqual(swiftType(.object, nested: "Photo"), "Photo")
        XCTAssertEqual(swiftType(.object), "JSONValue", "no struct was emitted for it")
    }

    func testRecordsAndEnumsTakeTheirSwiftNames() {
        XCTAssertEqual(swiftType(.record("Coworker")), "Coworker")
        XCTAssertEqual(swiftType(.array(.record("Coworker"))), "[Coworker]")
        XCTAssertEqual(swiftType(.enumeration("eGender")), "Gender")
        XCTAssertEqual(swiftType(.array(.enumeration("eGender"))), "[Gender]")
        XCTAssertEqual(swiftType(.enumeration("eDays")), "Days")
    }

    /// `eCoworker` next to the `Coworker` record: two declarations of one name would not compile.
    func testAnEnumNamedLikeARecordTypeGetsASuffix() {
        let schema = APISchema(
            entities: [Entity(name: "Coworker", fields: [Field(name: "Id", type: .integer, source: here)])],
            enums: [EnumType(name: "eCoworker", values: [.init(value: 1, name: "Member")], sources: [here]),
                    EnumType(name: "eBusiness", values: [.init(value: 1, name: "Main")], sources: [here])])
        let types = TypeMapping(schema: schema)
        XCTAssertEqual(types.enumTypeName("eCoworker"), "CoworkerEnum")
        XCTAssertEqual(types.swiftType(of: .enumeration("eCoworker"), nestedType: nil), .enumeration("CoworkerEnum"))
        XCTAssertEqual(types.enumTypeName("eBusiness"), "Business", "no record type named Business")
    }

    // MARK: Defaults

    private func defaultExpression(_ type: FieldType, _ value: String) -> String? {
        types.defaultExpression(of: Field(name: "X", type: type, default: value, source: here))
    }

    func testPrimitiveDefaults() {
        XCTAssertEqual(defaultExpression(.integer, "25"), "25")
        XCTAssertEqual(defaultExpression(.integer, "-1"), "-1")
        XCTAssertNil(defaultExpression(.integer, "twenty"))
        XCTAssertEqual(defaultExpression(.number, "1.5"), "1.5")
        XCTAssertNil(defaultExpression(.number, "1,5"))
        XCTAssertEqual(defaultExpression(.boolean, "true"), "true")
        XCTAssertNil(defaultExpression(.boolean, "yes"))
        XCTAssertNil(defaultExpression(.array(.integer), "1"), "no literal for a documented array default")
    }

    /// A default `Double(_:)` reads but Swift would not (`.5`), or would read as code (`nan(x)`).
    func testNumberDefaultsAreSwiftLiterals() {
        XCTAssertEqual(defaultExpression(.number, ".5"), "0.5")
        XCTAssertEqual(defaultExpression(.number, "1e3"), "1e3")
        XCTAssertNil(defaultExpression(.number, "nan(injected)"))
        XCTAssertNil(defaultExpression(.number, "infinity"))
    }

    func testStringDefaultsAreEscapedLiterals() {
        XCTAssertEqual(defaultExpression(.string, "https"), #""https""#)
        XCTAssertEqual(defaultExpression(.string, #"say "hi" \(x)"#), #""say \"hi\" \\(x)""#)
    }

    func testEnumDefaultsByNameOrRawValue() {
        XCTAssertEqual(defaultExpression(.enumeration("eGender"), "NotSet"), ".notSet")
        XCTAssertEqual(defaultExpression(.enumeration("eGender"), "1"), ".notSet")
        XCTAssertEqual(defaultExpression(.enumeration("eTaxRate"), "Default"), ".`default`")
        XCTAssertNil(defaultExpression(.enumeration("eGender"), "Unknown"))
        XCTAssertNil(defaultExpression(.enumeration("eGender"), "9"))
    }

    /// Next to `Gender?`, `.none` would mean nil, so the documented `None` is `noneValue`.
    func testANoneDefaultIsNeverReadAsNil() {
        XCTAssertEqual(defaultExpression(.enumeration("eGender"), "None"), ".noneValue")
        XCTAssertEqual(defaultExpression(.enumeration("eGender"), "0"), ".noneValue")
        XCTAssertEqual(defaultExpression(.enumeration("eDays"), "None"), ".noneValue")
    }

    func testNoDefaultForAnArrayOfEnums() {
        XCTAssertNil(defaultExpression(.array(.enumeration("eGender")), "None"))
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
