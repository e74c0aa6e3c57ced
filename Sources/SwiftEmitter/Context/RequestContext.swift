import APISchema
import Diagnostics

/// The render-ready view of a request body (create, update, run command): required fields
/// become non-optional initializer parameters, documented defaults the
/// constants of `Defaults`, and `validate()` checks what the docs state.
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
        let names = SwiftNaming.uniqued(operation.body.map { SwiftNaming.memberName($0.name) },
                                        reserved: Self.bodyMembers)
        var properties: [TemplateObject] = []
        var requiredProperties: [TemplateObject] = []
        var defaults: [TemplateObject] = []
        var validations: [TemplateObject] = []
        var recordCopies: [TemplateObject] = []
        // Only an update is made from a record; the record's names are worked out once for it.
        let record = operation.kind == .update ? types.entity(named: operation.entity).flatMap(RecordSource.init) : nil
        var canCopyFromRecord = record != nil
        for (field, name) in zip(operation.body, names) {
            let baseType = types.swiftType(of: field, nestedType: nil)
            let type = field.required ? baseType.name : baseType.name + "?"
            let key = SwiftLiteral.string(field.name)
            // A documented default is the server's: it is named where the caller looks (the
            // property's doc comment and `Defaults`), never written into the body.
            let defaultValue = field.required ? nil : types.defaultExpression(of: field)
            let description = defaultValue == nil ? field.description
                : [field.description, "Left out, the server applies the documented default, ``Defaults/\(SwiftNaming.unescaped(name))``."].compactMap { $0 }.joined(separator: "\n\n")
            properties.append([
                "name": .string(name),
                "layoutLine": .string(LayoutTable.line(name: name, required: field.required, secret: field.secret == true, key: field.name)),
                "type": .string(type),
                "baseType": .string(baseType.name),
                "key": .string(key),
                "required": .bool(field.required),
                "docLines": types.docs.lines(description, source: field.source),
            ])
            if field.required {
                requiredProperties.append(["name": .string(name), "type": .string(type)])
            }
            if let defaultValue {
                defaults.append(["name": .string(name), "linkName": .string(SwiftNaming.unescaped(name)), "type": .string(baseType.name), "value": .string(defaultValue)])
            }
            if let check = validation(field, swiftType: baseType, operation: operation) {
                validations.append(["check": .string(check), "name": .string(name), "key": .string(key), "isDate": .bool(baseType == .nexudusDate)])
            }
            if canCopyFromRecord, let record {
                if let (recordField, recordName) = record.fields[field.name], types.swiftType(of: recordField, nestedType: nil) == baseType {
                    // A required field the record may lack makes the initializer fail.
                    let guarded = field.required && recordName != record.identity
                    recordCopies.append(["name": .string(name), "recordName": .string(recordName), "isGuarded": .bool(guarded)])
                } else if field.required {
                    canCopyFromRecord = false  // the record cannot supply it
                }
            }
        }
        let summary = operation.summary ?? operation.title.map { "The body of \($0)." } ?? "The body of `\(operation.method.rawValue) \(operation.path)`."
        // Asked before the lists are handed over below.
        let (hasValidations, hasDefaults) = (!validations.isEmpty, !defaults.isEmpty)
        return .object([
            "typeName": .string(typeName),
            "docLines": types.docs.lines(summary, source: operation.source),
            "properties": .items(consume properties),
            "validations": .items(consume validations),
            "hasValidations": .bool(hasValidations),
            "recordType": .string(SwiftNaming.typeName(operation.entity)),
            "requiredProperties": .items(consume requiredProperties),
            "defaults": .items(consume defaults),
            "hasDefaults": .bool(hasDefaults),
            "recordInit": canCopyFromRecord ? .object(["copies": .items(consume recordCopies)]) : .bool(false),
        ])
    }

    /// The record an update body can be made from: each field, by its docs name (the first of
    /// a repeated name), with its property's name, and the property that is its `id`.
    struct RecordSource {
        let fields: [String: (field: Field, propertyName: String)]
        /// The record's `id` is stored and never nil (see `ModelContext.identityIndex`).
        let identity: String?

        init?(_ entity: Entity) {
            guard !entity.fields.isEmpty else { return nil }
            let names = ModelContext.propertyNames(entity.fields)
            var fields: [String: (field: Field, propertyName: String)] = [:]
            fields.reserveCapacity(names.count)
            for (field, name) in zip(entity.fields, names) where fields[field.name] == nil { fields[field.name] = (field, name) }
            self.fields = fields
            identity = ModelContext.identityIndex(names: names, identifiable: ModelContext.isIdentifiable(entity)).map { names[$0] }
        }
    }

    /// Members every body has (`RequestBody`'s, `validate`, and `errors` and `record`, the
    /// locals of `validate()` and `init?(updating:)`): a field of one of these names takes another.
    static let bodyMembers: Set<String> = [
        "fields", "layout", "validate", "errors", "record", "clear", "omit", "state",
        "additionalProperties", "jsonValue", "customMirror", "hashValue", "hash", "encode", "check",
    ]

    /// The `Validation` check for one field, or nil when the docs state nothing checkable.
    func validation(_ field: Field, swiftType: SwiftType, operation: Operation) -> String? {
        if field.name == "Id" && operation.kind == .update && swiftType == .int { return "requireID" }
        // An enum value needs no check: a documented case is valid, and `.undocumented(n)` is
        // a value the caller chose explicitly, sent as it is (enums are open both ways).
        guard field.required else { return nil }
        switch swiftType {
        case .string, .nexudusDate: return "requireText"
        default: return nil
        }
    }
}
