import APISchema
import Diagnostics

/// The render-ready view of a record type: a full entity record, its listing shape, or a
/// nested object documented with `Expandable` children.
struct ModelContext {
    let types: TypeMapping

    func record(_ entity: Entity) -> TemplateValue {
        make(typeName: SwiftNaming.typeName(entity.name), fields: entity.fields,
             doc: entity.description, source: entity.source, identifiable: Self.isIdentifiable(entity))
    }

    /// A record the docs give an `Id`.
    static func isIdentifiable(_ entity: Entity) -> Bool {
        entity.fields.contains { $0.name == "Id" }
    }

    /// The property that is `Identifiable.id`: stored and never nil, so a record the docs
    /// give an `Id` does not decode without one.
    static func identityIndex(names: [String], identifiable: Bool) -> Int? {
        identifiable ? names.firstIndex(of: "id") : nil
    }

    /// The record as the search endpoint returns it: without the fields it leaves empty, so a
    /// listing record cannot be mistaken for a full one.
    func listing(_ entity: Entity) -> TemplateValue {
        let omitted = Set(entity.listingOmits)
        let doc = "A \(entity.name) as the search endpoint lists it. The listing leaves these fields empty, so they are not here: " +
            (entity.listingOmits.isEmpty ? "none." : entity.listingOmits.map { "`\($0)`" }.joined(separator: ", ") + ".") +
            " Fetch the full `\(SwiftNaming.typeName(entity.name))` before an update."
        // The search's own values for `dir`, which the page's `CurrentSortDirection` uses too.
        return make(typeName: SwiftNaming.typeName(entity.name) + "Listing", fields: entity.fields.filter { !omitted.contains($0.name) },
                    doc: doc, source: entity.source, identifiable: Self.isIdentifiable(entity),
                    sortDirection: types.searchSortDirections[entity.name])
    }

    /// The Swift property names of a record's fields, as the model declares them; the
    /// request's `init?(updating:)` reads the record through the same names.
    static func propertyNames(_ fields: [Field]) -> [String] {
        SwiftNaming.uniqued(fields.map { SwiftNaming.memberName($0.name) }, reserved: recordMembers)
    }

    /// Members every record has: its undocumented keys, its key table, and what `Codable`
    /// and `Hashable` declare. A field must not take their names.
    static let recordMembers: Set<String> = ["additionalProperties", "jsonKeys", "decoding", "hashValue", "hash", "encode", "sortDirectionValues"]

    func make(typeName: String, fields: [Field], doc: String?, source: SourceLocation?, identifiable: Bool,
              sortDirection: SortDirectionEncoding? = nil) -> TemplateValue {
        let names = Self.propertyNames(fields)
        var nested: [TemplateValue] = []
        // A nested type shadows any outer type of the same name inside this struct, so it must
        // not take the name of a type another property uses (`Gender` enum next to a `Gender` object).
        var nestedNames: Set<String> = [typeName]
        for field in fields where field.children.isEmpty {
            nestedNames.insert(types.swiftType(of: field, nestedType: nil).innermost.name)
        }
        let identityIndex = Self.identityIndex(names: names, identifiable: identifiable)
        var properties: [TemplateObject] = []
        for (index, (field, name)) in zip(fields, names).enumerated() {
            var nestedType: String?
            if !field.children.isEmpty {
                var candidate = SwiftNaming.typeName(Self.holdsMany(field) ? Self.itemName(field.name) : field.name)
                while nestedNames.contains(candidate) { candidate += "Item" }
                nestedNames.insert(candidate)
                nestedType = candidate
                nested.append(make(typeName: candidate, fields: field.children, doc: field.description, source: field.source, identifiable: false))
            }
            let swiftType = types.swiftType(of: field, nestedType: nestedType)
            let required = index == identityIndex
            let plainName = Self.withoutBackquotes(name)
            properties.append([
                "name": .string(name),
                // The initializer's local for the field: one more `_` than any property name has
                // there, so it shadows no parameter (`reader`) and no other local.
                "local": .string("_" + plainName),
                // The argument label in a call: only `inout`, `var` and `let` keep their backticks.
                "label": .string(name == "`inout`" || name == "`var`" || name == "`let`" ? name : plainName),
                "index": .string(String(index)),
                "type": .string(swiftType.name),
                "storedType": .string(required ? swiftType.name : swiftType.name + "?"),
                "required": .bool(required),
                "key": .string(SwiftLiteral.string(field.name)),
                "secret": .bool(field.secret == true),
                "docLines": types.docs.lines(field.description, source: field.source),
            ])
        }
        var conformances = ["JSONRecordValue"]
        if identityIndex != nil { conformances.append("Identifiable") }
        return .object([
            "typeName": .string(typeName),
            "conformances": .string(conformances.joined(separator: ", ")),
            "docLines": types.docs.lines(doc, source: source),
            "properties": .items(consume properties),
            "nestedTypes": .list(nested),
            "sortDirection": sortDirection.flatMap(Self.sortDirectionValues) ?? .bool(false),
        ])
    }

    /// A listing's `sortDirectionValues`, when both documented values are integers.
    static func sortDirectionValues(_ encoding: SortDirectionEncoding) -> TemplateValue? {
        guard let ascending = Int(encoding.ascending), let descending = Int(encoding.descending) else { return nil }
        return .object(["ascending": .string(String(ascending)), "descending": .string(String(descending))])
    }

    /// `name` without its backticks; most names have none, and are not rebuilt.
    static func withoutBackquotes(_ name: String) -> String {
        name.utf8.contains(UInt8(ascii: "`")) ? name.filter { $0 != "`" } : name
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
