import Diagnostics

/// Compares two lists of fields: a record's, or a request body's. For a request body,
/// required fields are initializer parameters, which decides what breaks Swift callers.
struct FieldDiff {
    let entity: String
    /// Where the fields live, e.g. `Coworker.create body` or `Coworker record`.
    let scope: String
    let isRequest: Bool

    func compare(_ old: [Field], _ new: [Field]) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        let newNames = Set(new.map(\.name))
        let oldNames = Set(old.map(\.name))
        var removed = old.filter { !newNames.contains($0.name) }
        var added = new.filter { !oldNames.contains($0.name) }
        // Same description and type under a new name: a rename, not a removal and an addition.
        // Both descriptions must be there and agree; an empty one proves nothing.
        for oldField in removed {
            guard let match = added.first(where: { isRename(from: oldField, to: $0) }) else { continue }
            changes.append(change(.fieldRenamed, .breaking, oldField.name, "renamed from \(oldField.name) to \(match.name); the Swift property is renamed", oldField, match))
            removed.removeAll { $0.name == oldField.name }
            added.removeAll { $0.name == match.name }
        }
        for field in removed {
            changes.append(change(.fieldRemoved, .breaking, field.name, "\(field.name) removed; its Swift property goes away", field, nil))
        }
        for field in added {
            if isRequest && field.required {
                changes.append(change(.fieldAdded, .breaking, field.name, "new required field \(field.name) (\(describe(field))); it adds a required initializer parameter, so existing calls no longer compile", nil, field))
            } else {
                // Every record and response property is optional in Swift, whatever the page says.
                changes.append(change(.fieldAdded, .additive, field.name, "new \(isRequest ? "optional " : "")field \(field.name) (\(describe(field)))", nil, field))
            }
        }
        let oldByName = Dictionary(old.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for newField in new {
            guard let oldField = oldByName[newField.name] else { continue }
            changes += compare(oldField, newField)
        }
        return changes
    }

    private func compare(_ old: Field, _ new: Field) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        let name = new.name
        // The decided type is what the Swift property has: another spelling of the same type
        // (`int`, `integer?`) changes nothing. Only the enum changed when the docs' text did not.
        if old.type != new.type && (old.enum == new.enum || old.documentedType != new.documentedType || old.format != new.format) {
            changes.append(change(.fieldRetyped, .breaking, name, "type changed from \(Self.typeText(old)) to \(Self.typeText(new)); the Swift property changes type", old, new))
        } else if old.type != new.type {
            changes.append(change(.enumReferenceChanged, .breaking, name, "enum changed from \(old.enum ?? "none") to \(new.enum ?? "none"); the Swift property changes type", old, new))
        }
        if isRequest && old.required != new.required {
            if new.required {
                changes.append(change(.fieldBecameRequired, .breaking, name, "\(name) became required; it becomes a non-optional initializer parameter", old, new))
            } else {
                changes.append(change(.fieldBecameOptional, .breaking, name, "\(name) became optional; the Swift property becomes optional", old, new))
            }
        }
        // A request field's default is the server's: the SDK never sends it, and names it as
        // a constant (`Defaults.gender`), which comes and goes with it.
        switch (old.default, new.default) {
        case (nil, let value?):
            changes.append(change(.defaultAdded, .additive, name, isRequest ? "default \(value) added; bodies that leave \(name) out get \(value) from the server, and the SDK names it as a constant" : "default \(value) added", old, new))
        case (let value?, nil):
            changes.append(change(.defaultRemoved, isRequest ? .breaking : .additive, name, isRequest ? "default \(value) removed; its constant goes away, and bodies that leave \(name) out get whatever the server picks" : "default \(value) removed", old, new))
        case (let before?, let after?) where before != after:
            changes.append(change(.defaultChanged, .additive, name, isRequest ? "default changed from \(before) to \(after); bodies that leave \(name) out now get \(after) from the server (the SDK sends neither)" : "default changed from \(before) to \(after)", old, new))
        default:
            break
        }
        if DescriptionText.differs(DescriptionText.prose(old.description), DescriptionText.prose(new.description)) {
            changes.append(change(.descriptionChanged, .documentation, name, DescriptionText.changeDetail(old.description, new.description), old, new))
        }
        let childScope = FieldDiff(entity: entity, scope: "\(scope) \(name)", isRequest: isRequest)
        changes += childScope.compare(old.children, new.children)
        return changes
    }

    private func isRename(from old: Field, to new: Field) -> Bool {
        old.type == new.type && old.enum == new.enum && old.children.isEmpty == new.children.isEmpty
            && DescriptionText.same(DescriptionText.prose(old.description), DescriptionText.prose(new.description))
    }

    private func describe(_ field: Field) -> String {
        field.enum ?? Self.typeText(field)
    }

    /// `date-time string`, `integer[]`: the type as the docs give it, for a reviewer.
    static func typeText(_ field: Field) -> String {
        field.format.map { "\($0) \(field.documentedType)" } ?? field.documentedType
    }

    private func change(_ kind: SchemaChange.Kind, _ impact: SchemaChange.Impact, _ name: String, _ detail: String, _ old: Field?, _ new: Field?) -> SchemaChange {
        SchemaChange(kind, impact, entity: entity, subject: "\(scope) \(name)", detail: detail, old: old?.source, new: new?.source)
    }
}
