import Diagnostics

/// Compares one operation across two snapshots: where it lives, who may call it, its
/// query and path parameters, its request body and its responses.
struct OperationDiff {
    let old: Operation
    let new: Operation

    func changes() -> [SchemaChange] {
        var changes: [SchemaChange] = []
        let entity = new.entity
        if old.method != new.method || old.path != new.path {
            changes.append(SchemaChange(.pathChanged, .breaking, entity: entity, subject: new.id,
                                        detail: "moved from \(old.method.rawValue) \(old.path) to \(new.method.rawValue) \(new.path); clients built for the old path fail",
                                        old: old.source, new: new.source))
        }
        if old.role != new.role {
            changes.append(SchemaChange(.roleChanged, .breaking, entity: entity, subject: "\(new.id) role",
                                        detail: "role changed from \(old.role ?? "none") to \(new.role ?? "none"); callers may need another permission",
                                        old: old.source, new: new.source))
        }
        if old.sortDirection != new.sortDirection {
            let describe = { (encoding: SortDirectionEncoding?) in encoding.map { "ascending \($0.ascending), descending \($0.descending)" } ?? "undocumented" }
            changes.append(SchemaChange(.sortDirectionChanged, .additive, entity: entity, subject: "\(new.id) dir",
                                        detail: "dir encoding changed from \(describe(old.sortDirection)) to \(describe(new.sortDirection)); the generated query sends the new values, Swift callers are unaffected",
                                        old: old.source, new: new.source))
        }
        // The rendering carries no title or summary: a text only one side has is no change.
        if let before = old.summary, let after = new.summary, DescriptionText.differs(before, after) {
            changes.append(SchemaChange(.descriptionChanged, .documentation, entity: entity, subject: "\(new.id) summary",
                                        detail: DescriptionText.changeDetail(before, after, of: "summary"), old: old.source, new: new.source))
        }
        if let before = old.description, let after = new.description, DescriptionText.differs(before, after) {
            changes.append(SchemaChange(.descriptionChanged, .documentation, entity: entity, subject: "\(new.id) description",
                                        detail: DescriptionText.changeDetail(before, after), old: old.source, new: new.source))
        }
        changes += FieldDiff(entity: entity, scope: "\(new.id) body", isRequest: true).compare(old.body, new.body)
        changes += compareParameters()
        // A get page's response is the entity's record, compared once as the record.
        if new.kind != .get {
            for response in new.responses {
                guard let before = old.responses.first(where: { $0.status == response.status }) else { continue }
                changes += FieldDiff(entity: entity, scope: "\(new.id) response \(response.status)", isRequest: false).compare(before.fields, response.fields)
            }
        }
        return changes
    }

    private func isSearchFilter(_ parameter: Parameter) -> Bool { parameter.group == .filter || parameter.group == .range }

    private func subject(_ parameter: Parameter) -> String {
        "\(new.id) \(isSearchFilter(parameter) ? "filter" : "parameter") \(parameter.name)"
    }

    private func compareParameters() -> [SchemaChange] {
        var changes: [SchemaChange] = []
        let entity = new.entity
        let oldByName = Dictionary(old.parameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newByName = Dictionary(new.parameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for parameter in new.parameters where oldByName[parameter.name] == nil {
            if isSearchFilter(parameter) {
                let kind = parameter.group == .range ? "range filter" : "filter"
                changes.append(SchemaChange(.filterAdded, .additive, entity: entity, subject: subject(parameter),
                                            detail: "new \(kind) \(parameter.name) (\(parameter.enum ?? parameter.format.map { "\($0) \(parameter.documentedType)" } ?? parameter.documentedType)); a new optional query property", new: parameter.source))
            } else if parameter.required {
                changes.append(SchemaChange(.fieldAdded, .breaking, entity: entity, subject: subject(parameter),
                                            detail: "new required \(parameter.in.rawValue) parameter \(parameter.name) (\(parameter.documentedType)); it adds a function argument", new: parameter.source))
            } else {
                changes.append(SchemaChange(.fieldAdded, .additive, entity: entity, subject: subject(parameter),
                                            detail: "new optional \(parameter.in.rawValue) parameter \(parameter.name) (\(parameter.documentedType))", new: parameter.source))
            }
        }
        for parameter in old.parameters where newByName[parameter.name] == nil {
            let filter = isSearchFilter(parameter)
            let kind = parameter.group == .range ? "range filter" : (filter ? "filter" : "\(parameter.in.rawValue) parameter")
            changes.append(SchemaChange(filter ? .filterRemoved : .fieldRemoved, .breaking, entity: entity, subject: subject(parameter),
                                        detail: "\(kind) \(parameter.name) removed; its Swift property or argument goes away", old: parameter.source))
        }
        for parameter in new.parameters {
            guard let before = oldByName[parameter.name] else { continue }
            changes += compare(before, parameter)
        }
        return changes
    }

    private func compare(_ before: Parameter, _ parameter: Parameter) -> [SchemaChange] {
        var changes: [SchemaChange] = []
        let entity = new.entity
        // The decided type holds the enum and the date format; a new spelling of it is no change.
        if before.type != parameter.type {
            let describe = { (parameter: Parameter) in parameter.enum ?? (parameter.format.map { "\($0) \(parameter.documentedType)" } ?? parameter.documentedType) }
            changes.append(SchemaChange(.fieldRetyped, .breaking, entity: entity, subject: subject(parameter),
                                        detail: "type changed from \(describe(before)) to \(describe(parameter)); the Swift property or argument changes type",
                                        old: before.source, new: parameter.source))
        }
        if before.required != parameter.required {
            changes.append(parameter.required
                ? SchemaChange(.fieldBecameRequired, .breaking, entity: entity, subject: subject(parameter),
                               detail: "\(parameter.name) became required; calls that leave it out now fail", old: before.source, new: parameter.source)
                : SchemaChange(.fieldBecameOptional, .additive, entity: entity, subject: subject(parameter),
                               detail: "\(parameter.name) became optional", old: before.source, new: parameter.source))
        }
        // A query parameter's default is the server's: the generated query leaves the value
        // out, so calls that omit it now get another behaviour, but no Swift code changes.
        switch (before.default, parameter.default) {
        case (nil, let value?):
            changes.append(SchemaChange(.defaultAdded, .additive, entity: entity, subject: subject(parameter),
                                        detail: "the server now documents default \(value) for calls that leave \(parameter.name) out", old: before.source, new: parameter.source))
        case (let value?, nil):
            changes.append(SchemaChange(.defaultRemoved, .additive, entity: entity, subject: subject(parameter),
                                        detail: "documented default \(value) removed; calls that leave \(parameter.name) out get whatever the server picks", old: before.source, new: parameter.source))
        case (let value?, let newValue?) where value != newValue:
            changes.append(SchemaChange(.defaultChanged, .additive, entity: entity, subject: subject(parameter),
                                        detail: "default changed from \(value) to \(newValue); calls that leave \(parameter.name) out now get \(newValue)", old: before.source, new: parameter.source))
        default:
            break
        }
        // `dir`'s description states its encoding, which is compared as the encoding.
        let encodingChanged = parameter.name == "dir" && old.sortDirection != new.sortDirection
        if !encodingChanged, DescriptionText.differs(DescriptionText.prose(before.description), DescriptionText.prose(parameter.description)) {
            changes.append(SchemaChange(.descriptionChanged, .documentation, entity: entity, subject: subject(parameter),
                                        detail: DescriptionText.changeDetail(before.description, parameter.description), old: before.source, new: parameter.source))
        }
        return changes
    }
}
