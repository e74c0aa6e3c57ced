import APISchema
import Diagnostics

/// Two declarations of one Swift type would give an SDK that does not compile: entities
/// `Type` (which takes `TypeValue`, `Type` being Swift's) and `TypeValue`, or an entity
/// `CoworkerListing` next to the listing record of `Coworker`. Enums already take names
/// no other type has (`TypeMapping.enumTypeNames`); this finds clashes among the rest.
enum TypeNameClashes {
    static func diagnostics(_ schema: APISchema, searched: Set<String>) -> [Diagnostic] {
        var places: [String: [(what: String, at: SourceLocation?)]] = [:]
        var order: [String] = []
        func declare(_ name: String, _ what: String, at location: SourceLocation?) {
            if places[name] == nil { order.append(name) }
            guard !(places[name]?.contains { $0.what == what } ?? false) else { return }
            places[name, default: []].append((what, location))
        }
        for entity in schema.entities where !entity.fields.isEmpty {
            let typeName = SwiftNaming.typeName(entity.name)
            declare(typeName, "the record of '\(entity.name)'", at: entity.source)
            if searched.contains(entity.name) { declare(typeName + "Listing", "the listing record of '\(entity.name)'", at: entity.source) }
        }
        for operation in schema.operations {
            declare(EndpointContext.namespace(for: operation.entity), "the endpoints of '\(operation.entity)'", at: operation.source)
            if !operation.body.isEmpty, let request = RequestContext.typeName(for: operation) {
                declare(request, "the body of '\(operation.id)'", at: operation.source)
            }
            if operation.kind == .search { declare(SearchContext.typeName(for: operation), "the query of '\(operation.id)'", at: operation.source) }
        }
        return order.compactMap { name in
            guard let found = places[name], found.count > 1 else { return nil }
            let others = found.dropFirst().map(\.what).joined(separator: " and ")
            return .error(.typeNameClash, "\(found[0].what) and \(others) would both be the Swift type '\(name)'",
                          at: found[0].at, notes: found.dropFirst().map { DiagnosticNote("\($0.what) is documented here", at: $0.at) })
        }
    }
}
