import Foundation
@testable import APISchema
import Diagnostics
@testable import OpenAPIExport
import XCTest

/// FieldType → JSON Schema, defaults, enums, parameters: one fact at a time, read back from
/// the document text.
final class TypeMappingTests: XCTestCase {
    static let here = SourceLocation(file: "spec/docs/page.md", line: 7)

    static func operation(_ kind: OperationKind, entity: String = "Desk", method: HTTPMethod = .get, path: String = "/api/spaces/desks",
                          parameters: [Parameter] = [], body: [Field] = [], shape: ResponseShape = .json) -> SchemaOperation {
        SchemaOperation(id: "\(entity).\(kind.rawValue)", entity: entity, kind: kind, method: method, path: path, title: nil, summary: nil,
                            description: nil, role: "\(entity)-Read", parameters: parameters, body: body, responseShape: shape, responses: [],
                            notes: [], sortDirection: nil, requestExamples: [], source: here)
    }

    static let gender = EnumType(name: "eGender", values: [EnumValue(value: 0, name: "None"), EnumValue(value: 1, name: "NotSet")], sources: [here])

    /// The schema of one body field of a create operation, as the document says it.
    func bodySchema(_ field: Field, enums: [EnumType] = [gender]) throws -> Node {
        let schema = APISchema(enums: enums, operations: [Self.operation(.create, method: .post, body: [field], shape: .actionResult)])
        let document = try Node.parse(OpenAPIDocument(schema: schema, version: "v").encode().bytes)
        return try XCTUnwrap(document["components"]?["schemas"]?["CreateDeskRequest"]?["properties"]?[field.name])
    }

    func field(_ type: FieldType, documented: String? = nil, nullable: Bool = false, default value: String? = nil, format: String? = nil) -> Field {
        Field(name: "Value", type: type, documentedType: documented, default: value, nullable: nullable, format: format, source: Self.here)
    }

    func testScalarsAreTheirJSONTypeAndNullableWidensTheType() throws {
        XCTAssertEqual(try bodySchema(field(.string)), .object(["type": .string("string")]))
        XCTAssertEqual(try bodySchema(field(.string, nullable: true)), .object(["type": .array([.string("string"), .string("null")])]))
        XCTAssertEqual(try bodySchema(field(.boolean))["type"], .string("boolean"))
        XCTAssertEqual(try bodySchema(field(.json)), .object([:]))
    }

    func testTheDocsSizeWordsAndDatesBecomeFormats() throws {
        XCTAssertEqual(try bodySchema(field(.integer, documented: "long"))["format"], .string("int64"))
        XCTAssertEqual(try bodySchema(field(.integer, documented: "integer"))["format"], nil)
        XCTAssertEqual(try bodySchema(field(.number, documented: "double?"))["format"], .string("double"))
        let date = try bodySchema(field(.dateTime, documented: "string", format: "date-time"))
        XCTAssertEqual(date, .object(["type": .string("string"), "format": .string("date-time")]))
    }

    func testAnEnumIsAReferenceAndANullableOneIsAnyOfWithNull() throws {
        XCTAssertEqual(try bodySchema(field(.enumeration("eGender"))), .object(["$ref": .string("#/components/schemas/eGender")]))
        XCTAssertEqual(try bodySchema(field(.enumeration("eGender"), nullable: true)),
                       .object(["anyOf": .array([.object(["$ref": .string("#/components/schemas/eGender")]), .object(["enum": .array([.null])])])]))
        let list = try bodySchema(field(.array(.enumeration("eGender")), documented: "eGender[]"))
        XCTAssertEqual(list, .object(["type": .string("array"), "items": .object(["$ref": .string("#/components/schemas/eGender")])]))
    }

    func testDefaultsAreValuesOfTheFieldsType() throws {
        XCTAssertEqual(try bodySchema(field(.integer, default: "25"))["default"], .int(25))
        XCTAssertEqual(try bodySchema(field(.boolean, default: "True"))["default"], .bool(true))
        XCTAssertEqual(try bodySchema(field(.number, default: "1.5"))["default"], .double(1.5))
        XCTAssertEqual(try bodySchema(field(.enumeration("eGender"), default: "NotSet"))["default"], .int(1))
        XCTAssertEqual(try bodySchema(field(.enumeration("eGender"), default: "eGender.NotSet"))["default"], .int(1))
        XCTAssertEqual(try bodySchema(field(.integer, default: "the current day"))["default"], .string("the current day"))
    }

    func testAnObjectListsItsFieldsAndTheRequiredOnes() throws {
        let children = [Field(name: "Name", type: .string, required: true, source: Self.here), Field(name: "Note", type: .string, source: Self.here)]
        let schema = try bodySchema(Field(name: "Value", type: .array(.object), documentedType: "object[]", children: children, source: Self.here))
        XCTAssertEqual(schema["items"]?["required"], .array([.string("Name")]))
        XCTAssertEqual(schema["items"]?["properties"]?.objectValue?.keys.sorted(), ["Name", "Note"])
    }

