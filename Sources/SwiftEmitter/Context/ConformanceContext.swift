import APISchema
import Diagnostics

/// Tests for the user's SDK written from the docs' own examples: every cURL sample's URL is
/// rebuilt by the generated endpoint, every sample body encodes back to the same JSON,
/// every 400 example's message is what `validate()` says, and every example response
/// decodes. A new page brings its own tests.
struct ConformanceContext {
    let schema: APISchema
    let searches: SearchContext
    let endpoints: EndpointContext
    private(set) var diagnostics: [Diagnostic] = []

    init(schema: APISchema, searches: SearchContext, endpoints: EndpointContext) {
        self.schema = schema
        self.searches = searches
        self.endpoints = endpoints
    }

    mutating func make(entity: String, operations: [Operation]) -> TemplateValue? {
        var tests: [TemplateObject] = []
        for operation in operations {
            let function = EndpointContext.functionName(operation)
            let namespace = EndpointContext.namespace(for: entity)
            // The query's properties, named once for every example of the search.
            let properties = operation.kind == .search && !operation.requestExamples.isEmpty ? searches.properties(operation) : []
            for (index, example) in operation.requestExamples.enumerated() {
                let suffix = operation.requestExamples.count > 1 ? String(index + 1) : ""
                let testName = "test\(SwiftNaming.upperFirst(function))Example\(suffix)"
                if let test = requestTest(operation, example, properties: properties, name: testName, namespace: namespace, function: function) {
                    tests.append(test)
                }
            }
            let responseType = endpoints.responseType(operation)
            for response in operation.responses {
                guard let example = response.example else { continue }
                let type = response.status == 200 ? responseType : (response.status == 400 ? "ErrorResponse" : nil)
                guard let type else { continue }
                tests.append([
                    "name": .string("test\(SwiftNaming.upperFirst(function))Response\(response.status)RoundTrips"),
                    "source": .string(DocComment.sourceText(operation.source)),
                    "response": .object(["json": .string(SwiftLiteral.string(example)), "type": .string(type)]),
                    "request": .bool(false),
                ])
            }
        }
        guard !tests.isEmpty else { return nil }
        return .object([
            "className": .string(SwiftNaming.typeName(entity) + "ConformanceTests"),
            "entity": .string(entity),
            "tests": .items(consume tests),
        ])
    }

    private mutating func requestTest(_ operation: Operation, _ example: RequestExample, properties: [SearchContext.QueryProperty],
                                      name: String, namespace: String, function: String) -> TemplateObject? {
        guard let components = ExampleURL(example.url) else { return skip(example, "its URL cannot be read") }
        var arguments: [TemplateObject] = []
        func argument(_ label: String?, _ value: String) {
            arguments.append(["label": .string(label ?? ""), "hasLabel": .bool(label != nil), "value": .string(value)])
        }
        // Path parameters: the example's segment where the documented path has `{name}`.
        let templateSegments = operation.path.split(separator: "/")
        let exampleSegments = components.path.split(separator: "/")
        for (parameter, name) in zip(operation.parameters.filter { $0.in == .path }, EndpointContext.pathParameterNames(operation)) {
            guard let position = templateSegments.firstIndex(of: "{\(parameter.name)}"), position < exampleSegments.count,
                  let value = Int(exampleSegments[position]) else { return skip(example, "path parameter '\(parameter.name)' has no integer value in the example") }
            argument(SwiftNaming.argumentLabel(name), String(value))
        }
        var query: TemplateValue = .bool(false)
        if operation.kind == .search {
            var assignments: [TemplateObject] = []
            for item in components.queryItems {
                guard let assignment = assignment(item, operation: operation, properties: properties) else {
                    return skip(example, "query item '\(item.name)' matches no documented parameter")
                }
                assignments.append(assignment)
            }
            query = .object(["type": .string(SearchContext.typeName(for: operation)), "assignments": .items(consume assignments)])
            argument(nil, "query")
        } else if !components.queryItems.isEmpty {
            for item in components.queryItems {
                guard item.name == "id", let list = item.value, list.hasPrefix("["), list.hasSuffix("]") else {
                    return skip(example, "query item '\(item.name)' is not supported in a non-search example")
                }
                let ids = list.dropFirst().dropLast().split(separator: ",").compactMap { Int($0) }
                argument("ids", "[\(ids.map(String.init).joined(separator: ", "))]")
            }
        }
        var body: TemplateValue = .bool(false)
        if let json = example.body, let requestType = RequestContext.typeName(for: operation), !operation.body.isEmpty {
            let errors = operation.responses.first(where: { $0.status == 400 })?.example
            body = .object([
                "json": .string(SwiftLiteral.string(json)), "type": .string(requestType),
                "serverErrors": .string(errors.map(SwiftLiteral.string) ?? ""), "hasServerErrors": .bool(errors != nil),
            ])
            argument(nil, "body")
        }
        return [
            "name": .string(name),
            "source": .string(DocComment.sourceText(example.location)),
            "response": .bool(false),
            "request": .object([
                "query": query, "body": body,
                "namespace": .string(namespace), "function": .string(function), "arguments": .items(arguments),
                "url": .string(SwiftLiteral.string(components.relativeURL)),
                "method": .string(SwiftLiteral.string(example.method.uppercased())),
            ]),
        ]
    }

