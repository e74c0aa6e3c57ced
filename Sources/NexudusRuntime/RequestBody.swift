import Foundation

/// A generated request body: a typed property per documented field over the JSON object it
/// sends.
///
/// A field is in one of three states, and ``state(of:)`` says which (``FieldState``): set to a
/// value, cleared (sent as `null`, which empties it on the server) or left out (not sent, so
/// the server keeps what it has, or applies its documented default on a create). Setting a
/// property sets the field, setting it to `nil` leaves it out, and ``clear(_:)`` clears it:
/// `body.clear(\.salutation)`. Required fields are properties that are never nil; their key
/// paths are not optional, so they cannot be passed to `clear`, `omit` or `state(of:)`.
///
/// The properties are computed over `fields` rather than stored: a stored `var` costs the
/// compiler about three times as much per field, and request bodies of 180 fields are
/// common in this API. For the same reason a field is named by its property's key path, not
/// by a case of a generated enum, which cost as much again as the properties. The JSON
/// object also keeps keys the docs do not list, so a decoded body encodes back unchanged.
public protocol RequestBody: Codable, Hashable, Sendable, JSONConvertible, CustomReflectable {
    /// The JSON object the body sends.
    var fields: JSONObject { get }
    /// The documented fields.
    static var layout: JSONLayout { get }
    /// Wraps `fields` without checking them: for the type's own initializers, which know
    /// the required fields are there. Nothing outside this package can make the proof it
    /// takes, so no app can build a body that traps on a read; use `init(checking:)`,
    /// `init(from:)` or `init(jsonValue:)` for JSON.
    init(unchecked fields: JSONObject, _ proof: UncheckedFields)
    /// Every problem the docs let us find before sending, in the server's shape and wording.
    func validate() -> [ValidationError]
}

/// What `RequestBody.init(unchecked:_:)` asks for, so that only the generated code and the
/// runtime, which know the required fields are there, can skip the check.
public struct UncheckedFields: Sendable {
    package init() {}
}

/// What a request body sends for one field.
public enum FieldState: Hashable, Sendable {
    /// Not in the body: the server keeps the field's value, or on a create applies the
    /// default the docs state.
    case omitted
    /// Sent as `null`: the server empties the field.
    case cleared
    /// Sent with a value.
    case set
}

extension RequestBody {
    /// Sends the field as `null`, which empties it on the server; reading its property gives
    /// nil. A key path that sets no documented field (a property of your own) changes nothing.
    public mutating func clear<Value>(_ property: WritableKeyPath<Self, Value?>) {
        guard let key = jsonKey(of: property) else { return }
        update { $0[key] = JSONValue.null }
    }

    /// Leaves the field out of the body, as setting its property to `nil` does.
    public mutating func omit<Value>(_ property: WritableKeyPath<Self, Value?>) {
        self[keyPath: property] = nil
    }

    /// Whether the body sends the field with a value, as `null`, or not at all.
    public func state<Value>(of property: WritableKeyPath<Self, Value?>) -> FieldState {
        guard let key = jsonKey(of: property) else { return .omitted }
        switch fields.values[key] {
        case nil: return .omitted
        case .null?: return .cleared
        case _?: return .set
        }
    }

    /// The JSON key a property writes: on a copy of this body that holds every documented
    /// key (its own values, `null` for the others), setting the property to nil removes
    /// exactly its own. The copy keeps the required fields' values, so a property of the
    /// caller's own may read them.
    func jsonKey<Value>(of property: WritableKeyPath<Self, Value?>) -> String? {
        var values = fields.values
        for field in Self.layout.fields where values[field.key] == nil { values[field.key] = .null }
        var probe = Self(unchecked: JSONObject(values), UncheckedFields())
        probe[keyPath: property] = nil
        return Self.layout.fields.first { probe.fields.values[$0.key] == nil }?.key
    }

    /// Changes `fields` in place: `self` lets go of the object first, so it is not copied.
    private mutating func update(_ change: (inout JSONObject) -> Void) {
        var object = fields
        self = Self(unchecked: JSONObject(), UncheckedFields())
        change(&object)
        self = Self(unchecked: object, UncheckedFields())
    }

    /// Equal when the JSON objects are: the same keys, `null` included, with the same values.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.fields == rhs.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fields)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let object = try container.decode([String: JSONValue].self)
        try Self.layout.check(JSONObject(object), at: decoder.codingPath)
        self.init(unchecked: JSONObject(object), UncheckedFields())
    }

    /// Documented fields in the docs' order, then other keys sorted: stable output for an
    /// encoder that keeps the order keys come in. Only what the body holds is written: a
    /// field left out is not sent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        for field in Self.layout.fields {
            if let value = fields.values[field.key] { try container.encode(value, forKey: JSONKey(stringValue: field.key)) }
        }
        for (key, value) in additionalProperties.sorted(by: { $0.key < $1.key }) {
            try container.encode(value, forKey: JSONKey(stringValue: key))
        }
    }

    public init?(jsonValue: JSONValue) {
        guard case .object(let object) = jsonValue, (try? Self.layout.check(JSONObject(object), at: [])) != nil else { return nil }
        self.init(unchecked: JSONObject(object), UncheckedFields())
    }

    /// The body these fields make, once every required field is there with its type: the
    /// `DecodingError` a decoder would throw otherwise. Keys the docs do not list are sent
    /// as they are.
    public init(checking fields: JSONObject) throws {
        try Self.layout.check(fields, at: [])
        self.init(unchecked: fields, UncheckedFields())
    }

    public var jsonValue: JSONValue { .object(fields.values) }

    public static func check(_ jsonValue: JSONValue, at codingPath: [any CodingKey]) throws {
        guard case .object(let object) = jsonValue else {
            throw DecodingError.typeMismatch(Self.self, DecodingError.Context(
                codingPath: codingPath, debugDescription: "Expected a JSON object, found \(jsonValue.kind)."))
        }
        try layout.check(JSONObject(object), at: codingPath)
    }

    /// Keys the body holds that the docs do not list, kept so that encoding loses nothing.
    public var additionalProperties: [String: JSONValue] {
        fields.values.filter { !Self.layout.keys.contains($0.key) }
    }

    /// What printing, logging and `dump` show: every documented field by its Swift name,
    /// with credentials as `<redacted>`, then the undocumented keys.
    public var customMirror: Mirror {
        var children: [Mirror.Child] = Self.layout.fields.map { field in
            let value = fields.values[field.key].flatMap { $0 == .null ? nil : field.type.init(jsonValue: $0) }
            return (label: field.propertyName, value: field.isSecret ? Redacted(value) as Any : value as Any)
        }
        children.append((label: "additionalProperties", value: additionalProperties))
        return Mirror(self, children: children, displayStyle: .struct)
    }
}
