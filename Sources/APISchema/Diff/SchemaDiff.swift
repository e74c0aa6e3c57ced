import Diagnostics

/// Compares two schemas and classifies every change for a client of our Swift SDK: our
/// enums are open, so a new value is additive; a new required request field adds an
/// initializer parameter, so it is breaking.
public enum SchemaDiff {
    public static func compare(_ old: APISchema, _ new: APISchema) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        changes += compareEnums(old.enums, new.enums)
        changes += compareEntities(old.entities, new.entities)
        changes += compareOperations(old.operations, new.operations)
        return changes.sorted { ($0.entity, $0.subject, $0.kind.rawValue, $0.detail) < ($1.entity, $1.subject, $1.kind.rawValue, $1.detail) }
    }

    // MARK: Enums

    static func compareEnums(_ old: [EnumType], _ new: [EnumType]) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        let oldByName = Dictionary(old.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newByName = Dictionary(new.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for (name, enumType) in newByName where oldByName[name] == nil {
            changes.append(SchemaChange(.enumAdded, .additive, entity: "enums", subject: name, detail: "new enum with \(enumType.values.count) values", new: enumType.sources.first))
        }
        for (name, enumType) in oldByName where newByName[name] == nil {
            changes.append(SchemaChange(.enumRemoved, .breaking, entity: "enums", subject: name, detail: "enum removed; its Swift type goes away", old: enumType.sources.first))
        }
        for (name, oldEnum) in oldByName {
            guard let newEnum = newByName[name] else { continue }
            let oldValues = Dictionary(oldEnum.values.map { ($0.value, $0.name) }, uniquingKeysWith: { first, _ in first })
            let newValues = Dictionary(newEnum.values.map { ($0.value, $0.name) }, uniquingKeysWith: { first, _ in first })
            let where_ = (old: oldEnum.sources.first, new: newEnum.sources.first)
            if oldEnum.isFlags != newEnum.isFlags {
                let describe = { (isFlags: Bool) in isFlags ? "a flag set (OptionSet)" : "an enum" }
                changes.append(SchemaChange(.enumKindChanged, .breaking, entity: "enums", subject: name,
                                            detail: "was \(describe(oldEnum.isFlags)), now \(describe(newEnum.isFlags)); the Swift type changes kind", old: where_.old, new: where_.new))
            }
            for (value, valueName) in newValues where oldValues[value] == nil {
                changes.append(SchemaChange(.enumValueAdded, .additive, entity: "enums", subject: "\(name).\(valueName)",
                                            detail: "new value \(value) = \(valueName); additive because the generated enums are open", old: where_.old, new: where_.new))
            }
            for (value, valueName) in oldValues {
                guard let renamed = newValues[value] else {
                    changes.append(SchemaChange(.enumValueRemoved, .breaking, entity: "enums", subject: "\(name).\(valueName)",
                                                detail: "value \(value) = \(valueName) removed; its Swift case goes away", old: where_.old, new: where_.new))
                    continue
                }
                if renamed != valueName {
                    changes.append(SchemaChange(.enumValueRenamed, .breaking, entity: "enums", subject: "\(name).\(valueName)",
                                                detail: "value \(value) renamed from \(valueName) to \(renamed); its Swift case is renamed", old: where_.old, new: where_.new))
                }
            }
        }
        return changes
    }

    // MARK: Records

    static func compareEntities(_ old: [Entity], _ new: [Entity]) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        let newByName = Dictionary(new.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for oldEntity in old {
            // A record that comes or goes with its get page is that operation's change, not
            // one change per field.
            guard let newEntity = newByName[oldEntity.name], !oldEntity.fields.isEmpty, !newEntity.fields.isEmpty else { continue }
            changes += FieldDiff(entity: oldEntity.name, scope: "\(oldEntity.name) record", isRequest: false)
                .compare(oldEntity.fields, newEntity.fields)
            let oldOmits = Set(oldEntity.listingOmits)
            let newOmits = Set(newEntity.listingOmits)
            let newFieldNames = Set(newEntity.fields.map(\.name))
            for name in newOmits.subtracting(oldOmits).sorted() where newFieldNames.contains(name) {
                changes.append(SchemaChange(.listingFieldRemoved, .breaking, entity: oldEntity.name, subject: "\(oldEntity.name) listing \(name)",
                                            detail: "the listing no longer fills \(name); the property leaves the Listing type", old: oldEntity.source, new: newEntity.source))
            }
            for name in oldOmits.subtracting(newOmits).sorted() where newFieldNames.contains(name) {
                changes.append(SchemaChange(.listingFieldAdded, .additive, entity: oldEntity.name, subject: "\(oldEntity.name) listing \(name)",
                                            detail: "the listing now fills \(name)", old: oldEntity.source, new: newEntity.source))
            }
        }
        return changes
    }

    // MARK: Operations

    static func compareOperations(_ old: [Operation], _ new: [Operation]) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        let oldByID = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newByID = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (id, operation) in newByID where oldByID[id] == nil {
            changes.append(SchemaChange(.operationAdded, .additive, entity: operation.entity, subject: id,
                                        detail: "new operation \(operation.method.rawValue) \(operation.path)", new: operation.source))
        }
        for (id, operation) in oldByID where newByID[id] == nil {
            changes.append(SchemaChange(.operationRemoved, .breaking, entity: operation.entity, subject: id,
                                        detail: "operation \(operation.method.rawValue) \(operation.path) removed", old: operation.source))
        }
        for (id, oldOperation) in oldByID {
            guard let newOperation = newByID[id] else { continue }
            changes += OperationDiff(old: oldOperation, new: newOperation).changes()
        }
        return changes
    }
}
