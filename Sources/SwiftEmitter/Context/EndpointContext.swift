import APISchema
import Diagnostics

/// The render-ready view of one entity's operations: a function per operation that
/// builds its `Endpoint` with the documented method, path, role, body and response type.
struct EndpointContext {
    let types: TypeMapping
    let schema: APISchema
    let recordTypes: Set<String>
    let listingTypes: Set<String>

    static func namespace(for entity: String) -> String { SwiftNaming.typeName(entity) + "API" }

    func make(entity: String, operations: [Operation]) -> TemplateValue {
        var functionNames: Set<String> = []
        let functions = operations.map { operation -> [String: TemplateValue] in
            var name = Self.functionName(operation)
            while functionNames.contains(name) { name += "Again" }
            functionNames.insert(name)
            return function(operation, name: name)
        }
        let pageable = operations.filter { $0.kind == .search && $0.parameters.contains { $0.name == "page" } }.map { operation -> [String: TemplateValue] in
            [
                "searchType": .string(SearchContext.typeName(for: operation)),
                "recordType": .string(listingTypes.contains(operation.entity) ? SwiftNaming.typeName(operation.entity) + "Listing" : "JSONValue"),
                "functionName": .string("all\(SwiftNaming.typeName(operation.entity))Pages"),
                "namespace": .string(Self.namespace(for: entity)),
                "searchFunction": .string(Self.functionName(operation)),
            ]
        }
        return .object([
            "namespace": .string(Self.namespace(for: entity)),
            "docLines": .strings([" The documented operations on `\(entity)` records."]),
            "functions": .items(functions),
            "pageable": .list(pageable.map(TemplateValue.object)),
        ])
    }

    static func functionName(_ operation: Operation) -> String {
        switch operation.kind {
        case .search: "search"
        case .get: "get"
        case .getMany: "getMany"
        case .create: "create"
        case .update: "update"
        case .delete: "delete"
        case .listCommands: "commands"
        case .runCommand: "runCommand"
        case .other: SwiftNaming.memberName(operation.method.rawValue.lowercased() + " " + lastLiteralSegment(operation.path))
        }
    }

    /// `orders` in `/api/x/orders/{id}`: names an operation the docs give no kind for.
    static func lastLiteralSegment(_ path: String) -> String {
        let segments = path.split(separator: "/").filter { !$0.hasPrefix("{") }
        return segments.last.map { SwiftNaming.upperFirst(String($0.filter { $0.isLetter || $0.isNumber })) } ?? ""
    }

