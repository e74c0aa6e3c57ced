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

    /// One query parameter as a property of the search struct.
    struct QueryProperty {
        enum Role { case filter, from, to }
        var apiName: String
        var name: String
        var type: SwiftType
        var role: Role
        var parameter: Parameter
        /// The shared stem of a range pair (`from_X_UpdatedOn` and `to_X_UpdatedOn`).
        var rangeBase: String?
    }

    /// The filters and range filters as properties, named once so the query struct and the
    /// conformance tests generated from the docs' examples agree.
    func properties(_ operation: Operation) -> [QueryProperty] {
        let entityPrefix = operation.entity + "_"
        // The struct's own members, and `items`, the local `queryItems` fills.
        var usedNames: Set<String> = ["page", "size", "orderBy", "direction", "queryItems", "validate", "items"]
        var result: [QueryProperty] = []
        // Asked once per filter: a set, not a scan that copies every field of the record.
        let recordFieldNames = Set((types.entity(named: operation.entity)?.fields ?? []).lazy.map(\.name))
        for parameter in operation.parameters where parameter.in == .query {
            switch parameter.group {
            case .filter?:
                // A filter on an id is named like the record's field (`CoworkerIdentityCheck_Business`
                // filters `BusinessId`): `businessId`, not `business`.
                let stem = parameter.name.hasPrefix(entityPrefix) ? String(parameter.name.dropFirst(entityPrefix.count)) : parameter.name
                let apiName = recordFieldNames.contains(stem + "Id") && swiftType(of: parameter) == .int ? parameter.name + "Id" : parameter.name
                let name = unique(Self.propertyName(apiName, prefix: entityPrefix), &usedNames)
                result.append(QueryProperty(apiName: parameter.name, name: name, type: swiftType(of: parameter), role: .filter, parameter: parameter))
            case .range?:
                let isFrom = parameter.name.hasPrefix("from_")
                let base = String(parameter.name.dropFirst(isFrom ? 5 : 3))
                let stem = Self.propertyName(base, prefix: entityPrefix)
                // A range bound is a `NexudusDate` written in the docs' own `YYYY-MM-DDTHH:mm` form.
                let type: SwiftType = parameter.type == .dateTime ? .date : swiftType(of: parameter)
                let name = unique(stem + (isFrom ? "From" : "To"), &usedNames)
                result.append(QueryProperty(apiName: parameter.name, name: name, type: type, role: isFrom ? .from : .to, parameter: parameter, rangeBase: base))
            default:
                break
            }
        }
        return result
    }

    func make(_ operation: Operation) -> TemplateValue {
        let properties = properties(operation)
        let filters: [TemplateObject] = properties.filter { $0.role == .filter }.map { property in
            [
                "name": .string(property.name), "type": .string(property.type.name), "key": .string(SwiftLiteral.string(property.apiName)),
                "docLines": types.docs.lines(property.parameter.description, source: property.parameter.source),
            ]
        }
        var rangeFilters: [TemplateObject] = []
        var rangeIndex: [String: Int] = [:]
        for property in properties where property.role != .filter {
            guard let base = property.rangeBase else { continue }
            if rangeIndex[base] == nil {
                rangeIndex[base] = rangeFilters.count
                rangeFilters.append(["type": .string(property.type.name), "hasFrom": .bool(false), "hasTo": .bool(false)])
            }
            let side = property.role == .from ? "from" : "to"
            rangeFilters[rangeIndex[base]!][side + "Name"] = .string(property.name)
            rangeFilters[rangeIndex[base]!][side + "Key"] = .string(SwiftLiteral.string(property.apiName))
            rangeFilters[rangeIndex[base]!][side + "DocLines"] = types.docs.lines(property.parameter.description, source: property.parameter.source)
            rangeFilters[rangeIndex[base]!]["has" + (property.role == .from ? "From" : "To")] = .bool(true)
        }
        let page = operation.parameters.first { $0.name == "page" && $0.in == .query }
        let size = operation.parameters.first { $0.name == "size" && $0.in == .query }
        let entity = types.entity(named: operation.entity)
        let sortable = (entity?.fields ?? []).filter { !(entity?.listingOmits ?? []).contains($0.name) }
        let sortNames = Self.sortFieldCaseNames(sortable)
        return .object([
            "typeName": .string(Self.typeName(for: operation)),
            "entity": .string(operation.entity),
            "docLines": types.docs.lines("The query of \(operation.title ?? "the \(operation.entity) search"): every documented filter, range filter, page and sort.", source: operation.source),
            "filters": .items(consume filters),
            "rangeFilters": .list(rangeFilters.map(TemplateValue.object)),
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

    /// The `SortField` case of each sortable field, in order; the conformance tests name them
    /// the same way. `allCases` is taken: a case of that name would make `SortField.allCases`
    /// ambiguous for every caller.
    static func sortFieldCaseNames(_ sortable: [Field]) -> [String] {
        SwiftNaming.uniqued(sortable.map { SwiftNaming.memberName($0.name) }, reserved: ["allCases"])
    }

    /// `CoworkerIdentityCheck_Business_Name` → `businessName`.
    static func propertyName(_ apiName: String, prefix: String) -> String {
        // Plain ASCII (no `\r`, which joins `\n` into one Character) on bytes: every filter is named this way.
        let isPlain = { (text: String) in !UTF8Scan.contains(text) { $0 >= 0x80 || $0 == 0x0D } }
        if isPlain(apiName), isPlain(prefix) {
            var stem = Array(apiName.utf8)[...]
            if stem.starts(with: prefix.utf8) { stem = stem.dropFirst(prefix.utf8.count) }
            var joined: [UInt8] = []
            for word in stem.split(separator: UInt8(ascii: "_")) {
                joined.append(word[word.startIndex] >= 0x61 && word[word.startIndex] <= 0x7A ? word[word.startIndex] - 0x20 : word[word.startIndex])
                joined += word.dropFirst()
            }
            return SwiftNaming.memberName(String(decoding: joined, as: UTF8.self))
        }
        let stem = apiName.hasPrefix(prefix) ? String(apiName.dropFirst(prefix.count)) : apiName
        let joined = stem.split(separator: "_").map { SwiftNaming.upperFirst(String($0)) }.joined()
        return SwiftNaming.memberName(joined)
    }

    private func swiftType(of parameter: Parameter) -> SwiftType {
        types.swiftType(of: parameter.type, nestedType: nil)
    }

    private func unique(_ name: String, _ used: inout Set<String>) -> String {
        SwiftNaming.unique(name, in: &used)
    }
}
