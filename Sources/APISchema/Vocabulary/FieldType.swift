/// What a field or parameter holds, decided once by the merge from the docs' type text, the
/// enum it refers to and the format the examples show. The emitter maps this value to Swift;
/// nobody downstream reads the docs' text again (`documentedType` keeps it for reports).
public enum FieldType: Hashable, Sendable {
    case string
    /// `integer`, `int` or `long`: the docs draw no line between 32 and 64 bits.
    case integer
    /// `number`, `decimal`, `double` or `float`.
    case number
    case boolean
    /// A string the examples or range filters show as a date and time.
    case dateTime
    /// Any JSON value: `any`, an `object` without documented fields, a type the docs do not
    /// define (the parser warns), or a reference to an enum or record no page documents.
    case json
    /// An object whose fields are documented inline, as the field's `children`.
    case object
    indirect case array(FieldType)
    /// A documented enum, by its docs name (`eGender`).
    case enumeration(String)
    /// The full record of a documented entity, by name (`CoworkerIdentityCheck`).
    case record(String)

    /// The enum this type takes, itself or as the element of an array.
    public var enumerationName: String? {
        switch self {
        case .enumeration(let name): name
        case .array(let element): element.enumerationName
        default: nil
        }
    }

    /// A spelling the docs use for this type, for values built in code rather than read from
    /// a page (tests, hand-written schemas). Never parsed.
    public var documentedSpelling: String {
        switch self {
        case .string, .dateTime: "string"
        case .integer: "integer"
        case .number: "number"
        case .boolean: "boolean"
        case .json: "any"
        case .object: "object"
        case .array(let element): element.documentedSpelling + "[]"
        case .enumeration(let name), .record(let name): name
        }
    }
}

// In `spec/schema.json` a scalar is its name (`"integer"`, `"dateTime"`) and a compound is an
// object with one key (`{"array": "integer"}`, `{"enum": "eGender"}`, `{"record": "Coworker"}`),
// so a review reads it at a glance and no reader has to split a string.
extension FieldType: Codable {
    private enum Scalar: String, Codable {
        case string, integer, number, boolean, dateTime, json, object
    }

    private enum CodingKeys: String, CodingKey {
        case array
        case enumeration = "enum"
        case record
    }

    public init(from decoder: any Decoder) throws {
        if let scalar = try? decoder.singleValueContainer().decode(Scalar.self) {
            switch scalar {
            case .string: self = .string
            case .integer: self = .integer
            case .number: self = .number
            case .boolean: self = .boolean
            case .dateTime: self = .dateTime
            case .json: self = .json
            case .object: self = .object
            }
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard container.allKeys.count == 1, let key = container.allKeys.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "a type is a name or an object with one of the keys array, enum, record"))
        }
        switch key {
        case .array: self = .array(try container.decode(FieldType.self, forKey: .array))
        case .enumeration: self = .enumeration(try container.decode(String.self, forKey: .enumeration))
        case .record: self = .record(try container.decode(String.self, forKey: .record))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        let scalar: Scalar
        switch self {
        case .string: scalar = .string
        case .integer: scalar = .integer
        case .number: scalar = .number
        case .boolean: scalar = .boolean
        case .dateTime: scalar = .dateTime
        case .json: scalar = .json
        case .object: scalar = .object
        case .array(let element):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(element, forKey: .array)
            return
        case .enumeration(let name):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .enumeration)
            return
        case .record(let name):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .record)
            return
        }
        var container = encoder.singleValueContainer()
        try container.encode(scalar)
    }
}
