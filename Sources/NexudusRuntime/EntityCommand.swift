/// One command an entity supports, as `GET …/commands` lists it; run it with the entity's
/// `runCommand` endpoint and a `CommandRequest` naming its `key`.
public struct EntityCommand: Codable, Hashable, Sendable {
    /// A parameter the command needs, by name and type (`Type` as the server writes it).
    public struct Parameter: Codable, Hashable, Sendable {
        public var name: String
        public var type: String?

        public init(name: String, type: String? = nil) {
            self.name = name
            self.type = type
        }

        enum CodingKeys: String, CodingKey {
            case name = "Name"
            case type = "Type"
        }
    }

    /// What `CommandRequest.key` names.
    public var key: String
    /// The command's title as people see it.
    public var name: String?
    public var appliesOnlyToOneEntity: Bool?
    public var appliesOnlyToMultipleEntities: Bool?
    /// Whether `CommandRequest.ids` must name at least one record.
    public var needsEntitiesToRun: Bool?
    public var requiresParameters: [Parameter]
    /// Keys the API sent that the docs do not list.
    public var additionalProperties: [String: JSONValue]

    public init(
        key: String, name: String? = nil, appliesOnlyToOneEntity: Bool? = nil, appliesOnlyToMultipleEntities: Bool? = nil,
        needsEntitiesToRun: Bool? = nil, requiresParameters: [Parameter] = [], additionalProperties: [String: JSONValue] = [:]
    ) {
        self.key = key
        self.name = name
        self.appliesOnlyToOneEntity = appliesOnlyToOneEntity
        self.appliesOnlyToMultipleEntities = appliesOnlyToMultipleEntities
        self.needsEntitiesToRun = needsEntitiesToRun
        self.requiresParameters = requiresParameters
        self.additionalProperties = additionalProperties
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case key = "Key"
        case name = "Name"
        case appliesOnlyToOneEntity = "AppliesOnlyToOneEntity"
        case appliesOnlyToMultipleEntities = "AppliesOnlyToMultipleEntities"
        case needsEntitiesToRun = "NeedsEntitiesToRun"
        case requiresParameters = "RequiresParameters"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        key = try container.decode(String.self, forKey: .key)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        appliesOnlyToOneEntity = try container.decodeIfPresent(Bool.self, forKey: .appliesOnlyToOneEntity)
        appliesOnlyToMultipleEntities = try container.decodeIfPresent(Bool.self, forKey: .appliesOnlyToMultipleEntities)
        needsEntitiesToRun = try container.decodeIfPresent(Bool.self, forKey: .needsEntitiesToRun)
        requiresParameters = try container.decodeIfPresent([Parameter].self, forKey: .requiresParameters) ?? []
        additionalProperties = try AdditionalProperties.decode(from: decoder, excluding: CodingKeys.allCases.map(\.rawValue))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encodeIfPresent(appliesOnlyToOneEntity, forKey: .appliesOnlyToOneEntity)
        try container.encodeIfPresent(appliesOnlyToMultipleEntities, forKey: .appliesOnlyToMultipleEntities)
        try container.encodeIfPresent(needsEntitiesToRun, forKey: .needsEntitiesToRun)
        try container.encode(requiresParameters, forKey: .requiresParameters)
        try AdditionalProperties.encode(additionalProperties, to: encoder)
    }
}

/// The body of `POST …/runcommand`: `{Key, Ids, Parameters: [{Name, Value}]}`.
public struct CommandRequest: Codable, Hashable, Sendable {
    /// One parameter the command requires (see `EntityCommand.requiresParameters`).
    public struct Parameter: Codable, Hashable, Sendable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }

        enum CodingKeys: String, CodingKey {
            case name = "Name"
            case value = "Value"
        }
    }

    /// `EntityCommand.key` of the command to run.
    public var key: String
    /// The records it runs on.
    public var ids: [Int]
    public var parameters: [Parameter]

    public init(key: String, ids: [Int], parameters: [Parameter] = []) {
        self.key = key
        self.ids = ids
        self.parameters = parameters
    }

    enum CodingKeys: String, CodingKey {
        case key = "Key"
        case ids = "Ids"
        case parameters = "Parameters"
    }

    /// What the docs require before sending: a key, and positive ids.
    public func validate() -> [ValidationError] {
        var errors: [ValidationError] = []
        if key.isEmpty { errors.append(ValidationError(propertyName: "Key", message: "is a required field")) }
        for id in ids where id <= 0 {
            errors.append(ValidationError(propertyName: "Ids", message: "must be a positive id", attemptedValue: .integer(id)))
        }
        return errors
    }
}
