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
        var item: JSONMembers = [:]
        for operation in operations { item[operation.method.rawValue.lowercased()] = self.operation(operation) }
        return .object(item)
    }

    func operation(_ operation: Operation) -> JSON {
        var object: JSONMembers = [
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
            var content: JSONMembers = ["schema": Shared.ref(Names.requestBody(operation))]
            if let example = operation.requestExamples.lazy.compactMap({ $0.body.flatMap(JSON.parse) }).first { content["example"] = example }
            object["requestBody"] = ["required": true, "content": ["application/json": .object(content)]]
        }
        if !operation.notes.isEmpty { object["x-nexudus-notes"] = .array(operation.notes.map { .string($0.text) }) }
        if let direction = operation.sortDirection {
            object["x-nexudus-sort-direction"] = ["ascending": .string(direction.ascending), "descending": .string(direction.descending)]
        }
        return .object(object)
    }
}
