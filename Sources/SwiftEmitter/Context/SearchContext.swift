import APISchema
import Diagnostics

/// The render-ready view of a search endpoint's query: typed filters, range-filter pairs,
/// pagination and a typed sort, rendered in the order the docs' own examples use.
struct SearchContext {
    let types: TypeMapping
    let schema: APISchema

    static func typeName(for operation: Operation) -> String {
        SwiftNaming.typeName(operation.entity) + "Search"
    }

    func make(_ operation: Operation) -> TemplateValue {
        let entityPrefix = operation.entity + "_"
        var filters: [[String: TemplateValue]] = []
        var ranges: [String: [String: TemplateValue]] = [:]
        var rangeOrder: [String] = []
        var usedNames: Set<String> = ["page", "size", "orderBy", "direction", "queryItems", "validate"]
        for parameter in operation.parameters where parameter.in == .query {
            switch parameter.group {
            case .filter?:
                let name = unique(Self.propertyName(parameter.name, prefix: entityPrefix), &usedNames)
                let type = swiftType(of: parameter)
                filters.append([
                    "name": .string(name), "type": .string(type), "key": .string(SwiftLiteral.string(parameter.name)),
                    "render": .string(Self.render("value", type: type)),
                    "docLines": DocComment.lines(parameter.description, source: parameter.source),
                ])
            case .range?:
                let isFrom = parameter.name.hasPrefix("from_")
                let base = String(parameter.name.dropFirst(isFrom ? 5 : 3))
                if ranges[base] == nil {
                    rangeOrder.append(base)
                    let type = parameter.format == "date-time" ? "Date" : swiftType(of: parameter)
                    ranges[base] = ["type": .string(type), "render": .string(Self.render("value", type: type)),
                                    "name": .string(Self.propertyName(base, prefix: entityPrefix))]
                }
                let suffix = isFrom ? "from" : "to"
                ranges[base]?[suffix + "Key"] = .string(SwiftLiteral.string(parameter.name))
                ranges[base]?[suffix + "DocLines"] = DocComment.lines(parameter.description, source: parameter.source)
            default:
                break
            }
        }
        var rangeFilters: [[String: TemplateValue]] = []
        for base in rangeOrder {
            guard var range = ranges[base], case .string(let stem)? = range["name"] else { continue }
            // A range documented on one side only still gets both properties' names reserved.
            range["fromName"] = .string(unique(stem + "From", &usedNames))
            range["toName"] = .string(unique(stem + "To", &usedNames))
            range["hasFrom"] = .bool(range["fromKey"] != nil)
            range["hasTo"] = .bool(range["toKey"] != nil)
            rangeFilters.append(range)
        }
        let page = operation.parameters.first { $0.name == "page" && $0.in == .query }
        let size = operation.parameters.first { $0.name == "size" && $0.in == .query }
        let entity = schema.entity(named: operation.entity)
        let sortable = (entity?.fields ?? []).filter { !(entity?.listingOmits ?? []).contains($0.name) }
        let sortNames = SwiftNaming.uniqued(sortable.map { SwiftNaming.memberName($0.name) })
        return .object([
            "typeName": .string(Self.typeName(for: operation)),
            "entity": .string(operation.entity),
            "docLines": DocComment.lines("The query of \(operation.title ?? "the \(operation.entity) search"): every documented filter, range filter, page and sort.", source: operation.source),
            "filters": .items(filters),
            "rangeFilters": .items(rangeFilters),
            "hasPage": .bool(page != nil),
            "hasSize": .bool(size != nil),
            "defaultPage": .string(page?.default.flatMap { Int($0) }.map(String.init) ?? "1"),
            "defaultSize": .string(size?.default.flatMap { Int($0) }.map(String.init) ?? "25"),
            "hasOrderBy": .bool(operation.parameters.contains { $0.name == "orderBy" }),
            "sortFields": .items(zip(sortable, sortNames).map { ["caseName": .string($0.1), "key": .string(SwiftLiteral.string($0.0.name))] }),
            "hasSortFields": .bool(!sortable.isEmpty),
            "direction": operation.sortDirection.map { .object(["ascending": .string(SwiftLiteral.string($0.ascending)), "descending": .string(SwiftLiteral.string($0.descending))]) } ?? .bool(false),
        ])
    }

    /// `CoworkerIdentityCheck_Business_Name` → `businessName`.
    static func propertyName(_ apiName: String, prefix: String) -> String {
        let stem = apiName.hasPrefix(prefix) ? String(apiName.dropFirst(prefix.count)) : apiName
        let joined = stem.split(separator: "_").map { SwiftNaming.upperFirst(String($0)) }.joined()
        return SwiftNaming.memberName(joined)
    }

    private func swiftType(of parameter: Parameter) -> String {
        types.swiftType(of: Field(name: parameter.name, type: parameter.type, enum: parameter.enum, source: parameter.source), nestedType: nil)
    }

    private func unique(_ name: String, _ used: inout Set<String>) -> String {
        let result = SwiftNaming.uniqued([name], reserved: used)[0]
        used.insert(SwiftNaming.unescaped(result))
        return result
    }

    /// The Swift expression that turns `value` into its query text.
    static func render(_ value: String, type: String) -> String {
        switch type {
        case "String": value
        case "Int", "Double": "String(\(value))"
        case "Bool": "(\(value) ? \"true\" : \"false\")"
        case "Date": "NexudusDate.rangeFilterText(\(value))"
        case "NexudusDate": "\(value).rawValue"
        case "JSONValue": "String(describing: \(value))"
        default: "String(\(value).rawValue)"
        }
    }
}