    /// `query.name = "example-value"` for `CoworkerIdentityCheck_Name=example-value`: the
    /// property and the value, a literal (`"x"`, `3`), a case (`.ascending`), or the raw value
    /// of a date or an enum.
    private func assignment(_ item: ExampleURL.Item, operation: Operation, properties: [SearchContext.QueryProperty]) -> TemplateObject? {
        enum Value { case literal(String), enumCase(String), date(String), raw(type: String, Int) }
        func make(_ property: String, _ value: Value?) -> TemplateObject? {
            guard let value else { return nil }
            var result: TemplateObject = [
                "property": .string(property), "isLiteral": .bool(false), "isCase": .bool(false), "isDate": .bool(false), "isRawValue": .bool(false),
                "rawType": .string(""),
            ]
            switch value {
            case .literal(let text): result["isLiteral"] = .bool(true); result["value"] = .string(text)
            case .enumCase(let name): result["isCase"] = .bool(true); result["value"] = .string(name)
            case .date(let text): result["isDate"] = .bool(true); result["value"] = .string(SwiftLiteral.string(text))
            case .raw(let type, let raw): result["isRawValue"] = .bool(true); result["rawType"] = .string(type); result["value"] = .string(String(raw))
            }
            return result
        }
        let value = item.value ?? ""
        switch item.name {
        case "page", "size":
            return make(item.name, Int(value).map { .literal(String($0)) })
        case "orderBy":
            let entity = searches.types.entity(named: operation.entity)
            let sortable = (entity?.fields ?? []).filter { !(entity?.listingOmits ?? []).contains($0.name) }
            if sortable.isEmpty { return make("orderBy", .literal(SwiftLiteral.string(value))) }
            let names = SearchContext.sortFieldCaseNames(sortable)
            return make("orderBy", zip(sortable, names).first { $0.0.name == value }.map { .enumCase($0.1) })
        case "dir":
            guard let encoding = operation.sortDirection else { return nil }
            if value == encoding.ascending { return make("direction", .enumCase("ascending")) }
            if value == encoding.descending { return make("direction", .enumCase("descending")) }
            return nil
        default:
            guard let property = properties.first(where: { $0.apiName == item.name }) else { return nil }
            let typed: Value?
            switch property.type {
            case .string: typed = .literal(SwiftLiteral.string(value))
            case .int: typed = Int(value).map { .literal(String($0)) }
            case .double: typed = SwiftLiteral.double(value).map(Value.literal)
            case .bool: typed = value == "true" || value == "false" ? .literal(value) : nil
            case .date: typed = .date(value)
            case .enumeration, .nexudusDate, .json, .record, .array: typed = Int(value).map { .raw(type: property.type.name, $0) }
            }
            return make(property.name, typed)
        }
    }

    private mutating func skip(_ example: RequestExample, _ reason: String) -> TemplateObject? {
        diagnostics.append(.warning(.unreadableField, "no conformance test for this example: \(reason)", at: example.location))
        return nil
    }
}
