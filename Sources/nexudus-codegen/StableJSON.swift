import Diagnostics
import Foundation

/// Writes an `Encodable` value exactly as `JSONEncoder.stable` does (pretty printed, keys
/// sorted by their UTF-8 bytes, slashes unescaped), streaming into one byte buffer.
///
/// `JSONEncoder` first builds a tree of the whole document: for the schema of a large API
/// (tens of MB of JSON) that tree costs seconds and hundreds of MB. Here each value is
/// written where it goes. An object's members are written in the order the type encodes
/// them, each as a self-contained piece (`\n`, indentation, key, ` : `, value, `,`), and
/// put into key order afterwards by rotating pieces in place.
///
/// Anything this writer does not produce byte for byte like `JSONEncoder` (floating-point
/// numbers, a key written twice, nested or super encoders) throws `Unsupported`, and the
/// caller falls back to `JSONEncoder.stable`.
enum StableJSON {
    struct Unsupported: Error {}

    /// `presetMembers` are members of the top-level object given already written (by
    /// `encodeArray`, on all cores); each must be used exactly once.
    static func encode<Value: Encodable>(_ value: Value, presetMembers: [String: [[UInt8]]] = [:]) throws -> [UInt8] {
        let writer = JSONStreamWriter()
        // Room for the preset pieces and the rest, so the buffer is not copied as it grows.
        writer.bytes.reserveCapacity(presetMembers.values.reduce(1 << 16) { $0 + $1.reduce(0) { $0 + $1.count } })
        writer.presetMembers = presetMembers
        try writer.encodeValue(value, depth: 0)
        if writer.failed || !writer.presetMembers.isEmpty { throw Unsupported() }
        return writer.bytes
    }

    /// An array as it is written at `depth`, its elements shared out over the cores in
    /// runs: the pieces of its text, in order, to be appended one after the other.
    static func encodeArray<Element: Encodable & Sendable>(_ elements: [Element], depth: Int) throws -> [[UInt8]] {
        let runLength = 64
        let runs = stride(from: 0, to: elements.count, by: runLength).map { $0..<min($0 + runLength, elements.count) }
        let written = orderedConcurrentMap(runs) { run -> [UInt8]? in
            let writer = JSONStreamWriter()
            for index in run {
                if index > 0 { writer.bytes.append(UInt8(ascii: ",")) }
                writer.newline(indent: depth + 1)
                guard (try? writer.encodeValue(elements[index], depth: depth + 1)) != nil, !writer.failed else { return nil }
            }
            return writer.bytes
        }
        let end = JSONStreamWriter()
        if elements.isEmpty { end.bytes.append(0x0A) }
        end.newline(indent: depth)
        end.bytes.append(UInt8(ascii: "]"))
        var pieces: [[UInt8]] = [[UInt8(ascii: "[")]]
        for run in written {
            guard let run else { throw Unsupported() }
            pieces.append(run)
        }
        return pieces + [end.bytes]
    }
}

