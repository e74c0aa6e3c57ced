import APISchema

/// One public declaration of the generated SDK, as `diff` shows it to a Swift caller.
public struct SwiftSymbol: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case type, enumCase, property, initParameter, constant, function
    }

    public var kind: Kind
    /// The type the declaration belongs to (`CoworkerIdentityCheck`), nil for a top-level type.
    public var container: String?
    /// The declaration as a reader would write it: `var CoworkerIdentityCheck.name: String?`.
    public var declaration: String
    /// What a change is judged by: the type, default, raw value or function signature.
    public var signature: String
}

/// The public Swift symbols the SDK would have for a schema, read from the same render
/// contexts the templates use so the names can never disagree. `diff` compares two of
/// these to tell Swift callers what changes for them.
public enum SwiftSymbols {
    /// Symbol path (`CoworkerIdentityCheck.name`, `CreateCoworkerRequest.init(email:)`) → symbol.
    public static func table(for schema: APISchema) -> [String: SwiftSymbol] {
        var table = Table()
        let types = TypeMapping(schema: schema)
        for enumType in schema.enums {
            let context = EnumContext.make(enumType, typeName: types.enumTypeName(enumType.name), docs: types.docs)
            let typeName = context.string("typeName")
            table.type(typeName, enumType.isFlags ? "struct" : "enum", signature: enumType.isFlags ? "OptionSet" : "enum")
            for item in context.objects("cases") {
                let path = "\(typeName).\(item.string("caseName"))"
                let raw = item.string("rawValue")
                table.add(path, .enumCase, in: typeName, enumType.isFlags ? "static let \(path) (\(raw))" : "case \(path) = \(raw)", signature: raw)
            }
        }
        let models = ModelContext(types: types)
        var listingTypes: Set<String> = []
        for entity in schema.entities where !entity.fields.isEmpty {
            addModel(models.record(entity), container: nil, to: &table)
            if schema.operations.contains(where: { $0.entity == entity.name && $0.kind == .search }) {
                addModel(models.listing(entity), container: nil, to: &table)
                listingTypes.insert(entity.name)
            }
        }
        let requests = RequestContext(types: types, schema: schema)
        let searches = SearchContext(types: types, schema: schema)
        for operation in schema.operations {
            if let context = requests.make(operation) {
                let typeName = context.string("typeName")
                table.type(typeName, "struct")
                for property in context.objects("properties") {
                    let path = "\(typeName).\(property.string("name"))"
                    let type = property.string("type")
                    table.add(path, .property, in: typeName, "var \(path): \(type)", signature: type)
                }
                for parameter in context.objects("requiredProperties") {
                    let name = parameter.string("name")
                    let type = parameter.string("type")
                    table.add("\(typeName).init(\(name):)", .initParameter, in: typeName, "\(typeName).init(\(name): \(type))", signature: type)
                }
                // A documented default is a constant the body never sends: its value is the server's.
                if context.bool("hasDefaults") {
                    let defaultsType = "\(typeName).Defaults"
                    table.type(defaultsType, "enum", container: typeName)
                    for constant in context.objects("defaults") {
                        let path = "\(defaultsType).\(constant.string("name"))"
                        let value = constant.string("value")
                        table.add(path, .constant, in: defaultsType, "static let \(path): \(constant.string("type")) = \(value)", signature: value)
                    }
                }
            }
            if operation.kind == .search {
                addSearch(searches.make(operation), properties: searches.properties(operation), to: &table)
            }
        }
        let endpoints = EndpointContext(types: types, schema: schema, recordTypes: types.recordTypes, listingTypes: listingTypes)
        for (entity, operations) in Dictionary(grouping: schema.operations, by: \.entity) {
            let context = endpoints.make(entity: entity, operations: operations)
            let namespace = context.string("namespace")
            table.type(namespace, "enum")
            for function in context.objects("functions") {
                let signature = function.string("signature")
                let path = "\(namespace).\(function.string("name"))"
                table.add(path, .function, in: namespace, "static func \(path)\(signature)", signature: signature)
            }
            for pageable in context.objects("pageable") {
                let signature = "(_ query: \(pageable.string("searchType"))) -> PageSequence<\(pageable.string("recordType"))>"
                let path = "NexudusClient.\(pageable.string("functionName"))"
                table.add(path, .function, in: nil, "func \(path)\(signature)", signature: signature)
            }
        }
        return table.symbols
    }

