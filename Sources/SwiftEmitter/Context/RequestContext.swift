import APISchema
import Diagnostics

/// The render-ready view of a request body (create, update, run command): required fields
/// become non-optional initializer parameters, and `validate()` checks what the docs state.
struct RequestContext {
    let types: TypeMapping
    let schema: APISchema

    static func typeName(for operation: Operation) -> String? {
        let entity = SwiftNaming.typeName(operation.entity)
        switch operation.kind {
        case .create: return "Create\(entity)Request"
        case .update: return "Update\(entity)Request"
        case .runCommand: return "Run\(entity)CommandRequest"
        default: return operation.body.isEmpty ? nil : SwiftNaming.typeName(operation.id.replacingOccurrences(of: ".", with: " ")) + "Request"
        }
    }

    func make(_ operation: Operation) -> TemplateValue? {
        guard !operation.body.isEmpty, let typeName = Self.typeName(for: operation) else { return nil }
        // `validate` is the request's own method, `errors` the list it fills and `record` the
        // parameter of `init?(updating:)`; the `JSONRecord` members are taken too: a field of
        // any of these names must take another.
        let names = SwiftNaming.uniqued(operation.body.map { SwiftNaming.memberName($0.name) },
                                        reserved: ModelContext.recordMembers.union(["validate", "errors", "record"]))
        var properties: [[String: TemplateValue]] = []
        var requiredProperties: [[String: TemplateValue]] = []
        var defaultedProperties: [TemplateValue] = []
        var validations: [String] = []
        var recordCopies: [[String: TemplateValue]] = []
        let record = types.entity(named: operation.entity).flatMap { $0.fields.isEmpty ? nil : $0 }
        let recordNames = record.map { entity in
            Dictionary(zip(entity.fields.map(\.name), ModelContext.propertyNames(entity.fields)), uniquingKeysWith: { first, _ in first })
        } ?? [:]
        // The record's `id` is stored and never nil (see `ModelContext.identityIndex`).
        let recordIdentity = record.flatMap { entity in
            ModelContext.identityIndex(names: ModelContext.propertyNames(entity.fields), identifiable: ModelContext.isIdentifiable(entity))
                .map { ModelContext.propertyNames(entity.fields)[$0] }
        }
        var canCopyFromRecord = record != nil && operation.kind == .update
        for (field, name) in zip(operation.body, names) {
            let baseType = types.swiftType(of: field, nestedType: nil)
            let type = field.required ? baseType.name : baseType.name + "?"
            let defaultValue = types.defaultExpression(of: field)
            properties.append([
                "name": .string(name),
                "initialValue": .string(field.required ? "" : defaultValue.map { " = \($0)" } ?? ""),
                "layoutLine": .string(LayoutTable.line(name: name, required: field.required, secret: field.secret == true, key: field.name)),
                "type": .string(type),
                "baseType": .string(baseType.name),
                "key": .string(SwiftLiteral.string(field.name)),
                "required": .bool(field.required),
                "secret": .bool(field.secret == true),
                "docLines": types.docs.lines(field.description, source: field.source),
            ])
            if field.required {
                requiredProperties.append(["name": .string(name), "parameter": .string("\(name): \(type)")])
            } else if let defaultValue {
                defaultedProperties.append(.object(["name": .string(name), "defaultValue": .string(defaultValue)]))
            }
            if let validation = validation(field, name: name, swiftType: baseType, operation: operation) { validations.append(validation) }
            if canCopyFromRecord {
                let recordField = record?.fields.first { $0.name == field.name }
                let recordName = recordNames[field.name]
                let copy: [String: TemplateValue] = ["name": .string(name), "recordName": .string(recordName ?? ""),
                                                     "defaultValue": .string(defaultValue ?? "")]
                if let recordField, let recordName, types.swiftType(of: recordField, nestedType: nil) == baseType {
                    // A required field the record may lack makes the initializer fail.
                    let guarded = field.required && recordName != recordIdentity
                    recordCopies.append(copy.merging(["isGuarded": .bool(guarded), "isDirect": .bool(!guarded), "isDefault": .bool(false)]) { $1 })
                } else if field.required {
                    canCopyFromRecord = false  // the record cannot supply it
                } else if defaultValue != nil {
                    recordCopies.append(copy.merging(["isGuarded": .bool(false), "isDirect": .bool(false), "isDefault": .bool(true)]) { $1 })
                }
            }
        }
        let summary = operation.summary ?? operation.title.map { "The body of \($0)." } ?? "The body of `\(operation.method.rawValue) \(operation.path)`."
        return .object([
            "typeName": .string(typeName),
            "docLines": types.docs.lines(summary, source: operation.source),
            "properties": .items(properties),
            "validations": .strings(validations),
            "hasValidations": .bool(!validations.isEmpty),
            "recordType": .string(SwiftNaming.typeName(operation.entity)),
            "requiredProperties": .items(requiredProperties),
            "defaultedProperties": .list(defaultedProperties),
            "hasDefaults": .bool(!defaultedProperties.isEmpty),
            "recordInit": canCopyFromRecord ? .object(["copies": .items(recordCopies)]) : .bool(false),
        ])
    }

    /// The statement that checks one field, or nil when the docs state nothing checkable.
    func validation(_ field: Field, name: String, swiftType: SwiftType, operation: Operation) -> String? {
        let key = SwiftLiteral.string(field.name)
        if field.name == "Id" && operation.kind == .update && swiftType == .int {
            return "Validation.requireID(self.\(name), \(key), into: &errors)"
        }
        // An enum value needs no check: a documented case is valid, and `.undocumented(n)` is
        // a value the caller chose explicitly, sent as it is (enums are open both ways).
        guard field.required else { return nil }
        switch swiftType {
        case .string: return "Validation.requireText(self.\(name), \(key), into: &errors)"
        case .nexudusDate: return "Validation.requireText(self.\(name).rawValue, \(key), into: &errors)"
        default: return nil
        }
    }
}