    private func function(_ operation: Operation, name: String) -> [String: TemplateValue] {
        var parameters: [String] = []
        var queryLines: [String] = []
        var validation = "[]"
        var body = "nil"
        let pathNames = Self.pathParameterNames(operation)
        var usedNames = Self.reservedParameterNames.union(pathNames.map(SwiftNaming.unescaped))
        var pathArguments: [String: String] = [:]
        // Record ids in the path must be positive, as the validators require of every `Id`.
        var pathIDs: [String] = []
        for (parameter, swiftName) in zip(operation.parameters.filter { $0.in == .path }, pathNames) {
            let type = swiftType(parameter)
            parameters.append("\(swiftName): \(type.name)")
            pathArguments[parameter.name] = SearchContext.render(swiftName, type: type)
            if type == .int { pathIDs.append("\(SwiftLiteral.string(parameter.name)): \(swiftName)") }
        }
        if !pathIDs.isEmpty { validation = "Validation.ids([\(pathIDs.joined(separator: ", "))])" }
        if operation.kind == .search {
            let searchType = SearchContext.typeName(for: operation)
            parameters.append("_ query: \(searchType) = \(searchType)()")
            queryLines.append("items += query.queryItems")
            validation = validation == "[]" ? "query.validate()" : validation + " + query.validate()"
        } else {
            for parameter in operation.parameters where parameter.in == .query {
                var swiftName = SwiftNaming.memberName(parameter.name)
                let type = swiftType(parameter)
                let element: SwiftType? = if case .array(let element) = type { element } else { nil }
                if element != nil && swiftName == "id" { swiftName = "ids" }
                swiftName = SwiftNaming.unique(swiftName, in: &usedNames)
                let key = SwiftLiteral.string(parameter.name)
                let rendered = element.map { element in
                    "\"[\" + \(swiftName).map { \(SearchContext.render("$0", type: element)) }.joined(separator: \",\") + \"]\""
                } ?? SearchContext.render(swiftName, type: type)
                if parameter.required {
                    parameters.append("\(swiftName): \(type.name)")
                    queryLines.append("items.append(URLQueryItem(name: \(key), value: \(rendered)))")
                } else {
                    parameters.append("\(swiftName): \(type.name)? = nil")
                    queryLines.append("if let \(swiftName) { items.append(URLQueryItem(name: \(key), value: \(rendered))) }")
                }
            }
        }
        if let bodyType = RequestContext.typeName(for: operation), !operation.body.isEmpty {
            parameters.append("_ body: \(bodyType)")
            body = "EndpointEncoding.body(body)"
            validation = validation == "[]" ? "body.validate()" : validation + " + body.validate()"
        }
        var doc = [operation.summary ?? operation.title ?? "`\(operation.method.rawValue) \(operation.path)`"].compactMap { $0 }.joined()
        if let role = operation.role { doc += "\n\nRequires the `\(role)` role (or a full unrestricted administrator)." }
        return [
            "name": .string(name),
            "parameters": .string(parameters.joined(separator: ", ")),
            "responseType": .string(responseType(operation)),
            "method": .string(SwiftLiteral.string(operation.method.rawValue)),
            "path": .string(pathExpression(operation.path, arguments: pathArguments)),
            "queryLines": .strings(queryLines),
            "hasQuery": .bool(!queryLines.isEmpty),
            "body": .string(body),
            "role": .string(operation.role.map(SwiftLiteral.string) ?? "nil"),
            "validation": .string(validation),
            "docLines": DocComment.lines(doc, source: operation.source),
        ]
    }

    /// The Swift names of the path parameters, in order, unique among themselves (`{default}`
    /// and `{Default}` are `default` and `default2`); the conformance tests call through them.
    static func pathParameterNames(_ operation: Operation) -> [String] {
        SwiftNaming.uniqued(operation.parameters.filter { $0.in == .path }.map { SwiftNaming.memberName($0.name) },
                            reserved: reservedParameterNames)
    }

    /// Names an endpoint function declares itself: the `_ query` and `_ body` parameters and the
    /// `items` local. A documented parameter of the same name would clash or be shadowed.
    static let reservedParameterNames: Set<String> = ["query", "body", "items"]

    private func swiftType(_ parameter: Parameter) -> SwiftType {
        types.swiftType(of: parameter.type, nestedType: nil)
    }

    func responseType(_ operation: Operation) -> String {
        let record = recordTypes.contains(operation.entity) ? SwiftNaming.typeName(operation.entity) : "JSONValue"
        switch operation.responseShape {
        case .record: return record
        case .list: return "ListResult<\(listingTypes.contains(operation.entity) ? SwiftNaming.typeName(operation.entity) + "Listing" : "JSONValue")>"
        case .records: return "[\(record)]"
        case .actionResult: return "ActionResult"
        case .commands: return "[JSONValue]"
        case .json: return "JSONValue"
        }
    }

    /// `"/api/x/\(EndpointEncoding.escapePathSegment(String(id)))"`: literal text escaped,
    /// parameters filled in and percent-escaped.
    func pathExpression(_ path: String, arguments: [String: String]) -> String {
        var result = "\""
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += String(SwiftLiteral.string(String(rest[..<open])).dropFirst().dropLast())
            let name = String(rest[rest.index(after: open)..<close])
            if let argument = arguments[name] {
                result += "\\(EndpointEncoding.escapePathSegment(\(argument)))"
            } else {
                result += String(SwiftLiteral.string("{\(name)}").dropFirst().dropLast())
            }
            rest = rest[rest.index(after: close)...]
        }
        result += String(SwiftLiteral.string(String(rest)).dropFirst().dropLast()) + "\""
        return result
    }
}
