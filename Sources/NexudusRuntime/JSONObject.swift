import Foundation

/// The JSON object behind a request body, kept as you set it or as it was decoded:
/// documented fields and undocumented keys alike, `null` included, so it encodes back
/// unchanged.
public struct JSONObject: Hashable, Sendable {
    public private(set) var values: [String: JSONValue]

    public init(_ values: [String: JSONValue] = [:]) {
        self.values = values
    }

    /// A field as `Value`: nil when it is absent or `null`. Setting nil removes the key, so
    /// the field is not sent; set `JSONValue.null` to send `null`.
    public subscript<Value: JSONConvertible>(key: String) -> Value? {
        get {
            guard let value = values[key], value != .null else { return nil }
            return Value(jsonValue: value)
        }
        set { values[key] = newValue?.jsonValue }
    }

    /// A field the type requires: its initializer, decoding and `init(checking:)` make sure
    /// it is there, and a required field can be neither cleared nor left out afterwards, so
    /// this is not public: on an object anyone built it could trap.
    package subscript<Value: JSONConvertible>(required key: String) -> Value {
        guard let value: Value = self[key] else {
            preconditionFailure("the required field \(key) is missing or not \(Value.self); every way to make a body checks it")
        }
        return value
    }
}
