import Foundation
import APISchema

/// A field's or parameter's `FieldType` as a JSON Schema (the dialect OpenAPI 3.1 uses).
///
/// - A scalar is its JSON type; `format` comes from the schema (`date-time`) or from the
///   docs' own word for the size (`long` → `int64`, `double` → `double`).
/// - Nullable is `type: [T, "null"]`; a reference (enum or record) that is nullable is
///   `anyOf: [{$ref}, {enum: [null]}]`, since a `$ref` has no `type` to widen. `{enum: [null]}`
///   rather than `{type: "null"}`: swift-openapi-generator 1.14.3 drops a property whose
///   `anyOf` or `oneOf` holds `{type: "null"}` (with a warning), and keeps this one.
/// - An enum or record is a `$ref` to its component; `json` is `{}` (any value).
struct TypeSchemas {
    let index: SchemaIndex

    /// The schema of a field: its type, description, default and, for credentials, a mark.
    func schema(for field: Field) -> JSONMembers {
        var schema = schema(type: field.type, documentedType: field.documentedType, format: field.format,
                            nullable: field.nullable, children: field.children)
        if !field.description.isEmpty { schema["description"] = .string(field.description) }
        if let text = field.default { schema["default"] = defaultValue(text, type: field.type) }
        if field.secret == true { schema["x-nexudus-secret"] = true }
        return schema
    }

    /// The schema of a parameter's value (its description and default go on the parameter's
    /// schema too, where tools look for them).
    func schema(for parameter: Parameter) -> JSONMembers {
        var schema = schema(type: parameter.type, documentedType: parameter.documentedType, format: parameter.format,
                            nullable: parameter.nullable, children: [])
        if let text = parameter.default { schema["default"] = defaultValue(text, type: parameter.type) }
        return schema
    }

    func schema(type: FieldType, documentedType: String, format: String?, nullable: Bool, children: [Field]) -> JSONMembers {
        switch type {
        case .string: return scalar("string", format: format ?? Self.format(documentedType: documentedType), nullable: nullable)
        case .integer: return scalar("integer", format: format ?? Self.format(documentedType: documentedType), nullable: nullable)
        case .number: return scalar("number", format: format ?? Self.format(documentedType: documentedType), nullable: nullable)
        case .boolean: return scalar("boolean", format: nil, nullable: nullable)
        case .dateTime: return scalar("string", format: format ?? "date-time", nullable: nullable)
        case .json: return [:]
        case .object: return objectSchema(children, nullable: nullable)
        case .array(let element):
            let items = schema(type: element, documentedType: Self.elementType(documentedType), format: format, nullable: false, children: children)
            return ["type": Self.type("array", nullable: nullable), "items": .object(items)]
        case .enumeration(let name):
            guard index.enumNames.contains(name) else { return scalar("integer", format: nil, nullable: nullable) }
            return reference(name, nullable: nullable)
        case .record(let name):
            guard index.recordNames.contains(name) else { return scalar("object", format: nil, nullable: nullable) }
            return reference(name, nullable: nullable)
        }
    }

    /// An object whose fields are documented: every field a property, the required ones listed.
    func objectSchema(_ fields: [Field], nullable: Bool = false) -> JSONMembers {
        var schema: JSONMembers = ["type": Self.type("object", nullable: nullable)]
        var properties: JSONMembers = [:]
        properties.reserveCapacity(fields.count)
        for field in fields where properties[field.name] == nil {
            properties[field.name] = .object(self.schema(for: field))
        }
        if !properties.isEmpty { schema["properties"] = .object(properties) }
        let required = Self.requiredNames(fields)
        if !required.isEmpty { schema["required"] = .array(required.map(JSON.string)) }
        return schema
    }

    /// The required fields' names, in documented order, each once.
    static func requiredNames(_ fields: [Field]) -> [String] {
        var seen: Set<String> = []
        return fields.filter { $0.required && seen.insert($0.name).inserted }.map(\.name)
    }

    private func scalar(_ name: String, format: String?, nullable: Bool) -> JSONMembers {
        var schema: JSONMembers = ["type": Self.type(name, nullable: nullable)]
        if let format { schema["format"] = .string(format) }
        return schema
    }

    private func reference(_ name: String, nullable: Bool) -> JSONMembers {
        let ref: JSONMembers = ["$ref": .string(Self.reference(name))]
        guard nullable else { return ref }
        return ["anyOf": [.object(ref), ["enum": [.null]]]]
    }

    static func reference(_ component: String) -> String { "#/components/schemas/" + component }

    static func type(_ name: String, nullable: Bool) -> JSON {
        nullable ? [.string(name), "null"] : .string(name)
    }

    /// The format the docs' type word implies: they write `integer` mostly, and `long`,
    /// `int64`, `double` or `float` where the size matters.
    static func format(documentedType: String) -> String? {
        var word = documentedType.lowercased()
        while word.hasSuffix("?") || word.hasSuffix("[]") { word.removeLast(word.hasSuffix("?") ? 1 : 2) }
        switch word {
        case "long", "int64": return "int64"
        case "int32": return "int32"
        case "double": return "double"
        case "float": return "float"
        case "decimal": return "decimal"
        default: return nil
        }
    }

    /// `integer[]` → `integer`: the element's own word, for its format.
    static func elementType(_ documentedType: String) -> String {
        documentedType.hasSuffix("[]") ? String(documentedType.dropLast(2)) : documentedType
    }

    /// The docs' default text as a value of the field's type: `25` an integer, `true` a
    /// Boolean, an enum member's name (`NotSet`) its integer; text that does not read as the
    /// type stays text, as the docs wrote it.
    func defaultValue(_ text: String, type: FieldType) -> JSON {
        Self.defaultValue(text, type: type, enumValue: { index.enumValue(named: $1, in: $0) })
    }

    static func defaultValue(_ text: String, type: FieldType, enumValue: (String, String) -> Int?) -> JSON {
        let trimmed = trimmingBlanks(text)
        switch type {
        case .integer:
            if let value = Int(trimmed) { return .int(value) }
        case .number:
            if let value = Int(trimmed) { return .int(value) }
            if let value = Double(trimmed) { return .double(value) }
        case .boolean:
            if trimmed.lowercased() == "true" { return true }
            if trimmed.lowercased() == "false" { return false }
        case .enumeration(let name):
            if let value = Int(trimmed) { return .int(value) }
            let member = trimmed.hasPrefix(name + ".") ? String(trimmed.dropFirst(name.count + 1)) : trimmed
            if let value = enumValue(name, member) { return .int(value) }
        default:
            break
        }
        return .string(text)
    }

    /// `text.trimmingCharacters(in: .whitespaces)`, without the Foundation call when the text
    /// neither starts nor ends with a blank (nearly every default: `25`, `true`, `NotSet`).
    static func trimmingBlanks(_ text: String) -> String {
        let isPlainEnd = { (byte: UInt8?) in byte.map { $0 < 0x80 && $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } ?? true }
        guard !isPlainEnd(text.utf8.first) || !isPlainEnd(text.utf8.last) else { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
