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
        var tests: [[String: TemplateValue]] = []
        for operation in operations {
            let function = EndpointContext.functionName(operation)
            let namespace = EndpointContext.namespace(for: entity)
            for (index, example) in operation.requestExamples.enumerated() {
                let suffix = operation.requestExamples.count > 1 ? String(index + 1) : ""
                let testName = "test\(SwiftNaming.upperFirst(function))Example\(suffix)"
                if let test = requestTest(operation, example, name: testName, namespace: namespace, function: function) {
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
                    "lines": .strings([
                        "let json = \(SwiftLiteral.string(example))",
                        "let decoded = try decode(\(type).self, from: json)",
                        "try assertSameJSON(try encode(decoded), json)",
                    ]),
                ])
            }
        }
        guard !tests.isEmpty else { return nil }
        return .object([
            "className": .string(SwiftNaming.typeName(entity) + "ConformanceTests"),
            "entity": .string(entity),
            "tests": .items(tests),
        ])
    }

    private mutating func requestTest(_ operation: Operation, _ example: RequestExample, name: String, namespace: String, function: String) -> [String: TemplateValue]? {
        guard let components = ExampleURL(example.url) else { return skip(example, "its URL cannot be read") }
        let expected = components.relativeURL
        var lines: [String] = []
        var arguments: [String] = []
        // Path parameters: the example's segment where the documented path has `{name}`.
        let templateSegments = operation.path.split(separator: "/")
        let exampleSegments = components.path.split(separator: "/")
        for (parameter, name) in zip(operation.parameters.filter { $0.in == .path }, EndpointContext.pathParameterNames(operation)) {
            guard let position = templateSegments.firstIndex(of: "{\(parameter.name)}"), position < exampleSegments.count,
                  let value = Int(exampleSegments[position]) else { return skip(example, "path parameter '\(parameter.name)' has no integer value in the example") }
            arguments.append("\(SwiftNaming.argumentLabel(name)): \(value)")
        }
        if operation.kind == .search {
            lines.append("var query = \(SearchContext.typeName(for: operation))()")
            let properties = searches.properties(operation)
            for item in components.queryItems {
                guard let assignment = assignment(item, operation: operation, properties: properties) else {
                    return skip(example, "query item '\(item.name)' matches no documented parameter")
                }
                lines.append(assignment)
            }
            arguments.append("query")
        } else if !components.queryItems.isEmpty {
            for item in components.queryItems {
                guard item.name == "id", let list = item.value, list.hasPrefix("["), list.hasSuffix("]") else {
                    return skip(example, "query item '\(item.name)' is not supported in a non-search example")
                }
                let ids = list.dropFirst().dropLast().split(separator: ",").compactMap { Int($0) }
                arguments.append("ids: [\(ids.map(String.init).joined(separator: ", "))]")
            }
        }
        if let body = example.body, let requestType = RequestContext.typeName(for: operation), !operation.body.isEmpty {
            lines.append("let json = \(SwiftLiteral.string(body))")
            lines.append("let body = try decode(\(requestType).self, from: json)")
            lines.append("try assertSameJSON(try encode(body), json)")
            arguments.append("body")
            if let errors = operation.responses.first(where: { $0.status == 400 })?.example {
                lines.append("try assertValidationMatches(body.validate(), serverExample: \(SwiftLiteral.string(errors)))")
            } else {
                lines.append("XCTAssertEqual(body.validate(), [])")
            }
        }
        let call = "\(namespace).\(function)(\(arguments.joined(separator: ", ")))"
        lines.append("XCTAssertEqual(\(call).relativeURL, \(SwiftLiteral.string(expected)))")
        lines.append("XCTAssertEqual(\(call).method, \(SwiftLiteral.string(example.method.uppercased())))")
        return [
            "name": .string(name),
            "source": .string(DocComment.sourceText(example.location)),
            "lines": .strings(lines),
        ]
    }

    /// `query.name = "example-value"` for `CoworkerIdentityCheck_Name=example-value`.
    private func assignment(_ item: ExampleURL.Item, operation: Operation, properties: [SearchContext.QueryProperty]) -> String? {
        let value = item.value ?? ""
        switch item.name {
        case "page", "size":
            return Int(value).map { "query.\(item.name) = \($0)" }
        case "orderBy":
            let entity = searches.types.entity(named: operation.entity)
            let sortable = (entity?.fields ?? []).filter { !(entity?.listingOmits ?? []).contains($0.name) }
            if sortable.isEmpty { return "query.orderBy = \(SwiftLiteral.string(value))" }
            let names = SearchContext.sortFieldCaseNames(sortable)
            return zip(sortable, names).first { $0.0.name == value }.map { "query.orderBy = .\($0.1)" }
        case "dir":
            guard let encoding = operation.sortDirection else { return nil }
            if value == encoding.ascending { return "query.direction = .ascending" }
            if value == encoding.descending { return "query.direction = .descending" }
            return nil
        default:
            guard let property = properties.first(where: { $0.apiName == item.name }) else { return nil }
            let literal: String?
            switch property.type {
            case .string: literal = SwiftLiteral.string(value)
            case .int: literal = Int(value).map(String.init)
            case .double: literal = SwiftLiteral.double(value)
            case .bool: literal = value == "true" || value == "false" ? value : nil
            case .date: literal = "NexudusDate(rawValue: \(SwiftLiteral.string(value)))"
            case .enumeration, .nexudusDate, .json, .record, .array: literal = Int(value).map { "\(property.type.name)(rawValue: \($0))" }
            }
            return literal.map { "query.\(property.name) = \($0)" }
        }
    }

    private mutating func skip(_ example: RequestExample, _ reason: String) -> [String: TemplateValue]? {
        diagnostics.append(.warning(.unreadableField, "no conformance test for this example: \(reason)", at: example.location))
        return nil
    }
}
