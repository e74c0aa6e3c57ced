import APISchema

extension Operations {
    /// A path or query parameter. A list in the query is sent as JSON (`?id=[1,2,3]`), which
    /// OpenAPI says with `content` rather than `schema`.
    func parameter(_ parameter: Parameter) -> JSON {
        var object: JSONMembers = [
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
