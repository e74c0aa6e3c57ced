import Foundation

/// A value a record's property can hold, read from and written to the JSON the API
/// exchanges. Records keep their JSON object as received and convert a field when it is
/// read, so each field costs the compiler one small accessor rather than lines in a
/// member-wise initializer and in coding methods that grow with every field.
public protocol JSONConvertible: Sendable {
    /// Nil when `jsonValue` is not a value of this type.
    init?(jsonValue: JSONValue)
    var jsonValue: JSONValue { get }
    /// Throws a `DecodingError` that names the place when `jsonValue` is not of this type.
    static func check(_ jsonValue: JSONValue, at codingPath: [any CodingKey]) throws
}

extension JSONConvertible {
    public static func check(_ jsonValue: JSONValue, at codingPath: [any CodingKey]) throws {
        guard Self(jsonValue: jsonValue) == nil else { return }
        throw DecodingError.typeMismatch(Self.self, DecodingError.Context(
            codingPath: codingPath, debugDescription: "Expected \(Self.self), found \(jsonValue.kind)."))
    }
}

/// Enums and flag sets: integers on the wire, and every integer is a value (open enums).
/// `Codable` comes from the standard library's defaults for `RawRepresentable`: the raw
/// integer, as a single value.
public protocol JSONIntegerCoded: JSONConvertible, JSONReadable, QueryValue, Hashable, RawRepresentable where RawValue == Int {
    init(rawValue: Int)
}

extension JSONIntegerCoded {
    /// Equal when the integers are: `undocumented(1)` is the documented value 1, as it is
    /// on the wire. The type need not carry the comparison the compiler would write for it.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue == rhs.rawValue
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rawValue)
    }

    public init?(jsonValue: JSONValue) {
        guard case .integer(let value) = jsonValue else { return nil }
        self.init(rawValue: value)
    }

    public var jsonValue: JSONValue { .integer(rawValue) }
}

extension String: JSONConvertible {
    public init?(jsonValue: JSONValue) {
        guard case .string(let value) = jsonValue else { return nil }
        self = value
    }

    public var jsonValue: JSONValue { .string(self) }
}

extension Int: JSONConvertible {
    public init?(jsonValue: JSONValue) {
        guard case .integer(let value) = jsonValue else { return nil }
        self = value
    }

    public var jsonValue: JSONValue { .integer(self) }
}

/// A whole number is a valid `Double` too: the API writes `0` for a zero coordinate.
extension Double: JSONConvertible {
    public init?(jsonValue: JSONValue) {
        switch jsonValue {
        case .number(let value): self = value
        case .integer(let value): self = Double(value)
        default: return nil
        }
    }

    public var jsonValue: JSONValue { .number(self) }
}

extension Bool: JSONConvertible {
    public init?(jsonValue: JSONValue) {
        guard case .bool(let value) = jsonValue else { return nil }
        self = value
    }

    public var jsonValue: JSONValue { .bool(self) }
}

extension NexudusDate: JSONConvertible {
    public init?(jsonValue: JSONValue) {
        guard case .string(let value) = jsonValue else { return nil }
        self.init(rawValue: value)
    }

    public var jsonValue: JSONValue { .string(rawValue) }
}

/// A field the docs type as `object` or `any`: whatever JSON the API sends.
extension JSONValue: JSONConvertible {
    public init?(jsonValue: JSONValue) {
        self = jsonValue
    }

    public var jsonValue: JSONValue { self }
}

extension Array: JSONConvertible where Element: JSONConvertible {
    public init?(jsonValue: JSONValue) {
        guard case .array(let items) = jsonValue else { return nil }
        var result: [Element] = []
        result.reserveCapacity(items.count)
        for item in items {
            guard let element = Element(jsonValue: item) else { return nil }
            result.append(element)
        }
        self = result
    }

    public var jsonValue: JSONValue { .array(map(\.jsonValue)) }

    public static func check(_ jsonValue: JSONValue, at codingPath: [any CodingKey]) throws {
        guard case .array(let items) = jsonValue else {
            throw DecodingError.typeMismatch(Self.self, DecodingError.Context(
                codingPath: codingPath, debugDescription: "Expected an array, found \(jsonValue.kind)."))
        }
        for (index, item) in items.enumerated() {
            try Element.check(item, at: codingPath + [JSONKey(index)])
        }
    }
}

extension JSONValue {
    /// What kind of value this is, for an error message: never the value itself, which may
    /// be a credential.
    var kind: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer: "an integer"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A key in a coding path or a JSON object.
struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
    }

    init(_ index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }

    init?(intValue: Int) {
        self.init(intValue)
    }
}
