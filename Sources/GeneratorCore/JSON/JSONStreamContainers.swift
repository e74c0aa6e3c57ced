/// The containers `JSONStreamWriter` hands to `encode(to:)`: each writes straight into
/// the writer's buffer, and anything `JSONEncoder` would write its own way fails.
struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONStreamWriter
    let frame: Int
    var codingPath: [any CodingKey] { [] }

    private func member(_ key: Key, _ write: () throws -> Void) throws { try writer.member(key.stringValue, frame: frame, write) }

    mutating func encodeNil(forKey key: Key) throws { try member(key) { writer.literal("null") } }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try member(key) { value ? writer.literal("true") : writer.literal("false") } }
    mutating func encode(_ value: String, forKey key: Key) throws { try member(key) { writer.string(value) } }
    mutating func encode(_ value: Double, forKey key: Key) throws { throw StableJSON.Unsupported() }
    mutating func encode(_ value: Float, forKey key: Key) throws { throw StableJSON.Unsupported() }
    mutating func encode(_ value: Int, forKey key: Key) throws { try member(key) { writer.number(value) } }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try member(key) { writer.number(value) } }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try member(key) { writer.number(value) } }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try member(key) { writer.number(value) } }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try member(key) { writer.number(value) } }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try member(key) { writer.number(value) } }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try member(key) { writer.number(value) } }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try member(key) { writer.number(value) } }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try member(key) { writer.number(value) } }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try member(key) { writer.number(value) } }
    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        try member(key) { try writer.encodeValue(value, depth: writer.depth(of: frame) + 1) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        writer.failed = true
        return KeyedEncodingContainer(KeyedWriter<NestedKey>(writer: writer, frame: frame))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        writer.failed = true
        return UnkeyedWriter(writer: writer, frame: frame)
    }

    mutating func superEncoder() -> any Encoder {
        writer.failed = true
        return writer
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        writer.failed = true
        return writer
    }
}

struct UnkeyedWriter: UnkeyedEncodingContainer {
    let writer: JSONStreamWriter
    let frame: Int
    var codingPath: [any CodingKey] { [] }
    var count: Int { writer.elementCount(of: frame) }

    private func element(_ write: () throws -> Void) throws { try writer.element(frame: frame, write) }

    mutating func encodeNil() throws { try element { writer.literal("null") } }
    mutating func encode(_ value: Bool) throws { try element { value ? writer.literal("true") : writer.literal("false") } }
    mutating func encode(_ value: String) throws { try element { writer.string(value) } }
    mutating func encode(_ value: Double) throws { throw StableJSON.Unsupported() }
    mutating func encode(_ value: Float) throws { throw StableJSON.Unsupported() }
    mutating func encode(_ value: Int) throws { try element { writer.number(value) } }
    mutating func encode(_ value: Int8) throws { try element { writer.number(value) } }
    mutating func encode(_ value: Int16) throws { try element { writer.number(value) } }
    mutating func encode(_ value: Int32) throws { try element { writer.number(value) } }
    mutating func encode(_ value: Int64) throws { try element { writer.number(value) } }
    mutating func encode(_ value: UInt) throws { try element { writer.number(value) } }
    mutating func encode(_ value: UInt8) throws { try element { writer.number(value) } }
    mutating func encode(_ value: UInt16) throws { try element { writer.number(value) } }
    mutating func encode(_ value: UInt32) throws { try element { writer.number(value) } }
    mutating func encode(_ value: UInt64) throws { try element { writer.number(value) } }
    mutating func encode<Value: Encodable>(_ value: Value) throws {
        let depth = writer.depth(of: frame) + 1
        try element { try writer.encodeValue(value, depth: depth) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        writer.failed = true
        return KeyedEncodingContainer(KeyedWriter<NestedKey>(writer: writer, frame: frame))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        writer.failed = true
        return UnkeyedWriter(writer: writer, frame: frame)
    }

    mutating func superEncoder() -> any Encoder {
        writer.failed = true
        return writer
    }
}

/// A value that is one string, number, boolean or null, written where it stands.
struct SingleWriter: SingleValueEncodingContainer {
    let writer: JSONStreamWriter
    let frame: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { writer.literal("null") }
    mutating func encode(_ value: Bool) throws { value ? writer.literal("true") : writer.literal("false") }
    mutating func encode(_ value: String) throws { writer.string(value) }
    mutating func encode(_ value: Double) throws { throw StableJSON.Unsupported() }
    mutating func encode(_ value: Float) throws { throw StableJSON.Unsupported() }
    mutating func encode(_ value: Int) throws { writer.number(value) }
    mutating func encode(_ value: Int8) throws { writer.number(value) }
    mutating func encode(_ value: Int16) throws { writer.number(value) }
    mutating func encode(_ value: Int32) throws { writer.number(value) }
    mutating func encode(_ value: Int64) throws { writer.number(value) }
    mutating func encode(_ value: UInt) throws { writer.number(value) }
    mutating func encode(_ value: UInt8) throws { writer.number(value) }
    mutating func encode(_ value: UInt16) throws { writer.number(value) }
    mutating func encode(_ value: UInt32) throws { writer.number(value) }
    mutating func encode(_ value: UInt64) throws { writer.number(value) }
    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try writer.encodeValue(value, depth: writer.depth(of: frame))
    }
}
