/// A key of a generated type's JSON object, written as the docs spell it.
public struct JSONCodingKey: CodingKey, ExpressibleByStringLiteral, Sendable {
    public var stringValue: String
    public var intValue: Int? { nil }

    public init(stringValue: String) {
        self.stringValue = stringValue
    }

    public init?(intValue: Int) {
        nil
    }

    public init(stringLiteral value: String) {
        stringValue = value
    }
}

extension KeyedEncodingContainer where Key == JSONCodingKey {
    /// The keys the docs do not list, sorted, after the documented ones.
    public mutating func encodeAdditional(_ properties: [String: JSONValue]) throws {
        for (key, value) in properties.sorted(by: { $0.key < $1.key }) {
            try encode(value, forKey: JSONCodingKey(stringValue: key))
        }
    }
}
