import Diagnostics

/// The shapes every operation of a kind shares, as the SDK's runtime reads them: the action
/// result of create, update, delete and run command, the 400 body, the list envelope of a
/// search whose page documents no fields, and the command list.
enum Shared {
    static func schema(_ name: String) -> JSON {
        switch name {
        case "ActionResult":
            return .object(object([
                ("Status", ["type": "integer"]),
                ("Message", ["type": ["string", "null"]]),
                ("Value", ["type": ["object", "null"], "properties": ["Id": ["type": "integer", "format": "int64"]]]),
                ("WasSuccessful", ["type": "boolean"]),
                ("Errors", ["type": ["array", "null"], "items": ref("ValidationError")]),
            ], description: "What create, update, delete and run command answer; `Value.Id` is the record's id. `WasSuccessful: false` is a failure even with status 200."))
        case "ErrorResponse":
            return .object(object([
                ("Message", ["type": ["string", "null"]]),
                ("Value", [:]),
                ("Errors", ["type": ["array", "null"], "items": ref("ValidationError")]),
                ("WasSuccessful", ["type": "boolean"]),
            ], description: "The body of a 400 answer: the summary (`Name: is a required field`) and each problem."))
        case "ValidationError":
            return .object(object([
                ("PropertyName", ["type": "string"]),
                ("Message", ["type": "string"]),
                ("AttemptedValue", [:]),
            ], required: ["PropertyName", "Message"], description: "One validation problem, in the server's shape and wording."))
        case "EntityCommand":
            return .object(object([
                ("Key", ["type": "string"]),
                ("Name", ["type": ["string", "null"]]),
                ("AppliesOnlyToOneEntity", ["type": ["boolean", "null"]]),
                ("AppliesOnlyToMultipleEntities", ["type": ["boolean", "null"]]),
                ("NeedsEntitiesToRun", ["type": ["boolean", "null"]]),
                ("RequiresParameters", ["type": "array", "items": ref("EntityCommandParameter")]),
            ], required: ["Key"], description: "One command an entity supports; run it with the entity's run command operation and its `Key`."))
        default:
            return .object(object([
                ("Name", ["type": "string"]),
                ("Type", ["type": ["string", "null"]]),
            ], required: ["Name"], description: "A parameter a command needs."))
        }
    }

    /// The paging fields of every search answer, around `items`.
    static func listEnvelope(items: JSON) -> JSONMembers {
        object([
            ("Records", ["type": "array", "items": items]),
            ("CurrentPage", ["type": "integer"]),
            ("CurrentPageSize", ["type": "integer"]),
            ("CurrentOrderField", ["type": ["string", "null"]]),
            ("CurrentSortDirection", ["type": "integer"]),
            ("FirstItem", ["type": "integer"]),
            ("LastItem", ["type": "integer"]),
            ("TotalItems", ["type": "integer"]),
            ("TotalPages", ["type": "integer"]),
            ("HasNextPage", ["type": "boolean"]),
            ("HasPreviousPage", ["type": "boolean"]),
        ], description: nil)
    }

    static func ref(_ component: String) -> JSON { ["$ref": .string(TypeSchemas.reference(component))] }

    private static func object(_ properties: [(String, JSON)], required: [String] = [], description: String?) -> JSONMembers {
        var schema: JSONMembers = ["type": "object", "properties": .object(JSONMembers(firstOf: properties))]
        if !required.isEmpty { schema["required"] = .array(required.map(JSON.string)) }
        if let description { schema["description"] = .string(description) }
        return schema
    }
}

/// `components/securitySchemes` and the document's `security`: Basic, a bearer token, or
/// the OAuth2 password grant on `/api/token`; any one of them signs a request.
enum Security {
    static let server = "https://spaces.nexudus.com"

    static var schemes: JSON {
        [
            "basicAuth": ["type": "http", "scheme": "basic", "description": "The account's email and password."],
            "bearerAuth": ["type": "http", "scheme": "bearer", "description": "An access token from `/api/token`."],
            "oauth2Password": [
                "type": "oauth2",
                "description": "The password grant on `/api/token` (with `totp` for two-factor accounts); answers an access and a refresh token.",
                "flows": ["password": ["tokenUrl": .string(server + "/api/token"), "refreshUrl": .string(server + "/api/token"), "scopes": [:]]],
            ],
        ]
    }

    static var requirement: JSON {
        [["basicAuth": []], ["bearerAuth": []], ["oauth2Password": []]]
    }
}

/// `x-nexudus-source`: where a fact is documented, as the page's file and line and, when
/// `sources.json` names the page, its URL.
struct SourceLinks: Sendable {
    let url: @Sendable (String) -> String?

    func json(_ location: SourceLocation) -> JSON {
        var object: JSONMembers = ["file": .string(location.file), "line": .int(location.line)]
        if let link = url(location.file) { object["url"] = .string(link) }
        return .object(object)
    }
}