final class JSONStreamWriter: Encoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    @exclusivity(unchecked) var bytes: [UInt8] = []
    /// Set when a value asked for something this writer does not support.
    var failed = false
    /// Top-level members already written, as pieces; each is removed when used, and its
    /// pieces are let go one by one as they are copied, so the text is never held twice.
    var presetMembers: [String: [[UInt8]]] = [:]
    @exclusivity(unchecked) private var frames: [Frame] = []
    @exclusivity(unchecked) private var scratch: [UInt8] = []

    /// The value being written: its indentation level and the container it asked for.
    private struct Frame {
        enum Kind { case unset, object, array, single }
        var depth: Int
        var kind = Kind.unset
        /// Object members in the order written: key and byte range of each piece.
        var members: [(key: String, start: Int, end: Int)] = []
        var elementCount = 0
    }

    func encodeValue<Value: Encodable>(_ value: Value, depth: Int) throws {
        // `JSONEncoder` writes these its own way rather than through their `encode(to:)`.
        if Value.self == Date.self || Value.self == Data.self || Value.self == URL.self || Value.self == Decimal.self {
            throw StableJSON.Unsupported()
        }
        frames.append(Frame(depth: depth))
        try value.encode(to: self)
        let frame = frames.removeLast()
        switch frame.kind {
        case .unset: throw StableJSON.Unsupported()
        case .single: break
        case .array:
            if frame.elementCount == 0 { bytes.append(0x0A) }
            newline(indent: depth)
            bytes.append(UInt8(ascii: "]"))
        case .object:
            if frame.members.isEmpty {
                bytes.append(0x0A)
            } else {
                sortPieces(frame.members)
                bytes.removeLast()  // the last piece's comma
            }
            newline(indent: depth)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    // MARK: Containers

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let index = claim(.object)
        if frames[index].kind == .object, frames[index].members.isEmpty { bytes.append(UInt8(ascii: "{")) }
        return KeyedEncodingContainer(KeyedWriter<Key>(writer: self, frame: index))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let index = claim(.array)
        if frames[index].kind == .array, frames[index].elementCount == 0 { bytes.append(UInt8(ascii: "[")) }
        return UnkeyedWriter(writer: self, frame: index)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleWriter(writer: self, frame: claim(.single))
    }

    /// Marks the current value as being of `kind`; asking twice for different kinds (or
    /// twice for an object or array, which `JSONEncoder` would merge) is not supported.
    private func claim(_ kind: Frame.Kind) -> Int {
        let index = frames.count - 1
        if frames[index].kind == .unset {
            frames[index].kind = kind
        } else {
            frames[index].kind = .unset  // reported as `Unsupported` when the value ends
        }
        return index
    }

    // MARK: Writing

    func member(_ key: String, frame index: Int, _ write: () throws -> Void) throws {
        guard frames[index].kind == .object, !frames[index].members.contains(where: { $0.key == key }) else {
            throw StableJSON.Unsupported()
        }
        let start = bytes.count
        newline(indent: frames[index].depth + 1)
        string(key)
        literal(" : ")
        if frames[index].depth == 0, var pieces = presetMembers.removeValue(forKey: key) {
            for piece in pieces.indices {
                bytes += pieces[piece]
                pieces[piece] = []
            }
        } else {
            try write()
        }
        bytes.append(UInt8(ascii: ","))
        frames[index].members.append((key, start, bytes.count))
    }

    func element(frame index: Int, _ write: () throws -> Void) throws {
        guard frames[index].kind == .array else { throw StableJSON.Unsupported() }
        if frames[index].elementCount > 0 { bytes.append(UInt8(ascii: ",")) }
        newline(indent: frames[index].depth + 1)
        try write()
        frames[index].elementCount += 1
    }

    func depth(of frame: Int) -> Int { frames[frame].depth }
    func elementCount(of frame: Int) -> Int { frames[frame].elementCount }

    func newline(indent: Int) {
        bytes.append(0x0A)
        for _ in 0..<indent {
            bytes.append(0x20)
            bytes.append(0x20)
        }
    }

    func literal(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// A JSON string as `JSONEncoder` escapes it: quote, backslash, the short escapes for
    /// \b \f \n \r \t, `\u00XX` (lower-case hex) for other control bytes; nothing else.
    func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var mark = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<index]))
                mark = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    literal("u00")
                    bytes.append(Self.hexDigit(byte / 16))
                    bytes.append(Self.hexDigit(byte % 16))
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    func number<Integer: BinaryInteger>(_ value: Integer) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Puts an object's pieces into key order. The pieces lie back to back; taking them in
    /// key order, each is rotated to the front of the pieces not yet placed, moving the
    /// smaller side through `scratch`, so no copy of the whole object is ever made.
    private func sortPieces(_ members: [(key: String, start: Int, end: Int)]) {
        let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        guard !sorted.elementsEqual(members, by: { $0.key == $1.key }) else { return }
        let start = members[0].start
        let end = members[members.count - 1].end
        if end - start <= 1 << 20 {
            // A small object is quicker to copy out once and write back in order.
            scratch.replaceSubrange(scratch.indices, with: bytes[start..<end])
            var position = start
            bytes.withUnsafeMutableBufferPointer { buffer in
                scratch.withUnsafeBufferPointer { pieces in
                    for piece in sorted {
                        _ = memcpy(buffer.baseAddress! + position, pieces.baseAddress! + (piece.start - start), piece.end - piece.start)
                        position += piece.end - piece.start
                    }
                }
            }
            return
        }
        var remaining = members.map { (key: $0.key, length: $0.end - $0.start) }
        var position = members[0].start
        for target in sorted {
            let index = remaining.firstIndex { $0.key == target.key }!
            let skipped = remaining[..<index].reduce(0) { $0 + $1.length }
            let length = remaining[index].length
            if skipped > 0 { rotate(at: position, first: skipped, second: length) }
            remaining.remove(at: index)
            position += length
        }
    }

    /// `[A][B]` at `position` becomes `[B][A]`.
    private func rotate(at position: Int, first: Int, second: Int) {
        bytes.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress! + position
            if first <= second {
                scratch.replaceSubrange(scratch.indices, with: UnsafeBufferPointer(start: base, count: first))
                memmove(base, base + first, second)
                scratch.withUnsafeBufferPointer { _ = memcpy(base + second, $0.baseAddress!, first) }
            } else {
                scratch.replaceSubrange(scratch.indices, with: UnsafeBufferPointer(start: base + first, count: second))
                memmove(base + second, base, first)
                scratch.withUnsafeBufferPointer { _ = memcpy(base, $0.baseAddress!, second) }
            }
        }
    }
}

private struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
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

private struct UnkeyedWriter: UnkeyedEncodingContainer {
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
private struct SingleWriter: SingleValueEncodingContainer {
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
