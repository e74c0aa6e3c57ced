/// One validation problem, in the server's shape and wording: `PropertyName`, `Message`
/// (`is a required field`) and the value that was sent.
public struct ValidationError: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The value that was submitted for the field, or `nil` if missing.
    public var attemptedValue: JSONValue?
    /// The validation error message.
    public var message: String
    /// The name of the property that failed validation.
    public var propertyName: String

    public init(propertyName: String, message: String, attemptedValue: JSONValue? = nil) {
        self.propertyName = propertyName
        self.message = message
        self.attemptedValue = attemptedValue
    }

    /// `Name: is a required field`, as the server's `Message` summarises it.
    public var description: String { "\(propertyName): \(message)" }

    enum CodingKeys: String, CodingKey {
        case attemptedValue = "AttemptedValue"
        case message = "Message"
        case propertyName = "PropertyName"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        attemptedValue = try container.decodeIfPresent(JSONValue.self, forKey: .attemptedValue)
        message = try container.decodeIfPresent(String.self, forKey: .message) ?? ""
        propertyName = try container.decodeIfPresent(String.self, forKey: .propertyName) ?? ""
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(attemptedValue ?? .null, forKey: .attemptedValue)
        try container.encode(message, forKey: .message)
        try container.encode(propertyName, forKey: .propertyName)
    }
}

/// The body of a `400` answer: a summary message and every validation error.
public struct ErrorResponse: Codable, Hashable, Sendable {
    /// A summary of the validation errors, as `PropertyName: error message`.
    public var message: String?
    /// `null` on validation failure.
    public var value: JSONValue?
    /// Every validation error.
    public var errors: [ValidationError]?
    /// `false` when the request fails validation.
    public var wasSuccessful: Bool?
    /// Keys the API sent that the docs do not list.
    public var additionalProperties: [String: JSONValue]

    public init(
        message: String? = nil,
        value: JSONValue? = nil,
        errors: [ValidationError]? = nil,
        wasSuccessful: Bool? = nil,
        additionalProperties: [String: JSONValue] = [:]
    ) {
        self.message = message
        self.value = value
        self.errors = errors
        self.wasSuccessful = wasSuccessful
        self.additionalProperties = additionalProperties
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case message = "Message"
        case value = "Value"
        case errors = "Errors"
        case wasSuccessful = "WasSuccessful"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        message = try container.decodeIfPresent(String.self, forKey: .message)
        value = try container.decodeIfPresent(JSONValue.self, forKey: .value)
        errors = try container.decodeIfPresent([ValidationError].self, forKey: .errors)
        wasSuccessful = try container.decodeIfPresent(Bool.self, forKey: .wasSuccessful)
        additionalProperties = try AdditionalProperties.decode(from: decoder, excluding: CodingKeys.allCases.map(\.rawValue))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(message, forKey: .message)
        try container.encode(value ?? .null, forKey: .value)
        try container.encode(errors, forKey: .errors)
        try container.encode(wasSuccessful, forKey: .wasSuccessful)
        try AdditionalProperties.encode(additionalProperties, to: encoder)
    }
}
