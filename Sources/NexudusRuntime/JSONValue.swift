/// Any JSON value, for fields the docs type as `any`, `object` or `array` without saying
/// more. Keeps integers and decimals apart so values re-encode exactly as received.
public enum JSONValue: Codable, Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Through a decoder of another kind (`JSONDecoder`, a property list). `Codable` shows a
    /// value only by asking for a type, and each wrong guess throws an error, so the kinds
    /// are tried in the order the API's records hold them most (text first, one guess for
    /// a string). Such a decoder has already read the number's text and does not keep it:
    /// `JSONDecoder` gives `3` for both `3` and `3.0`, so a whole decimal comes back as
    /// `.integer`, and integers are tried before decimals so a large one stays exact. The
    /// SDK's own reader (`JSONReader`, used by the client) keeps `3.0` a `.number`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode([String: JSONValue].self) {
            self = .object(value)
        } else {
            self = .array(try container.decode([JSONValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}
