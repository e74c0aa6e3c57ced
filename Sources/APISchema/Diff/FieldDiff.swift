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
        for oldField in removed {
            guard !oldField.description.isEmpty,
                  let match = added.first(where: { !DescriptionText.differs($0.description, oldField.description) && $0.type == oldField.type }) else { continue }
            changes.append(change(.fieldRenamed, .breaking, oldField.name, "renamed from \(oldField.name) to \(match.name); the Swift property is renamed", oldField, match))
            removed.removeAll { $0.name == oldField.name }
            added.removeAll { $0.name == match.name }
        }
        for field in removed {
            changes.append(change(.fieldRemoved, .breaking, field.name, "\(field.name) removed; its Swift property goes away", field, nil))
        }
        for field in added {
            if isRequest && field.required {
                changes.append(change(.fieldAdded, .breaking, field.name, "new required field \(field.name) (\(field.type)); it adds an initializer parameter", nil, field))
            } else {
                changes.append(change(.fieldAdded, .additive, field.name, "new optional field \(field.name) (\(field.type))", nil, field))
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
        if old.type != new.type || old.format != new.format {
            changes.append(change(.fieldRetyped, .breaking, name, "type changed from \(describe(old)) to \(describe(new)); the Swift property changes type", old, new))
        } else if old.enum != new.enum {
            changes.append(change(.enumReferenceChanged, .breaking, name, "enum changed from \(old.enum ?? "none") to \(new.enum ?? "none"); the Swift property changes type", old, new))
        }
        if isRequest && old.required != new.required {
            if new.required {
                changes.append(change(.fieldBecameRequired, .breaking, name, "\(name) became required; it becomes a non-optional initializer parameter", old, new))
            } else {
                changes.append(change(.fieldBecameOptional, .breaking, name, "\(name) became optional; the Swift property becomes optional", old, new))
            }
        }
        switch (old.default, new.default) {
        case (nil, let value?):
            changes.append(change(.defaultAdded, .additive, name, "default \(value) added", old, new))
        case (let value?, nil):
            changes.append(change(.defaultRemoved, .breaking, name, "default \(value) removed; callers that relied on the initializer default must now pass a value", old, new))
        case (let before?, let after?) where before != after:
            changes.append(change(.defaultChanged, .breaking, name, "default changed from \(before) to \(after); calls that omit it now send another value", old, new))
        default:
            break
        }
        if DescriptionText.differs(old.description, new.description) {
            changes.append(change(.descriptionChanged, .documentation, name, "description changed", old, new))
        }
        let childScope = FieldDiff(entity: entity, scope: "\(scope) \(name)", isRequest: isRequest)
        changes += childScope.compare(old.children, new.children)
        return changes
    }

    private func describe(_ field: Field) -> String {
        field.format.map { "\(field.type) (\($0))" } ?? field.type
    }

    private func change(_ kind: SchemaChange.Kind, _ impact: SchemaChange.Impact, _ name: String, _ detail: String, _ old: Field?, _ new: Field?) -> SchemaChange {
        SchemaChange(kind, impact, entity: entity, subject: "\(scope) \(name)", detail: detail, old: old?.source, new: new?.source)
    }
}

/// Compares one operation across two snapshots.
struct OperationDiff {
    let old: Operation
    let new: Operation

    func changes() -> [SchemaChange] {
        var changes: [SchemaChange] = []
        let entity = new.entity
        if old.role != new.role {
            changes.append(SchemaChange(.roleChanged, .breaking, entity: entity, subject: "\(new.id) role",
                                        detail: "role changed from \(old.role ?? "none") to \(new.role ?? "none"); callers may need another permission",
                                        old: old.source, new: new.source))
        }
        if old.sortDirection != new.sortDirection {
            let describe = { (encoding: SortDirectionEncoding?) in encoding.map { "\($0.ascending)/\($0.descending)" } ?? "undocumented" }
            changes.append(SchemaChange(.sortDirectionChanged, .additive, entity: entity, subject: "\(new.id) dir",
                                        detail: "dir encoding changed from \(describe(old.sortDirection)) to \(describe(new.sortDirection)); the generated query renders the new values, Swift callers are unaffected",
                                        old: old.source, new: new.source))
        }
        if DescriptionText.differs(old.summary, new.summary) || DescriptionText.differs(old.description, new.description) {
            changes.append(SchemaChange(.descriptionChanged, .documentation, entity: entity, subject: new.id, detail: "summary or description changed", old: old.source, new: new.source))
        }
        changes += FieldDiff(entity: entity, scope: "\(new.id) body", isRequest: true).compare(old.body, new.body)
        changes += compareParameters()
        if new.kind != .get {
            for response in new.responses {
                let before = old.responses.first { $0.status == response.status }?.fields ?? []
                changes += FieldDiff(entity: entity, scope: "\(new.id) response \(response.status)", isRequest: false).compare(before, response.fields)
            }
        }
        return changes
    }