    private static func addModel(_ context: TemplateValue, container: String?, to table: inout Table) {
        let typeName = container.map { "\($0).\(context.string("typeName"))" } ?? context.string("typeName")
        table.type(typeName, "struct", container: container)
        for property in context.objects("properties") {
            let path = "\(typeName).\(property.string("name"))"
            // A record's fields are stored constants; the `Id` of an identifiable one is never nil.
            let type = property.string("storedType")
            table.add(path, .property, in: typeName, "let \(path): \(type)", signature: type)
        }
        if case .object(let direction)? = context.value("sortDirection") {
            let values = "ascending \(direction["ascending"].map(\.text) ?? ""), descending \(direction["descending"].map(\.text) ?? "")"
            table.add("\(typeName).sortDirectionValues", .constant, in: typeName, "static let \(typeName).sortDirectionValues (\(values))", signature: values)
        }
        for nested in context.objects("nestedTypes") {
            addModel(nested, container: typeName, to: &table)
        }
    }

    private static func addSearch(_ context: TemplateValue, properties: [SearchContext.QueryProperty], to table: inout Table) {
        let typeName = context.string("typeName")
        table.type(typeName, "struct")
        for (flag, name, valueKey) in [("hasPage", "defaultPage", "defaultPage"), ("hasSize", "defaultSize", "defaultSize")] where context.bool(flag) {
            let value = context.string(valueKey)
            table.add("\(typeName).\(name)", .constant, in: typeName, "static let \(typeName).\(name) = \(value)", signature: value)
        }
        var members: [(String, String)] = properties.map { ($0.name, $0.type.name + "?") }
        if context.bool("hasPage") { members.append(("page", "Int?")) }
        if context.bool("hasSize") { members.append(("size", "Int?")) }
        if context.bool("hasOrderBy") { members.append(("orderBy", context.bool("hasSortFields") ? "SortField?" : "String?")) }
        if case .object(let direction)? = context.value("direction") {
            members.append(("direction", "SortDirection? (ascending \(direction["ascending"].map(\.text) ?? ""), descending \(direction["descending"].map(\.text) ?? ""))"))
        }
        for (name, type) in members {
            table.add("\(typeName).\(name)", .property, in: typeName, "var \(typeName).\(name): \(type)", signature: type)
        }
        if context.bool("hasSortFields") {
            let sortType = "\(typeName).SortField"
            table.type(sortType, "enum", container: typeName)
            for field in context.objects("sortFields") {
                let path = "\(sortType).\(field.string("caseName"))"
                let key = field.string("key")
                table.add(path, .enumCase, in: sortType, "case \(path) = \(key)", signature: key)
            }
        }
    }

    /// Builds the table; every type is a symbol of its own so its members can be folded under it.
    private struct Table {
        var symbols: [String: SwiftSymbol] = [:]

        mutating func type(_ name: String, _ keyword: String, signature: String? = nil, container: String? = nil) {
            add(name, .type, in: container, "\(keyword) \(name)", signature: signature ?? keyword)
        }

        mutating func add(_ path: String, _ kind: SwiftSymbol.Kind, in container: String?, _ declaration: String, signature: String) {
            symbols[path] = SwiftSymbol(kind: kind, container: container, declaration: declaration, signature: signature)
        }
    }
}

extension TemplateValue {
    fileprivate func value(_ key: String) -> TemplateValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    fileprivate func string(_ key: String) -> String {
        value(key)?.text ?? ""
    }

    fileprivate var text: String {
        if case .string(let value) = self { return value }
        return ""
    }

    fileprivate func bool(_ key: String) -> Bool {
        if case .bool(let value)? = value(key) { return value }
        return false
    }

    fileprivate func objects(_ key: String) -> [TemplateValue] {
        if case .list(let items)? = value(key) { return items }
        return []
    }
}
