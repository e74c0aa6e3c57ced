import APISchema
import Foundation
import TestSupport
import XCTest

/// Every operation, parameter, field and enum of the committed schema appears in the
/// committed OpenAPI document with the same name, type, format, nullability, requiredness
/// and default. The document is read with Foundation's JSON decoder, as any tool reads it.
final class CoverageTests: XCTestCase {
    func testTheDocumentDescribesEverythingInSpecSchema() throws {
        try assertCoverage(schema: "spec/schema.json", document: "spec/openapi.json")
    }

    /// The endpoint kinds spec/docs lacks: batch get, delete, commands, run command.
    func testTheFixtureDocumentDescribesEverythingInItsSchema() throws {
        try assertCoverage(schema: "Tests/FixtureSDK/schema.json", document: "Tests/FixtureSDK/openapi.json")
    }

    func assertCoverage(schema schemaPath: String, document documentPath: String) throws {
        let schema = try APISchema.decode(from: Data(contentsOf: packageRoot.appendingPathComponent(schemaPath)))
        let document = try Node.parse([UInt8](Data(contentsOf: packageRoot.appendingPathComponent(documentPath))))
        let checker = Checker(schema: schema, document: document)
        XCTAssertEqual(document["openapi"], .string("3.1.0"))
        XCTAssertFalse(schema.operations.isEmpty)
        for operation in schema.operations { checker.check(operation) }
        for entity in schema.entities where !entity.fields.isEmpty {
            let component = checker.component(entity.name)
            XCTAssertNotNil(component, "no component \(entity.name)")
            checker.checkObject(component, fields: entity.fields, at: entity.name)
        }
        for type in schema.enums { checker.check(type) }
        for search in schema.operations where search.kind == .search {
            guard let entity = schema.entity(named: search.entity), !entity.fields.isEmpty else { continue }
            checker.checkListing(search, entity: entity)
        }
    }
}

/// The comparisons, written from `spec/SCHEMA.md` and the README's rules rather than from
/// the export's code: a `type` and a `format` for each kind of field, `[T, "null"]` or
/// `anyOf`/`oneOf` with null for nullable, the `required` list, the default as a typed value.
struct Checker {
    let schema: APISchema
    let document: Node

    func component(_ name: String) -> Node? { document["components"]?["schemas"]?[name] }

    /// A `$ref` followed to its component.
    func resolved(_ node: Node?) -> Node? {
        guard let reference = node?["$ref"]?.stringValue, reference.hasPrefix("#/components/schemas/") else { return node }
        return component(String(reference.dropFirst("#/components/schemas/".count)))
    }

    func check(_ operation: SchemaOperation, file: StaticString = #filePath, line: UInt = #line) {
        let item = document["paths"]?[operation.path]?[operation.method.rawValue.lowercased()]
        guard let item else { return XCTFail("\(operation.id): no \(operation.method.rawValue) \(operation.path)", file: file, line: line) }
        XCTAssertNotNil(item["operationId"]?.stringValue, operation.id)
        XCTAssertEqual(item["x-nexudus-role"]?.stringValue, operation.role, operation.id)
        XCTAssertEqual(item["x-nexudus-source"]?["line"], .int(operation.source.line), operation.id)
        XCTAssertEqual(item["x-nexudus-source"]?["file"], .string(operation.source.file), operation.id)
        XCTAssertNotNil(item["responses"]?["200"], operation.id)
        let parameters = item["parameters"]?.arrayValue ?? []
        for parameter in operation.parameters where parameter.in != .body {
            let at = "\(operation.id) parameter \(parameter.name)"
            let found = parameters.first { $0["name"]?.stringValue == parameter.name && $0["in"]?.stringValue == parameter.in.rawValue }
            guard let found else {
                XCTFail("\(at): missing")
                continue
            }
            XCTAssertEqual(found["required"], .bool(parameter.required || parameter.in == .path), at)
            let valueSchema = found["schema"] ?? found["content"]?["application/json"]?["schema"]
            checkType(valueSchema, parameter.type, documentedType: parameter.documentedType, format: parameter.format,
                      nullable: parameter.nullable, children: [], at: at)
            checkDefault(valueSchema?["default"], parameter.default, type: parameter.type, at: at)
        }
        if !operation.body.isEmpty {
            let body = resolved(item["requestBody"]?["content"]?["application/json"]?["schema"])
            XCTAssertNotNil(body, "\(operation.id): no request body")
            checkObject(body, fields: operation.body, at: "\(operation.id) body")
        }
    }

    func checkObject(_ object: Node?, fields: [Field], at path: String) {
        let required = Set((object?["required"]?.arrayValue ?? []).compactMap(\.stringValue))
        for field in fields {
            let at = "\(path).\(field.name)"
            guard let property = object?["properties"]?[field.name] else {
                XCTFail("\(at): missing")
                continue
            }
            XCTAssertEqual(required.contains(field.name), field.required, "\(at): required")
            checkType(property, field.type, documentedType: field.documentedType, format: field.format, nullable: field.nullable,
                      children: field.children, at: at)
            checkDefault(property["default"], field.default, type: field.type, at: at)
        }
    }

