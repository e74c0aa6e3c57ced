import APISchema

/// An operation's `responses`: 200 with the record, the list envelope, the records, the
/// action result or the command list; 400 with the validation error body where the page
/// documents one or the operation writes; each with the page's example.
struct Responses {
    let index: SchemaIndex

    func responses(_ operation: Operation) -> JSON {
        var responses: JSONMembers = ["200": success(operation)]
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
        var content: JSONMembers = ["schema": schema]
        if let example { content["example"] = example }
        return ["description": .string(description), "content": ["application/json": .object(content)]]
    }

    private func example(_ operation: Operation, status: Int) -> JSON? {
        operation.responses.first { $0.status == status }?.example.flatMap(JSON.parse)
    }
}
