import Foundation

extension Int: JSONReadable {
    public init(reading reader: inout JSONReader) throws { self = try reader.readInt() }
}

/// A whole number is a valid `Double` too: the API writes `0` for a zero coordinate.
extension Double: JSONReadable {
    public init(reading reader: inout JSONReader) throws { self = try reader.readDouble() }
}

extension Bool: JSONReadable {
    public init(reading reader: inout JSONReader) throws { self = try reader.readBool() }
}

extension String: JSONReadable {
    public init(reading reader: inout JSONReader) throws { self = try reader.readString() }
}

extension JSONValue: JSONReadable {
    public init(reading reader: inout JSONReader) throws { self = try reader.readValue() }
}

/// `null` and a missing key read alike: nil.
extension Optional: JSONReadable where Wrapped: JSONReadable {
    public init(reading reader: inout JSONReader) throws {
        self = reader.readNull() ? nil : try Wrapped(reading: &reader)
    }
}

extension Array: JSONReadable where Element: JSONReadable {
    public init(reading reader: inout JSONReader) throws {
        var items: [Element] = []
        try reader.readArray { reader, _ in items.append(try Element(reading: &reader)) }
        self = items
    }
}

extension JSONIntegerCoded {
    public init(reading reader: inout JSONReader) throws { self.init(rawValue: try reader.readInt()) }
}

extension JSONValue {
    /// The value as JSON text, for a decoder of another kind handing the SDK's reader a value
    /// it already parsed (`init(from:)` of a record).
    var jsonBytes: [UInt8] {
        var bytes: [UInt8] = []
        write(into: &bytes)
        return bytes
    }

    func write(into bytes: inout [UInt8]) {
        switch self {
        case .null: bytes += Array("null".utf8)
        case .bool(let value): bytes += Array((value ? "true" : "false").utf8)
        case .integer(let value): bytes += Array(String(value).utf8)
        case .number(let value): bytes += Array((value.isFinite ? "\(value)" : "null").utf8)
        case .string(let value): JSONValue.writeString(value, into: &bytes)
        case .array(let items):
            bytes.append(UInt8(ascii: "["))
            for (position, item) in items.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                item.write(into: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let object):
            bytes.append(UInt8(ascii: "{"))
            for (position, key) in object.keys.sorted().enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                JSONValue.writeString(key, into: &bytes)
                bytes.append(UInt8(ascii: ":"))
                object[key]!.write(into: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    static func writeString(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20: bytes += Array(String(format: "\\u%04x", Int(byte)).utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// What every generated record, listing and nested object is: read by the SDK's own
/// reader, and by any other `Decoder` through the same generated code.
public protocol JSONRecordValue: JSONReadable, Codable, Hashable, Sendable {
    /// For a search's listing record: the values its page documents for `dir`, with which
    /// `ListResult.currentSortDirection` reads the page's direction. Nil for other records.
    static var sortDirectionValues: SortDirectionValues? { get }
}

extension JSONRecordValue {
    public static var sortDirectionValues: SortDirectionValues? { nil }

    /// Through another decoder (`JSONDecoder`, a property list): the value it parsed is
    /// handed to the SDK's reader, so both read exactly alike.
    public static func decoding(from decoder: any Decoder) throws -> Self {
        let value = try JSONValue(from: decoder)
        do {
            return try JSONReader.decode(Self.self, from: Data(value.jsonBytes))
        } catch let error as DecodingError {
            throw error.prefixed(by: decoder.codingPath)
        }
    }
}

extension DecodingError {
    /// The same error with `prefix` before its coding path.
    func prefixed(by prefix: [any CodingKey]) -> DecodingError {
        guard !prefix.isEmpty else { return self }
        func context(_ context: Context) -> Context {
            Context(codingPath: prefix + context.codingPath, debugDescription: context.debugDescription, underlyingError: context.underlyingError)
        }
        switch self {
        case .typeMismatch(let type, let c): return .typeMismatch(type, context(c))
        case .valueNotFound(let type, let c): return .valueNotFound(type, context(c))
        case .keyNotFound(let key, let c): return .keyNotFound(key, context(c))
        case .dataCorrupted(let c): return .dataCorrupted(context(c))
        @unknown default: return self
        }
    }
}