    func checkType(_ node: Node?, _ type: FieldType, documentedType: String, format: String?, nullable: Bool, children: [Field], at: String) {
        guard var node else { return XCTFail("\(at): no schema") }
        var isNullable = false
        let nulls: [Node] = [.object(["type": .string("null")]), .object(["enum": .array([.null])])]
        if let alternatives = node["oneOf"]?.arrayValue ?? node["anyOf"]?.arrayValue, alternatives.count == 2, alternatives.contains(where: nulls.contains) {
            isNullable = true
            node = alternatives.first { !nulls.contains($0) }!
        }
        var typeName = node["type"]?.stringValue
        if let names = node["type"]?.arrayValue?.compactMap(\.stringValue), names.count == 2, names.contains("null") {
            isNullable = true
            typeName = names.first { $0 != "null" }
        }
        switch type {
        case .json:
            XCTAssertNil(typeName, "\(at): any JSON value has no type")
            return
        default:
            XCTAssertEqual(isNullable, nullable, "\(at): nullable")
        }
        let expectedFormat = format ?? (type == .dateTime ? "date-time" : Self.sizeFormat(documentedType))
        switch type {
        case .string, .integer, .number, .boolean, .dateTime:
            let names: [FieldType: String] = [.string: "string", .integer: "integer", .number: "number", .boolean: "boolean", .dateTime: "string"]
            XCTAssertEqual(typeName, names[type], "\(at): type")
            XCTAssertEqual(node["format"]?.stringValue, expectedFormat, "\(at): format")
        case .object:
            XCTAssertEqual(typeName, "object", "\(at): type")
            checkObject(node, fields: children, at: at)
        case .array(let element):
            XCTAssertEqual(typeName, "array", "\(at): type")
            let elementType = documentedType.hasSuffix("[]") ? String(documentedType.dropLast(2)) : documentedType
            checkType(node["items"], element, documentedType: elementType, format: format, nullable: false, children: children, at: at + "[]")
        case .enumeration(let name) where schema.enumType(named: name) != nil:
            XCTAssertEqual(node["$ref"]?.stringValue, "#/components/schemas/\(name)", "\(at): enum")
        case .record(let name) where !(schema.entity(named: name)?.fields.isEmpty ?? true):
            XCTAssertEqual(node["$ref"]?.stringValue, "#/components/schemas/\(name)", "\(at): record")
        case .enumeration:
            XCTAssertEqual(typeName, "integer", "\(at): an enum no page documents is an integer")
        case .record:
            XCTAssertEqual(typeName, "object", "\(at): a record no page documents is an object")
        case .json:
            break
        }
    }

    /// `integer` says nothing of the size; `long` and `double` do.
    static func sizeFormat(_ documentedType: String) -> String? {
        let word = documentedType.lowercased().replacingOccurrences(of: "?", with: "").replacingOccurrences(of: "[]", with: "")
        return ["long": "int64", "int64": "int64", "int32": "int32", "double": "double", "float": "float", "decimal": "decimal"][word]
    }

    func checkDefault(_ node: Node?, _ text: String?, type: FieldType, at: String) {
        guard let text else { return XCTAssertNil(node, "\(at): no default documented") }
        let expected: Node
        switch type {
        case .integer where Int(text) != nil: expected = .int(Int(text)!)
        case .boolean where ["true", "false"].contains(text.lowercased()): expected = .bool(text.lowercased() == "true")
        case .enumeration(let name):
            let member = text.hasPrefix(name + ".") ? String(text.dropFirst(name.count + 1)) : text
            if let value = Int(text) ?? schema.enumType(named: name)?.values.first(where: { $0.name == member })?.value {
                expected = .int(value)
            } else {
                expected = .string(text)
            }
        case .number where Int(text) != nil: expected = .int(Int(text)!)
        case .number where Double(text) != nil: expected = .double(Double(text)!)
        default: expected = .string(text)
        }
        XCTAssertEqual(node, expected, "\(at): default")
    }

    /// A search answers the list envelope, whose records are the listing: the record without
    /// the fields the docs say the listing leaves empty.
    func checkListing(_ search: SchemaOperation, entity: Entity) {
        let answer = document["paths"]?[search.path]?["get"]?["responses"]?["200"]?["content"]?["application/json"]?["schema"]
        let listing = resolved(resolved(answer)?["properties"]?["Records"]?["items"])
        XCTAssertNotNil(listing, "\(search.id): no listing records")
        let omitted = Set(entity.listingOmits)
        checkObject(listing, fields: entity.fields.filter { !omitted.contains($0.name) }, at: "\(search.id) listing")
        for name in entity.listingOmits {
            XCTAssertNil(listing?["properties"]?[name], "\(search.id) listing: \(name) is left empty, so it is no property")
        }
    }

    func check(_ type: EnumType) {
        guard let node = component(type.name) else { return XCTFail("enum \(type.name): missing") }
        let values = Node.array(type.values.map { .int($0.value) })
        XCTAssertEqual(node["x-extensible-enum"], values, type.name)
        XCTAssertEqual(node["enum"], type.isFlags ? nil : values, type.name)
        XCTAssertEqual(node["x-enum-varnames"], .array(type.values.map { .string($0.name) }), type.name)
        XCTAssertEqual(node["x-nexudus-flags"], type.isFlags ? .bool(true) : nil, type.name)
        XCTAssertEqual(node["type"], .string("integer"), type.name)
    }
}
