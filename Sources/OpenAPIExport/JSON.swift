import DocsParser
import Diagnostics
import Foundation

/// A JSON value as the document writes it: objects are written with their keys sorted by
/// UTF-8 bytes (`JSONMembers` keeps them so), so the same schema always gives the same
/// text. Each path and component is built as one small value, written, and let go; the
/// whole document never is a value.
public enum JSON: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    case object(JSONMembers)

    /// Pretty printed at `depth` (two spaces a level), with no trailing newline.
    public func write(depth: Int = 0, into bytes: inout [UInt8]) {
        switch self {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let value): bytes.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): bytes.append(contentsOf: String(value).utf8)
        case .double(let value):
            // Shortest text that reads back as the same number; an integral value as an integer.
            if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
                bytes.append(contentsOf: String(Int(value)).utf8)
            } else {
                bytes.append(contentsOf: (value.isFinite ? String(value) : "null").utf8)
            }
        case .string(let value): JSON.writeString(value, into: &bytes)
        case .array(let elements):
            guard !elements.isEmpty else { return bytes.append(contentsOf: "[]".utf8) }
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                JSON.newline(depth + 1, into: &bytes)
                element.write(depth: depth + 1, into: &bytes)
            }
            JSON.newline(depth, into: &bytes)
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return bytes.append(contentsOf: "{}".utf8) }
            bytes.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                JSON.writeKey(member.key, depth: depth + 1, afterComma: index > 0, into: &bytes)
                member.value.write(depth: depth + 1, into: &bytes)
            }
            JSON.newline(depth, into: &bytes)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// `,` after the first member, the line break and indentation of `depth`, and `"key": `:
    /// in one append (see `JSONKeyLine`) when the key needs no escape, as every key the
    /// document has.
    static func writeKey(_ key: String, depth: Int, afterComma: Bool, into bytes: inout [UInt8]) {
        var key = key
        let done = key.withUTF8 { utf8 -> Bool in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            JSONKeyLine.append(key: utf8, separator: ": ", indent: depth, afterComma: afterComma, to: &bytes)
            return true
        }
        guard !done else { return }
        if afterComma { bytes.append(UInt8(ascii: ",")) }
        newline(depth, into: &bytes)
        writeString(key, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// `"key": value`, the value at `depth`.
    static func writeMember(_ key: String, _ value: JSON, depth: Int, into bytes: inout [UInt8]) {
        writeString(key, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
        value.write(depth: depth, into: &bytes)
    }

    static func sortedKeys<Keys: Sequence<String>>(_ keys: Keys) -> [String] {
        keys.sorted(by: precedes)
    }

    /// Byte order of the UTF-8 text, compared in one go from the strings' own storage.
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        var (lhs, rhs) = (lhs, rhs)
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                let common = min(left.count, right.count)
                let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
                return order != 0 ? order < 0 : left.count < right.count
            }
        }
    }

    /// A line break and two blanks a level, copied from one prepared line.
    static func newline(_ depth: Int, into bytes: inout [UInt8]) {
        let length = 1 + 2 * depth
        guard length <= indentedLine.count else {
            bytes.append(0x0A)
            return bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
        }
        indentedLine.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<length])) }
    }

    private static let indentedLine: [UInt8] = [0x0A] + [UInt8](repeating: UInt8(ascii: " "), count: 64)

    /// Quotes and backslashes escaped, control characters as `\n`, `\t` or `\u00XX`; slashes
    /// and every other character as they are.
    static func writeString(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // Most text needs no escape: looked over and copied in one go from its own storage.
        var text = text
        let plain = text.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if plain { return bytes.append(UInt8(ascii: "\"")) }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

extension JSON {
    /// The JSON a page shows as its example, or nil when it is not JSON: read by the parser's
    /// own reader, so the document shows exactly the examples the parser accepted (it
    /// reports the others). `JSONSerialization` read them before, and building its Foundation
    /// objects, then asking each what it is, was a quarter of the document's time.
    static func parse(_ text: String) -> JSON? {
        OrderedJSON.parse(text, maximumDepth: 512).map(JSON.init(example:))
    }

    /// An integer as `int`, any other number as `double`; a repeated key keeps its last value.
    init(example value: OrderedJSON) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .integer(let number): self = .int(number)
        case .number(let number): self = .double(number)
        case .string(let text): self = .string(text)
        case .array(let elements): self = .array(elements.map(JSON.init(example:)))
        case .object(let pairs):
            var members = JSONMembers()
            for (key, element) in pairs { members[key] = JSON(example: element) }
            self = .object(members)
        }
    }
}

extension JSON: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: JSON...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSON)...) {
        var members = JSONMembers()
        for (key, value) in elements { members[key] = value }
        self = .object(members)
    }
}
