import APISchema

/// The public Swift symbols the SDK would have for a schema, each with its signature, read
/// from the same render contexts the templates use so the names can never disagree.
/// `diff` compares two of these to tell Swift callers what changes for them.
public enum SwiftSymbols {
    /// Symbol (`CoworkerIdentityCheck.name`) → signature (`String?`).
    public static func table(for schema: APISchema) -> [String: String] {
        var table: [String: String] = [:]
        let types = TypeMapping(schema: schema)
        for enumType in schema.enums {
            let context = EnumContext.make(enumType)
            let typeName = context.string("typeName")
            table[typeName] = enumType.isFlags ? "struct (OptionSet)" : "enum"
            for item in context.objects("cases") { table["\(typeName).\(item.string("caseName"))"] = "= \(item.string("rawValue"))" }
        }
        let models = ModelContext(types: types)
        var listingTypes: Set<String> = []
        for entity in schema.entities where !entity.fields.isEmpty {
            addModel(models.record(entity), to: &table)
            if schema.operations.contains(where: { $0.entity == entity.name && $0.kind == .search }) {
                addModel(models.listing(entity), to: &table)
                listingTypes.insert(entity.name)
            }
        }
        let requests = RequestContext(types: types, schema: schema)
        let searches = SearchContext(types: types, schema: schema)
        for operation in schema.operations {
            if let context = requests.make(operation) {
                let typeName = context.string("typeName")
                table[typeName] = "struct"
                for property in context.objects("properties") { table["\(typeName).init(\(property.string("name")):)"] = property.string("parameter") }
            }
            if operation.kind == .search {
                let typeName = SearchContext.typeName(for: operation)
                table[typeName] = "struct"
                for property in searches.properties(operation) { table["\(typeName).\(property.name)"] = property.type + "?" }
            }
        }
        let endpoints = EndpointContext(types: types, schema: schema, recordTypes: types.recordTypes, listingTypes: listingTypes)
        for (entity, operations) in Dictionary(grouping: schema.operations, by: \.entity) {
            let context = endpoints.make(entity: entity, operations: operations)
            let namespace = context.string("namespace")
            for function in context.objects("functions") {
                table["\(namespace).\(function.string("name"))"] = "(\(function.string("parameters"))) -> Endpoint<\(function.string("responseType"))>"
            }
        }
        return table
    }

    private static func addModel(_ context: TemplateValue, to table: inout [String: String]) {
        let typeName = context.string("typeName")
        table[typeName] = "struct"
        for property in context.objects("properties") { table["\(typeName).\(property.string("name"))"] = property.string("type") + "?" }
        for nested in context.objects("nestedTypes") {
            var renamed = nested
            if case .object(var fields) = renamed {
                fields["typeName"] = .string("\(typeName).\(nested.string("typeName"))")
                renamed = .object(fields)
            }
            addModel(renamed, to: &table)
        }
    }
}

extension TemplateValue {
    fileprivate func string(_ key: String) -> String {
        if case .object(let fields) = self, case .string(let value)? = fields[key] { return value }
        return ""
    }

    fileprivate func objects(_ key: String) -> [TemplateValue] {
        if case .object(let fields) = self, case .list(let items)? = fields[key] { return items }
        return []
    }
}
