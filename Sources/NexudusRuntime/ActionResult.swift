/// What create, update, delete and command endpoints answer on success: a status, a
/// message, and the `Id` of the record in `Value`.
public struct ActionResult: Codable, Hashable, Sendable {
    /// `Value` of a successful call: the record's `Id`.
    public struct Value: Codable, Hashable, Sendable {
        public var id: Int?

        public init(id: Int? = nil) {
            self.id = id
        }

        enum CodingKeys: String, CodingKey {
            case id = "Id"
        }
    }

    /// HTTP status code, `200` on success.
    public var status: Int?
    /// A human-readable message confirming the change.
    public var message: String?
    /// Contains the `Id` of the created or updated record.
    public var value: Value?
    /// `true` when the call succeeded.
    public var wasSuccessful: Bool?
    /// `null` on success.
    public var errors: [ValidationError]?
    /// Keys the API sent that the docs do not list (`OpenInDialog`, `RedirectURL`, …).
    public var additionalProperties: [String: JSONValue]

    /// The `Id` of the record created, updated or deleted (`Value.Id`).
    public var id: Int? { value?.id }

    public init(
        status: Int? = nil,
        message: String? = nil,
        value: Value? = nil,
        wasSuccessful: Bool? = nil,
        errors: [ValidationError]? = nil,
        additionalProperties: [String: JSONValue] = [:]
    ) {
        self.status = status
        self.message = message
        self.value = value
        self.wasSuccessful = wasSuccessful
        self.errors = errors
        self.additionalProperties = additionalProperties
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case status = "Status"
        case message = "Message"
        case value = "Value"
        case wasSuccessful = "WasSuccessful"
        case errors = "Errors"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decodeIfPresent(Int.self, forKey: .status)
        message = try container.decodeIfPresent(String.self, forKey: .message)
        value = try container.decodeIfPresent(Value.self, forKey: .value)
        wasSuccessful = try container.decodeIfPresent(Bool.self, forKey: .wasSuccessful)
        errors = try container.decodeIfPresent([ValidationError].self, forKey: .errors)
        additionalProperties = try AdditionalProperties.decode(from: decoder, excluding: CodingKeys.allCases.map(\.rawValue))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(message, forKey: .message)
        try container.encode(value, forKey: .value)
        try container.encode(wasSuccessful, forKey: .wasSuccessful)
        try container.encode(errors, forKey: .errors)
        try AdditionalProperties.encode(additionalProperties, to: encoder)
    }
}
