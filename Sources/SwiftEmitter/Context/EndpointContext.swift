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
        let functions = operations.map { operation -> TemplateObject in
            var name = Self.functionName(operation)
            while functionNames.contains(name) { name += "Again" }
            functionNames.insert(name)
            return function(operation, name: name)
        }
        let pageable = operations.filter { $0.kind == .search && $0.parameters.contains { $0.name == "page" } }.map { operation -> TemplateObject in
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
            "functions": .items(consume functions),
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

    /// One endpoint function as data: its parameters, query items, path ids to validate and
    /// whether it has a search query or a body; the template writes the statements.
    private func function(_ operation: Operation, name: String) -> TemplateObject {
        var parameters: [TemplateObject] = []
        var queryItems: [TemplateObject] = []
        let pathNames = Self.pathParameterNames(operation)
        var usedNames = Self.reservedParameterNames.union(pathNames.map(SwiftNaming.unescaped))
        var pathArguments: [String: String] = [:]  // documented name → Swift parameter
        // Record ids in the path must be positive, as the validators require of every `Id`.
        var pathIDs: [TemplateObject] = []
        // `defaultsToEmpty`: the parameter defaults to a new value of its type (an empty query).
        func parameter(_ name: String, _ type: String, optional: Bool = false, defaultsToEmpty: Bool = false) {
            parameters.append(["name": .string(name), "type": .string(type), "optional": .bool(optional), "defaultsToEmpty": .bool(defaultsToEmpty)])
        }
        for (documented, swiftName) in zip(operation.parameters.filter { $0.in == .path }, pathNames) {
            let type = swiftType(documented)
            parameter(swiftName, type.name)
            pathArguments[documented.name] = swiftName
            if type == .int { pathIDs.append(["key": .string(SwiftLiteral.string(documented.name)), "name": .string(swiftName)]) }
        }
        let isSearch = operation.kind == .search
        if isSearch {
            let searchType = SearchContext.typeName(for: operation)
            parameter("_ query", searchType, defaultsToEmpty: true)
        } else {
            for documented in operation.parameters where documented.in == .query {
                var swiftName = SwiftNaming.memberName(documented.name)
                let type = swiftType(documented)
                let element: SwiftType? = if case .array(let element) = type { element } else { nil }
                if element != nil && swiftName == "id" { swiftName = "ids" }
                swiftName = SwiftNaming.unique(swiftName, in: &usedNames)
                parameter(swiftName, type.name, optional: !documented.required)
                queryItems.append([
                    "key": .string(SwiftLiteral.string(documented.name)),
                    "name": .string(swiftName),
                    "required": .bool(documented.required),
                    // A list is sent as the docs write it: `id=[1,2,3]`.
                    "isList": .bool(element != nil),
                ])
            }
        }
        let bodyType = operation.body.isEmpty ? nil : RequestContext.typeName(for: operation)
        if let bodyType { parameter("_ body", bodyType) }
        // The declaration as `diff` lists it among the Swift symbols: `(id: Int) -> Endpoint<X>`.
        let declared = parameters.map { item -> String in
            guard case .string(let name)? = item["name"], case .string(let type)? = item["type"],
                  case .bool(let optional)? = item["optional"], case .bool(let defaultsToEmpty)? = item["defaultsToEmpty"] else { return "" }
            return "\(name): \(type)" + (optional ? "? = nil" : "") + (defaultsToEmpty ? " = \(type)()" : "")
        }
        var doc = [operation.summary ?? operation.title ?? "`\(operation.method.rawValue) \(operation.path)`"].compactMap { $0 }.joined()
        if let role = operation.role { doc += "\n\nRequires the `\(role)` role (or a full unrestricted administrator)." }
        // Asked before the lists are handed over below.
        let (hasQueryItems, hasPathIDs) = (!queryItems.isEmpty, !pathIDs.isEmpty)
        return [
            "name": .string(name),
            "parameters": .items(parameters),
            "responseType": .string(responseType(operation)),
            "signature": .string("(\(declared.joined(separator: ", "))) -> Endpoint<\(responseType(operation))>"),
            "method": .string(SwiftLiteral.string(operation.method.rawValue)),
            "pathSegments": .items(pathSegments(operation.path, arguments: pathArguments)),
            "queryItems": .items(consume queryItems),
            "isSearch": .bool(isSearch),
            "hasQuery": .bool(isSearch || hasQueryItems),
            "hasBody": .bool(bodyType != nil),
            "role": .string(operation.role.map(SwiftLiteral.string) ?? "nil"),
            "pathIDs": .items(consume pathIDs),
            "hasPathIDs": .bool(hasPathIDs),
            "hasValidation": .bool(hasPathIDs || isSearch || bodyType != nil),
            // `+` before `query.validate()` and `body.validate()` when something comes first.
            "joinsQuery": .bool(hasPathIDs),
            "joinsBody": .bool(hasPathIDs || isSearch),
            // A command run also takes the runtime's typed `{Key, Ids, Parameters}` body.
            "isRunCommand": .bool(operation.kind == .runCommand && operation.path.split(separator: "/").allSatisfy { !$0.hasPrefix("{") }),
            "docLines": types.docs.lines(doc, source: operation.source),
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
        case .commands: return "[EntityCommand]"
        case .json: return "JSONValue"
        }
    }

    /// The path as the pieces of a string literal: literal text (escaped for the literal) and
    /// the parameters, which the template interpolates as escaped path segments.
    func pathSegments(_ path: String, arguments: [String: String]) -> [TemplateObject] {
        var segments: [TemplateObject] = []
        func text(_ piece: String) {
            guard !piece.isEmpty else { return }
            segments.append(["isParameter": .bool(false), "text": .string(String(SwiftLiteral.string(piece).dropFirst().dropLast())), "name": .string("")])
        }
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            text(String(rest[..<open]))
            let name = String(rest[rest.index(after: open)..<close])
            if let argument = arguments[name] {
                segments.append(["isParameter": .bool(true), "text": .string(""), "name": .string(argument)])
            } else {
                text("{\(name)}")
            }
            rest = rest[rest.index(after: close)...]
        }
        text(String(rest))
        return segments
    }
}
