import Diagnostics
import DocsParser

/// Turns one parsed page into one schema operation, and compares two pages that document
/// the same operation (both formats of one endpoint, say).
enum OperationBuilder {
    static func operation(from page: ParsedPage) -> Operation {
        let entity = page.entity ?? "Unknown"
        let kind = page.operation.map(OperationKind.init) ?? .other
        var id = "\(entity).\(kind.rawValue)"
        if kind == .other, let path = page.path { id += ":\(page.method.map(HTTPMethod.init)?.rawValue ?? "") \(path)" }
        let statuses = Set(page.responseFields.map(\.status)).union(page.exampleResponses.map(\.status)).sorted()
        let responses = statuses.map { status in
            Response(status: status,
                     fields: page.responseFields.filter { $0.status == status }.map(field),
                     example: page.exampleResponses.first { $0.status == status }?.json)
        }
        return Operation(
            id: id, entity: entity, kind: kind, method: page.method.map(HTTPMethod.init) ?? .get, path: page.path ?? "/",
            title: page.title, summary: page.summary, description: page.description, role: page.role,
            parameters: page.parameters.filter { $0.in != .body }.map(parameter),
            body: page.parameters.filter { $0.in == .body }.map(field),
            responseShape: shape(kind),
            responses: responses,
            notes: page.notes.map { Note(kind: NoteKind($0.kind), text: $0.text, fields: $0.fields, source: $0.location) },
            sortDirection: page.sortDirection.map(SortDirectionEncoding.init),
            requestExamples: page.requestExamples.map(RequestExample.init),
            source: page.location)
    }

    static func shape(_ kind: OperationKind) -> ResponseShape {
        switch kind {
        case .get: .record
        case .search: .list
        case .getMany: .records
        case .create, .update, .delete, .runCommand: .actionResult
        case .listCommands: .commands
        case .other: .json
        }
    }

    // Types are decided once the whole schema is known (`TypeDecision`); until then a
    // field carries the docs' text and a placeholder.

    static func field(_ parameter: PageParameter) -> Field {
        Field(name: parameter.name, type: .json, documentedType: parameter.type, required: parameter.required, default: parameter.default,
              description: parameter.description, enum: parameter.enum, nullable: parameter.nullable, source: parameter.location)
    }

    static func field(_ response: ResponseField) -> Field {
        Field(name: response.name, type: .json, documentedType: response.type, description: response.description, enum: response.enum,
              nullable: response.nullable, children: response.children.map(field), source: response.location)
    }

    static func parameter(_ parameter: PageParameter) -> Parameter {
        let isSearchParameter = parameter.group == .filter || parameter.group == .range
        return Parameter(
            name: parameter.name, in: ParameterLocation(parameter.in), type: .json, documentedType: parameter.type, required: parameter.required,
            default: parameter.default, description: parameter.description, enum: parameter.enum,
            nullable: parameter.nullable, group: parameter.group.map(ParameterGroup.init),
            field: isSearchParameter ? filterField(parameter.name) : nil,
            format: DateFormats.statesDateForm(parameter.description) ? DocumentedType.dateTimeFormat : nil, source: parameter.location)
    }

    /// `from_CoworkerIdentityCheck_UpdatedOn` filters `UpdatedOn`; `Entity_Business_Name`
    /// filters the related `BusinessName`.
    static func filterField(_ name: String) -> String {
        var rest = Substring(name)
        if rest.hasPrefix("from_") { rest = rest.dropFirst(5) } else if rest.hasPrefix("to_") { rest = rest.dropFirst(3) }
        if let field = asciiFilterField(rest) { return field }
        let parts = rest.split(separator: "_")
        return parts.count > 1 ? parts.dropFirst().joined() : String(rest)
    }

    /// `filterField` for ASCII names, on the bytes: every search parameter of the API passes
    /// here, and splitting into substrings cost more than building the whole parameter. The
    /// same rule: the words between underscores after the first, run together.
    private static func asciiFilterField(_ rest: Substring) -> String? {
        let bytes = rest.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let underscore = UInt8(ascii: "_")
        guard let firstWord = bytes.firstIndex(where: { $0 != underscore }) else { return String(rest) }
        let afterFirst = bytes[firstWord...].firstIndex(of: underscore) ?? bytes.endIndex
        let others = bytes[afterFirst...].filter { $0 != underscore }
        return others.isEmpty ? String(rest) : String(decoding: others, as: UTF8.self)
    }

    /// Two pages about one operation must agree on every field they both document.
    static func compare(_ first: Operation, with second: Operation) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func compareFields(_ lhs: [Field], _ rhs: [Field]) {
            for field in rhs {
                guard let other = lhs.first(where: { $0.name == field.name }) else { continue }
                if other.documentedType != field.documentedType {
                    diagnostics.append(.warning(.conflictingFieldType, "'\(field.name)' is typed '\(field.documentedType)' here but '\(other.documentedType)' on another page of the same operation", at: field.source, notes: [DiagnosticNote("typed '\(other.documentedType)' here", at: other.source)]))
                }
                if other.required != field.required {
                    diagnostics.append(.warning(.conflictingRequired, "'\(field.name)' is \(field.required ? "required" : "optional") here but \(other.required ? "required" : "optional") on another page of the same operation", at: field.source, notes: [DiagnosticNote("documented here", at: other.source)]))
                }
                if let lhsEnum = other.enum, let rhsEnum = field.enum, lhsEnum != rhsEnum {
                    diagnostics.append(.warning(.conflictingEnumReference, "'\(field.name)' takes '\(field.enum!)' here but '\(other.enum!)' on another page", at: field.source, notes: [DiagnosticNote("documented here", at: other.source)]))
                }
            }
        }
        compareFields(first.body, second.body)
        for response in second.responses {
            compareFields(first.responses.first { $0.status == response.status }?.fields ?? [], response.fields)
        }
        if first.role != second.role, let role = second.role, let other = first.role {
            diagnostics.append(.warning(.conflictingRole, "role '\(role)' here but '\(other)' on another page of the same operation", at: second.source, notes: [DiagnosticNote("documented here", at: first.source)]))
        }
        return diagnostics
    }
}
