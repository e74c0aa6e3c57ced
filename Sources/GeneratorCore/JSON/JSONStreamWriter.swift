import Diagnostics
import Foundation

/// The encoder behind `StableJSON`: one byte buffer, one frame per value being written.
final class JSONStreamWriter: Encoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    @exclusivity(unchecked) var bytes: [UInt8] = []
    /// Set when a value asked for something this writer does not support.
    var failed = false
    /// Top-level members written elsewhere (`StableJSON.stream`): in their place goes the
    /// key between two NUL bytes, which no JSON text holds (strings escape control bytes).
    var placeholders: Set<String> = []
    private(set) var placeholdersWritten = 0
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
        if frames[index].depth == 0, placeholders.contains(key) {
            bytes.append(0)
            bytes.append(contentsOf: key.utf8)
            bytes.append(0)
            placeholdersWritten += 1
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

    /// A line break and two blanks a level, copied from one prepared line: one append per
    /// line instead of one per blank, for the millions of lines of a large API's schema.
    func newline(indent: Int) {
        let length = 1 + 2 * indent
        guard length <= Self.indentedLine.count else {
            bytes.append(0x0A)
            bytes.append(contentsOf: repeatElement(0x20, count: 2 * indent))
            return
        }
        Self.indentedLine.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<length])) }
    }

    private static let indentedLine: [UInt8] = [0x0A] + [UInt8](repeating: 0x20, count: 64)

    /// A member's comma, line break, indentation and key, in one append (see `JSONKeyLine`).
    func memberKey(_ name: StaticString, indent: Int, afterComma: Bool) {
        JSONKeyLine.append(key: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount), separator: " : ",
                           indent: indent, afterComma: afterComma, to: &bytes)
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

    /// An `Int` in decimal, its digits made on the stack: every line number of the schema
    /// file is one, and a `String` for each cost more than writing it.
    func number(_ value: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var magnitude = value.magnitude
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start...]))
        }
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
