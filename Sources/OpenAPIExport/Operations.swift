import APISchema

/// `paths`: one path item per documented path, one operation per method, each with its
/// `operationId`, summary, description, tag (the entity), parameters, request body,
/// responses, the role it needs (`x-nexudus-role`) and where it is documented.
struct Operations {
    let index: SchemaIndex
    let types: TypeSchemas
    let sources: SourceLinks

    /// The operations by path, sorted; the first operation of a method on a path wins, and the
    /// others come back as clashes (OpenAPI has room for one).
    static func byPath(_ operations: [Operation]) -> (paths: [(path: String, operations: [Operation])], clashes: [(kept: Operation, dropped: Operation)]) {
        var byPath: [String: [Operation]] = [:]
        var clashes: [(Operation, Operation)] = []
        for operation in operations {
            if let kept = byPath[operation.path]?.first(where: { $0.method == operation.method }) {
                clashes.append((kept, operation))
            } else {
                byPath[operation.path, default: []].append(operation)
            }
        }
        return (JSON.sortedKeys(byPath.keys).map { ($0, byPath[$0]!) }, clashes)
    }

    func pathItem(_ operations: [Operation]) -> JSON {
        var item: [String: JSON] = [:]
        for operation in operations { item[operation.method.rawValue.lowercased()] = self.operation(operation) }
        return .object(item)
    }

    func operation(_ operation: Operation) -> JSON {
        var object: [String: JSON] = [
            "operationId": .string(Names.operationID(operation)),
            "tags": [.string(operation.entity)],
            "responses": Responses(index: index).responses(operation),
            "x-nexudus-kind": .string(operation.kind.rawValue),
            "x-nexudus-source": sources.json(operation.source),
        ]
        object["summary"] = .string(operation.title ?? operation.summary ?? "\(Names.upperFirst(operation.kind.rawValue)) \(operation.entity)")
        let description = [operation.title == nil ? nil : operation.summary, operation.description]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
        if !description.isEmpty { object["description"] = .string(description) }
        if let role = operation.role { object["x-nexudus-role"] = .string(role) }
        let parameters = operation.parameters.filter { $0.in != .body }.map(parameter)
        if !parameters.isEmpty { object["parameters"] = .array(parameters) }
        if !operation.body.isEmpty {
            var content: [String: JSON] = ["schema": Shared.ref(Names.requestBody(operation))]
            if let example = operation.requestExamples.lazy.compactMap({ $0.body.flatMap(JSON.parse) }).first { content["example"] = example }
            object["requestBody"] = ["required": true, "content": ["application/json": .object(content)]]
        }
        if !operation.notes.isEmpty { object["x-nexudus-notes"] = .array(operation.notes.map { .string($0.text) }) }
        if let direction = operation.sortDirection {
            object["x-nexudus-sort-direction"] = ["ascending": .string(direction.ascending), "descending": .string(direction.descending)]
        }
        return .object(object)
    }

    /// A path or query parameter. A list in the query is sent as JSON (`?id=[1,2,3]`), which
    /// OpenAPI says with `content` rather than `schema`.
    func parameter(_ parameter: Parameter) -> JSON {
        var object: [String: JSON] = [
            "name": .string(parameter.name),
            "in": .string(parameter.in.rawValue),
            "required": .bool(parameter.required || parameter.in == .path),
        ]
        var schema = types.schema(for: parameter)
        if !parameter.description.isEmpty {
            object["description"] = .string(parameter.description)
            schema["description"] = .string(parameter.description)
        }
        if case .array = parameter.type, parameter.in == .query {
            object["content"] = ["application/json": ["schema": .object(schema)]]
        } else {
            object["schema"] = .object(schema)
        }
        if let group = parameter.group { object["x-nexudus-group"] = .string(group.rawValue) }
        if let field = parameter.field { object["x-nexudus-field"] = .string(field) }
        return .object(object)
    }
}

/// An operation's `responses`: 200 with the record, the list envelope, the records, the
/// action result or the command list; 400 with the validation error body where the page
/// documents one or the operation writes; each with the page's example.
struct Responses {
    let index: SchemaIndex

    func responses(_ operation: Operation) -> JSON {
        var responses: [String: JSON] = ["200": success(operation)]
        let documents400 = operation.responses.contains { $0.status == 400 }
        if documents400 || [.create, .update, .runCommand].contains(operation.kind) {
            responses["400"] = response("The request was refused: the validation errors, in the server's wording.",
                                        schema: Shared.ref("ErrorResponse"), example: example(operation, status: 400))
        }
        return .object(responses)
    }

    private func success(_ operation: Operation) -> JSON {
        let example = example(operation, status: 200)
        let record = index.recordNames.contains(operation.entity) ? Shared.ref(operation.entity) : JSON.object(["type": "object"])
        switch operation.responseShape {
        case .record: return response("The \(operation.entity) record.", schema: record, example: example)
        case .list: return response("A page of \(operation.entity) listing records.", schema: Shared.ref(Names.list(operation.entity)), example: example)
        case .records: return response("The \(operation.entity) records asked for.", schema: ["type": "array", "items": record], example: example)
        case .actionResult: return response("The result of the action; `Value.Id` is the record's id.", schema: Shared.ref("ActionResult"), example: example)
        case .commands: return response("The commands \(operation.entity) supports.", schema: ["type": "array", "items": Shared.ref("EntityCommand")], example: example)
        case .json: return response("The answer, as the page documents it.", schema: [:], example: example)
        }
    }

    private func response(_ description: String, schema: JSON, example: JSON?) -> JSON {
        var content: [String: JSON] = ["schema": schema]
        if let example { content["example"] = example }
        return ["description": .string(description), "content": ["application/json": .object(content)]]
    }

    private func example(_ operation: Operation, status: Int) -> JSON? {
        operation.responses.first { $0.status == status }?.example.flatMap(JSON.parse)
    }
}
