import APISchema

/// `components/schemas`: a record for each entity a get page documents, its search listing
/// and list envelope, each operation's request body, each enum, and the shapes every
/// operation shares (action result, validation error, entity command). Each is built only
/// when the writer reaches it.
struct Components {
    let schema: APISchema
    let index: SchemaIndex
    let types: TypeSchemas
    let sources: SourceLinks

    /// Every component by name, sorted, with what builds it; a name taken twice keeps the first.
    func all() -> (members: [(name: String, build: @Sendable () -> JSON)], clashes: [(name: String, operation: Operation?)]) {
        var members: [String: @Sendable () -> JSON] = [:]
        var clashes: [(String, Operation?)] = []
        func add(_ name: String, operation: Operation? = nil, _ build: @escaping @Sendable () -> JSON) {
            if members[name] == nil { members[name] = build } else { clashes.append((name, operation)) }
        }
        let this = self
        for name in ["ActionResult", "ErrorResponse", "ValidationError"] { add(name) { Shared.schema(name) } }
        if schema.operations.contains(where: { $0.responseShape == .commands }) {
            for name in ["EntityCommand", "EntityCommandParameter"] { add(name) { Shared.schema(name) } }
        }
        for type in schema.enums { add(type.name) { this.enumSchema(type) } }
        for entity in schema.entities where index.recordNames.contains(entity.name) {
            add(entity.name) { this.record(entity) }
        }
        for operation in schema.operations {
            if operation.kind == .search {
                if index.recordNames.contains(operation.entity), members[Names.listing(operation.entity)] == nil {
                    let entity = index.entities[operation.entity]!
                    add(Names.listing(operation.entity), operation: operation) { this.listing(entity) }
                }
                if members[Names.list(operation.entity)] == nil {
                    add(Names.list(operation.entity), operation: operation) { this.list(operation) }
                }
            }
            if !operation.body.isEmpty {
                add(Names.requestBody(operation), operation: operation) { this.requestBody(operation) }
            }
        }
        let names = JSON.sortedKeys(members.keys)
        return (names.map { ($0, members[$0]!) }, clashes)
    }

    func record(_ entity: Entity) -> JSON {
        var object = types.objectSchema(entity.fields)
        if let description = entity.description, !description.isEmpty { object["description"] = .string(description) }
        if let source = entity.source { object["x-nexudus-source"] = sources.json(source) }
        return .object(object)
    }

    /// The record as the search listing returns it: without the fields the docs say it leaves empty.
    func listing(_ entity: Entity) -> JSON {
        let omitted = Set(entity.listingOmits)
        var object = types.objectSchema(entity.fields.filter { !omitted.contains($0.name) })
        var description = "\(entity.name) as the search listing returns it."
        if !entity.listingOmits.isEmpty {
            description += " The listing leaves these fields empty: " + entity.listingOmits.joined(separator: ", ") + "."
        }
        object["description"] = .string(description)
        if !entity.listingOmits.isEmpty { object["x-nexudus-listing-omits"] = .array(entity.listingOmits.map(JSON.string)) }
        return .object(object)
    }

    /// The page of listing records a search answers, with its paging fields: the fields its
    /// page documents, or the envelope every search shares when it documents none.
    func list(_ search: Operation) -> JSON {
        let documented = search.responses.first { $0.status == 200 }?.fields ?? []
        var object: JSONMembers
        if documented.isEmpty {
            object = Shared.listEnvelope(items: recordItems(search.entity))
        } else {
            object = types.objectSchema(documented)
            if var properties = object["properties"]?.objectValue, properties["Records"] != nil,
               let field = documented.first(where: { $0.name == "Records" }),
               case .array(.record(let name)) = field.type, name == search.entity {
                var records = types.schema(for: field)
                records["items"] = recordItems(search.entity)
                properties["Records"] = .object(records)
                object["properties"] = .object(properties)
            }
        }
        object["description"] = .string("A page of \(search.entity) search results, with its paging fields.")
        return .object(object)
    }

    private func recordItems(_ entity: String) -> JSON {
        if index.recordNames.contains(entity) { return ["$ref": .string(TypeSchemas.reference(Names.listing(entity)))] }
        return ["type": "object"]
    }

    func requestBody(_ operation: Operation) -> JSON {
        var object = types.objectSchema(operation.body)
        object["description"] = .string("The body of \(operation.method.rawValue) \(operation.path) (\(operation.id)).")
        return .object(object)
    }

    /// An enum: the documented values as `enum`, their names in `x-enum-varnames`, and the
    /// same values in `x-extensible-enum`, since the SDK (and the API) may meet values the
    /// docs do not list. A flag enum's values combine, so it has no closed `enum` list.
    func enumSchema(_ type: EnumType) -> JSON {
        let values = type.values.map { JSON.int($0.value) }
        let listed = type.values.map { "\($0.value) = \($0.name)" }.joined(separator: ", ")
        var object: JSONMembers = [
            "type": "integer",
            "x-enum-varnames": .array(type.values.map { .string($0.name) }),
            "x-extensible-enum": .array(values),
        ]
        if type.isFlags {
            object["x-nexudus-flags"] = true
            object["description"] = .string("Flags: a sum of any of \(listed). Values not listed here may come.")
        } else {
            object["enum"] = .array(values)
            object["description"] = .string("\(listed). Open: values not listed here may come.")
        }
        if let source = type.sources.first { object["x-nexudus-source"] = sources.json(source) }
        return .object(object)
    }
}

extension JSON {
    var objectValue: JSONMembers? {
        if case .object(let members) = self { return members }
        return nil
    }
}
