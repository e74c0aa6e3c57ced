@testable import APISchema
import Diagnostics
import Foundation

/// Small schemas written out in code, for the diff and lint unit tests: one fact changed
/// at a time, without a page to parse.
enum DiffFixture {
    static func at(_ line: Int, _ file: String = "page.md") -> SourceLocation {
        SourceLocation(file: file, line: line)
    }

    static func field(_ name: String, _ type: String = "string", required: Bool = false, default value: String? = nil,
                      about description: String = "", enum enumName: String? = nil, children: [Field] = [], line: Int = 1) -> Field {
        Field(name: name, type: decided(type, enum: enumName, hasFields: !children.isEmpty), documentedType: type, required: required, default: value,
              description: description, enum: enumName, children: children, source: at(line))
    }

    /// The type the merge would decide for `text`, the enum named being one the schema defines.
    static func decided(_ text: String, enum enumName: String? = nil, hasFields: Bool = false) -> FieldType {
        let enums = enumName.map { [EnumType(name: $0, values: [], sources: [])] } ?? []
        var decision = TypeDecision(enums: enums, entities: [])
        return decision.type(documented: text, enum: enumName, format: nil, hasFields: hasFields)
    }

    static func parameter(_ name: String, _ type: String = "string", group: ParameterGroup? = .filter, in location: ParameterLocation = .query,
                          required: Bool = false, default value: String? = nil, about description: String = "", line: Int = 1) -> Parameter {
        Parameter(name: name, in: location, type: decided(type), documentedType: type, required: required, default: value, description: description,
                  enum: nil, nullable: false, group: group, field: nil, format: nil, source: at(line))
    }

    static func operation(_ entity: String, _ kind: OperationKind, method: HTTPMethod? = nil, path: String? = nil, role: String? = nil,
                          summary: String? = nil, description: String? = nil, parameters: [Parameter] = [], body: [Field] = [],
                          sortDirection: SortDirectionEncoding? = nil, file: String = "page.md") -> SchemaOperation {
        let defaultMethod: HTTPMethod = switch kind {
        case .create: .post
        case .update: .put
        case .delete: .delete
        default: .get
        }
        let collection = "/api/spaces/\(entity.lowercased())s"
        return Operation(
            id: "\(entity).\(kind.rawValue)", entity: entity, kind: kind, method: method ?? defaultMethod,
            path: path ?? (kind == .get || kind == .delete ? collection + "/{id}" : collection), title: nil, summary: summary,
            description: description, role: role ?? "\(entity)-\(kind.rawValue)", parameters: parameters, body: body,
            responseShape: kind == .search ? .list : (kind == .get ? .record : .actionResult), responses: [], notes: [],
            sortDirection: sortDirection, requestExamples: [], source: at(1, file))
    }

    static func enumType(_ name: String, _ values: [(Int, String)], isFlags: Bool = false) -> EnumType {
        EnumType(name: name, values: values.map { EnumValue(value: $0.0, name: $0.1) }, isFlags: isFlags, sources: [at(1)])
    }

    /// `kind: subject` of each change, in the diff's order: what a test reads at a glance.
    static func summary(_ changes: [SchemaChange]) -> [String] {
        changes.map { "\($0.impact.rawValue) \($0.kind.rawValue): \($0.subject)" }
    }
}
