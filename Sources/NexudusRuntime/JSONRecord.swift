import Foundation

/// The JSON object behind a record or request body, kept as the API sent it or as you set
/// it: documented fields and undocumented keys alike, `null` included, so it encodes back
/// unchanged.
public struct JSONObject: Hashable, Sendable {
    public private(set) var values: [String: JSONValue]

    public init(_ values: [String: JSONValue] = [:]) {
        self.values = values
    }

    /// A field as `Value`: nil when it is absent or `null`. Setting nil removes the key, so
    /// the field is not sent.
    public subscript<Value: JSONConvertible>(key: String) -> Value? {
        get {
            guard let value = values[key], value != .null else { return nil }
            return Value(jsonValue: value)
        }
        set { values[key] = newValue?.jsonValue }
    }

    /// A field the type requires: decoding, `init(checking:)` and the initializers make sure
    /// it is there, and only they can make a record, so this is not public: on an object
    /// anyone built it could trap.
    package subscript<Value: JSONConvertible>(required key: String) -> Value {
        guard let value: Value = self[key] else {
            preconditionFailure("the required field \(key) is missing or not \(Value.self); every way to make a record checks it")
        }
        return value
    }
}

/// A documented field the API may leave out: the type of a member of a record's
/// `Properties`, which the record turns into a property of type `Value?`.
public struct JSONProperty<Value: JSONConvertible>: Sendable {
    public let key: String

    public init(_ key: String) {
        self.key = key
    }
}

/// A field the docs require: a property of type `Value`, never nil.
public struct RequiredJSONProperty<Value: JSONConvertible>: Sendable {
    public let key: String

    public init(_ key: String) {
        self.key = key
    }
}

extension JSONObject {
    public subscript<Value>(property: JSONProperty<Value>) -> Value? {
        get { self[property.key] }
        set { self[property.key] = newValue }
    }

    package subscript<Value>(property: RequiredJSONProperty<Value>) -> Value {
        get { self[required: property.key] }
        set { self[property.key] = newValue }
    }
}

/// A generated record or request body: a `JSONObject` read through typed properties.
///
/// The properties are dynamic members: each is one member of `Properties`, where its type
/// and documentation are, and the subscripts below read and write every one of them. A
/// stored or computed property per field would cost the compiler a getter, a setter and a
/// coroutine each; across a few hundred types of up to 200 fields, that was most of the
/// time it took to build the SDK.
///
/// A member of the same name that your code or a package adds to the record's protocols
/// (`extension Encodable { var dictionary: … }`) hides a field's property, as any real
/// member would. `record[\.dictionary]` always reads and sets the field.
///
/// A conforming type keeps nothing but `fields`: setting a field rebuilds the value with
/// `init(unchecked:_:)`, which only this package's code can call.
@dynamicMemberLookup
public protocol JSONRecord: Codable, Hashable, Sendable, JSONConvertible, CustomReflectable {
    /// The documented fields, one member each.
    associatedtype Properties: JSONProperties
    /// The JSON object itself.
    var fields: JSONObject { get }
    /// The documented fields.
    static var layout: JSONLayout { get }
    /// Wraps `fields` without checking them: for the type's own initializers, which know
    /// the required fields are there. Nothing outside this package can make the proof it
    /// takes, so no app can build a body that traps on a read; use `init(checking:)`,
    /// `init(from:)` or `init(jsonValue:)` for JSON.
    init(unchecked fields: JSONObject, _ proof: UncheckedFields)
}

/// What `JSONRecord.init(unchecked:_:)` asks for, so that only the generated code and the
/// runtime, which know the required fields are there, can skip the check.
public struct UncheckedFields: Sendable {
    package init() {}
}

/// A record's `Properties`: made for every property access, so it holds nothing.
public protocol JSONProperties: Sendable {
    init()
}

extension JSONRecord {
    /// A documented field the API may leave out: nil when it is absent or `null`. Setting nil
    /// removes the key, so the field is not sent.
    public subscript<Value>(dynamicMember property: KeyPath<Properties, JSONProperty<Value>>) -> Value? {
        get { fields[Properties()[keyPath: property]] }
        set { update { $0[Properties()[keyPath: property]] = newValue } }
    }

    /// A field the docs require.
    public subscript<Value>(dynamicMember property: KeyPath<Properties, RequiredJSONProperty<Value>>) -> Value {
        get { fields[Properties()[keyPath: property]] }
        set { update { $0[Properties()[keyPath: property]] = newValue } }
    }

    /// `record[\.name]`: the field, even where another member named `name` hides its property.
    public subscript<Value>(_ property: KeyPath<Properties, JSONProperty<Value>>) -> Value? {
        get { self[dynamicMember: property] }
        set { self[dynamicMember: property] = newValue }
    }

    public subscript<Value>(_ property: KeyPath<Properties, RequiredJSONProperty<Value>>) -> Value {
        get { self[dynamicMember: property] }
        set { self[dynamicMember: property] = newValue }
    }

    /// Changes `fields` in place: `self` lets go of the object first, so it is not copied
    /// for every field set.
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
    /// encoder that keeps the order keys come in.
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
    /// `DecodingError` a decoder would throw otherwise.
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

    /// Keys the API sent that the docs do not list, kept so that encoding loses nothing.
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