    func testEnumsAreListedAndExtensibleAndFlagEnumsAreMarked() throws {
        let flags = EnumType(name: "eDays", values: [EnumValue(value: 1, name: "Monday"), EnumValue(value: 2, name: "Tuesday")], isFlags: true, sources: [Self.here])
        let document = try Node.parse(OpenAPIDocument(schema: APISchema(enums: [Self.gender, flags]), version: "v").encode().bytes)
        let gender = try XCTUnwrap(document["components"]?["schemas"]?["eGender"])
        XCTAssertEqual(gender["enum"], .array([.int(0), .int(1)]))
        XCTAssertEqual(gender["x-extensible-enum"], .array([.int(0), .int(1)]))
        XCTAssertEqual(gender["x-enum-varnames"], .array([.string("None"), .string("NotSet")]))
        XCTAssertNil(gender["x-nexudus-flags"])
        let days = try XCTUnwrap(document["components"]?["schemas"]?["eDays"])
        XCTAssertNil(days["enum"], "a combination of flags is no listed value, so the list cannot be closed")
        XCTAssertEqual(days["x-nexudus-flags"], .bool(true))
        XCTAssertEqual(days["x-enum-varnames"], .array([.string("Monday"), .string("Tuesday")]))
    }

    func testAListInTheQueryIsSentAsJSONAndAPathParameterIsRequired() throws {
        let ids = Parameter(name: "id", in: .query, type: .array(.integer), documentedType: "integer[]", required: true, source: Self.here)
        let id = Parameter(name: "id", in: .path, type: .integer, source: Self.here)
        let schema = APISchema(operations: [Self.operation(.getMany, parameters: [ids], shape: .records),
                                            Self.operation(.get, path: "/api/spaces/desks/{id}", parameters: [id], shape: .record)])
        let paths = try XCTUnwrap(try Node.parse(OpenAPIDocument(schema: schema, version: "v").encode().bytes)["paths"])
        let many = try XCTUnwrap(paths["/api/spaces/desks"]?["get"]?["parameters"]?.arrayValue?.first)
        XCTAssertNil(many["schema"])
        XCTAssertEqual(many["content"]?["application/json"]?["schema"]?["items"]?["type"], .string("integer"))
        let one = try XCTUnwrap(paths["/api/spaces/desks/{id}"]?["get"]?["parameters"]?.arrayValue?.first)
        XCTAssertEqual(one["required"], .bool(true))
        XCTAssertEqual(one["in"], .string("path"))
    }

    func testOperationsAreNamedVerbFirstAndSayTheirRoleAndSource() throws {
        let document = OpenAPIDocument(schema: APISchema(operations: [Self.operation(.search, shape: .list)]), version: "v",
                                       sourceURL: { $0 == "spec/docs/page.md" ? "https://developers.nexudus.com/desks.md" : nil })
        let operation = try XCTUnwrap(try Node.parse(document.encode().bytes)["paths"]?["/api/spaces/desks"]?["get"])
        XCTAssertEqual(operation["operationId"], .string("searchDesk"))
        XCTAssertEqual(operation["x-nexudus-role"], .string("Desk-Read"))
        XCTAssertEqual(operation["x-nexudus-source"],
                       .object(["file": .string("spec/docs/page.md"), "line": .int(7), "url": .string("https://developers.nexudus.com/desks.md")]))
        XCTAssertEqual(operation["responses"]?["200"]?["content"]?["application/json"]?["schema"]?["$ref"], .string("#/components/schemas/DeskList"))
    }

    func testTwoOperationsOnOneMethodAndPathKeepTheFirstWithAWarning() throws {
        let schema = APISchema(operations: [Self.operation(.getMany, shape: .records), Self.operation(.search, shape: .list)])
        let (bytes, diagnostics) = OpenAPIDocument(schema: schema, version: "v").encode()
        XCTAssertEqual(diagnostics.map(\.id), [.openAPIClash])
        XCTAssertEqual(try Node.parse(bytes)["paths"]?["/api/spaces/desks"]?["get"]?["operationId"], .string("getManyDesk"))
    }

    /// The quick paths give what the Foundation and Unicode ones give.
    func testQuickTrimAndIdentifierAgreeWithTheGeneralOnes() {
        for text in ["25", " 25", "25 ", "\t25\t", "", " ", "\u{00A0}7\u{3000}", "NotSet", "é", "a b", "\u{2003}x"] {
            XCTAssertEqual(TypeSchemas.trimmingBlanks(text), text.trimmingCharacters(in: .whitespaces), text.debugDescription)
        }
        for text in ["Coworker", "Coworker Identity-Check_2", "Ünïcode Näme", "a.b", "", "_x_", "1st"] {
            XCTAssertEqual(Names.identifier(text), String(text.unicodeScalars.filter(CharacterSetLike.isWordScalar).map(Character.init)), text)
        }
    }
}