    private func compareParameters() -> [SchemaChange] {
        var changes: [SchemaChange] = []
        let entity = new.entity
        let isSearchFilter = { (parameter: Parameter) in parameter.group == .filter || parameter.group == .range }
        let oldByName = Dictionary(old.parameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newByName = Dictionary(new.parameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for parameter in new.parameters where oldByName[parameter.name] == nil {
            let subject = "\(new.id) \(isSearchFilter(parameter) ? "filter" : "parameter") \(parameter.name)"
            if isSearchFilter(parameter) {
                changes.append(SchemaChange(.filterAdded, .additive, entity: entity, subject: subject, detail: "new \(parameter.group?.rawValue ?? "") filter \(parameter.name) (\(parameter.type))", new: parameter.source))
            } else {
                let impact: SchemaChange.Impact = parameter.required ? .breaking : .additive
                changes.append(SchemaChange(.fieldAdded, impact, entity: entity, subject: subject, detail: "new \(parameter.required ? "required" : "optional") \(parameter.in.rawValue) parameter \(parameter.name)", new: parameter.source))
            }
        }
        for parameter in old.parameters where newByName[parameter.name] == nil {
            let filter = isSearchFilter(parameter)
            changes.append(SchemaChange(filter ? .filterRemoved : .fieldRemoved, .breaking, entity: entity,
                                        subject: "\(new.id) \(filter ? "filter" : "parameter") \(parameter.name)",
                                        detail: "\(parameter.name) removed; its Swift property or argument goes away", old: parameter.source))
        }
        for parameter in new.parameters {
            guard let before = oldByName[parameter.name] else { continue }
            let subject = "\(new.id) \(isSearchFilter(parameter) ? "filter" : "parameter") \(parameter.name)"
            if before.type != parameter.type || before.enum != parameter.enum || before.format != parameter.format {
                changes.append(SchemaChange(.fieldRetyped, .breaking, entity: entity, subject: subject,
                                            detail: "type changed from \(before.enum ?? before.type) to \(parameter.enum ?? parameter.type)", old: before.source, new: parameter.source))
            }
            if before.default != parameter.default {
                changes.append(SchemaChange(.defaultChanged, .documentation, entity: entity, subject: subject,
                                            detail: "documented default changed from \(before.default ?? "none") to \(parameter.default ?? "none")", old: before.source, new: parameter.source))
            }
            if before.required != parameter.required {
                changes.append(SchemaChange(parameter.required ? .fieldBecameRequired : .fieldBecameOptional, parameter.required ? .breaking : .additive,
                                            entity: entity, subject: subject, detail: "\(parameter.name) became \(parameter.required ? "required" : "optional")", old: before.source, new: parameter.source))
            }
        }
        return changes
    }
}

/// The two page formats write one description differently: the export has Markdown
/// (backticks, bold, links, tables), the rendering drops the markup, flattens tables and
/// curls quotes, and one format may not carry a text at all. Only the words are compared.
enum DescriptionText {
    static func differs(_ old: String?, _ new: String?) -> Bool {
        guard let old, let new, !old.isEmpty, !new.isEmpty else { return false }
        return words(old) != words(new)
    }

    /// Letters and digits, lower-cased, with link targets dropped.
    static func words(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var skippingLink = false
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if skippingLink {
                if scalar == ")" { skippingLink = false }
                continue
            }
            if scalar == "(" && previous == "]" {
                skippingLink = true
                continue
            }
            previous = scalar
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                result.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(result)
    }
}
