import Foundation

/// A JSON value as Foundation's `JSONDecoder` reads it, for the tests: independent of the
/// export's own writer, so a test reads the document as any other tool would.
indirect enum Node: Decodable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([Node])
    case object([String: Node])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([Node].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: Node].self))
        }
    }

    static func parse(_ bytes: [UInt8]) throws -> Node { try JSONDecoder().decode(Node.self, from: Data(bytes)) }

    subscript(key: String) -> Node? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var arrayValue: [Node]? {
        if case .array(let value) = self { return value }
        return nil
    }

    var objectValue: [String: Node]? {
        if case .object(let value) = self { return value }
        return nil
    }
}
