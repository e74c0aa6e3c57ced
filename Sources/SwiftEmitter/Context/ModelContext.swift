import APISchema
import Diagnostics

/// The render-ready view of a record type: a full entity record, its listing shape, or a
/// nested object documented with `Expandable` children.
struct ModelContext {
    let types: TypeMapping

    func record(_ entity: Entity) -> TemplateValue {
        make(typeName: SwiftNaming.typeName(entity.name), fields: entity.fields,
             doc: entity.description, source: entity.source, identifiable: entity.fields.contains { $0.name == "Id" })
    }

    /// The record as the search endpoint returns it: without the fields it leaves empty, so a
    /// listing record cannot be mistaken for a full one.
    func listing(_ entity: Entity) -> TemplateValue {
        let omitted = Set(entity.listingOmits)
        let doc = "A \(entity.name) as the search endpoint lists it. The listing leaves these fields empty, so they are not here: " +
            (entity.listingOmits.isEmpty ? "none." : entity.listingOmits.map { "`\($0)`" }.joined(separator: ", ") + ".") +
            " Fetch the full `\(SwiftNaming.typeName(entity.name))` before an update."
        return make(typeName: SwiftNaming.typeName(entity.name) + "Listing", fields: entity.fields.filter { !omitted.contains($0.name) },
                    doc: doc, source: entity.source, identifiable: entity.fields.contains { $0.name == "Id" })
    }

    /// The Swift property names of a record's fields, as the model declares them; the
    /// request's `init?(updating:)` reads the record through the same names.
    static func propertyNames(_ fields: [Field]) -> [String] {
        SwiftNaming.uniqued(fields.map { SwiftNaming.memberName($0.name) }, reserved: recordMembers)
    }

    /// Members every record has from `JSONRecord`, `Hashable` and `Encodable`. A field must
    /// not take their names: its property is a dynamic member, which a real member of the
    /// same name would hide.
    static let recordMembers: Set<String> = ["fields", "additionalProperties", "customMirror", "jsonValue", "hashValue", "hash", "encode"]

    func make(typeName: String, fields: [Field], doc: String?, source: SourceLocation?, identifiable: Bool) -> TemplateValue {
        let names = Self.propertyNames(fields)
        var nested: [TemplateValue] = []
        // A nested type shadows any outer type of the same name inside this struct, so it must
        // not take the name of a type another property uses (`Gender` enum next to a `Gender` object).
        var nestedNames: Set<String> = [typeName]
        for field in fields where field.children.isEmpty {
            nestedNames.insert(types.swiftType(of: field, nestedType: nil).innermost.name)
        }
        var properties: [[String: TemplateValue]] = []
        for (field, name) in zip(fields, names) {
            var nestedType: String?
            if !field.children.isEmpty {
                var candidate = SwiftNaming.typeName(Self.holdsMany(field) ? Self.itemName(field.name) : field.name)
                while nestedNames.contains(candidate) { candidate += "Item" }
                nestedNames.insert(candidate)
                nestedType = candidate
                nested.append(make(typeName: candidate, fields: field.children, doc: field.description, source: field.source, identifiable: false))
            }
            let swiftType = types.swiftType(of: field, nestedType: nestedType)
            properties.append([
                "name": .string(name),
                "layoutLine": .string(LayoutTable.line(name: name, required: false, secret: field.secret == true, key: field.name)),
                "type": .string(swiftType.name),
                "key": .string(SwiftLiteral.string(field.name)),
                "secret": .bool(field.secret == true),
                "docLines": types.docs.lines(field.description, source: field.source),
            ])
        }
        var conformances = ["JSONRecord"]
        // `Identifiable` needs a real `id` member, which the `Id` field's dynamic member is not.
        var identity = TemplateValue.bool(false)
        if identifiable, let index = names.firstIndex(of: "id"), let property = properties[index]["type"], let key = properties[index]["key"] {
            conformances.append("Identifiable")
            identity = .object(["type": property, "key": key])
        }
        return .object([
            "typeName": .string(typeName),
            "conformances": .string(conformances.joined(separator: ", ")),
            "docLines": types.docs.lines(doc, source: source),
            "properties": .items(properties),
            "identity": identity,
            "nestedTypes": .list(nested),
        ])
    }

    /// A list of documented objects (`object[]`, or a bare `array` with fields): its struct
    /// describes one item, and is named for one.
    static func holdsMany(_ field: Field) -> Bool {
        if case .array = field.type { return true }
        return false
    }

    /// One item of a list field is named for one: `Addresses` holds `Address`, `Data` holds `DataItem`.
    static func itemName(_ name: String) -> String {
        Inflection.singular(name) ?? name + "Item"
    }
}
