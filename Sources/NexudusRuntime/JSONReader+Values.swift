import Foundation

/// The scalar values: booleans, numbers (kept as integer or decimal, as written) and strings
/// (read in place when they hold no escape), and any value or a skipped one.
extension JSONReader {
    public mutating func readBool() throws -> Bool {
        if peek() == UInt8(ascii: "t"), consumeLiteral("true") { return true }
        if peek() == UInt8(ascii: "f"), consumeLiteral("false") { return false }
        throw mismatch("a boolean")
    }

    /// The number's bytes, and whether it has a fraction or an exponent.
    mutating func scanNumber() throws -> (Range<Int>, isInteger: Bool) {
        guard let first = peek(), first == UInt8(ascii: "-") || (first >= 0x30 && first <= 0x39) else { throw mismatch("a number") }
        let start = index
        var isInteger = true
        index += 1
        while index < bytes.count {
            switch bytes[index] {
            case 0x30...0x39: index += 1
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-"):
                isInteger = false
                index += 1
            default:
                return (start..<index, isInteger)
            }
        }
        return (start..<index, isInteger)
    }

    /// An integer; a whole number written as a decimal (`3.0`) is one too.
    public mutating func readInt() throws -> Int {
        let (range, isInteger) = try scanNumber()
        if isInteger, let value = integer(range) { return value }
        let double = try double(range)
        guard let value = Int(exactly: double) else {
            index = range.lowerBound
            throw JSONReadError(kind: .typeMismatch, reason: "Expected an integer, found a number with a fraction.")
        }
        return value
    }

    public mutating func readDouble() throws -> Double {
        let (range, isInteger) = try scanNumber()
        if isInteger, let value = integer(range) { return Double(value) }
        return try double(range)
    }

    func integer(_ range: Range<Int>) -> Int? {
        var position = range.lowerBound
        let negative = bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        guard position < range.upperBound, range.upperBound - position <= 18 else { return slowInteger(range) }
        var value = 0
        while position < range.upperBound {
            value = value &* 10 &+ Int(bytes[position] &- 0x30)
            position += 1
        }
        return negative ? -value : value
    }

    func slowInteger(_ range: Range<Int>) -> Int? {
        Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
    }

    func double(_ range: Range<Int>) throws -> Double {
        guard let value = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)) else {
            throw corrupted("not a number")
        }
        return value
    }

    public mutating func readString() throws -> String {
        guard peek() == UInt8(ascii: "\"") else { throw mismatch("a string") }
        let (range, hasEscapes) = try scanString()
        return hasEscapes ? try unescaped(range) : String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The bytes between the quotes, the quotes consumed.
    mutating func scanString() throws -> (Range<Int>, hasEscapes: Bool) {
        index += 1
        let start = index
        var hasEscapes = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return (start..<(index - 1), hasEscapes)
            }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                index += 2
            } else {
                index += 1
            }
        }
        throw corrupted("unterminated string")
    }

    func unescaped(_ range: Range<Int>) throws -> String {
        var result: [UInt8] = []
        result.reserveCapacity(range.count)
        var position = range.lowerBound
        func hex(_ at: Int) throws -> UInt32 {
            guard at + 4 <= range.upperBound,
                  let value = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[at..<(at + 4)]), as: UTF8.self), radix: 16) else {
                throw corrupted("bad \\u escape")
            }
            return value
        }
        while position < range.upperBound {
            let byte = bytes[position]
            guard byte == UInt8(ascii: "\\"), position + 1 < range.upperBound else {
                result.append(byte)
                position += 1
                continue
            }
            let escape = bytes[position + 1]
            position += 2
            switch escape {
            case UInt8(ascii: "n"): result.append(0x0A)
            case UInt8(ascii: "t"): result.append(0x09)
            case UInt8(ascii: "r"): result.append(0x0D)
            case UInt8(ascii: "b"): result.append(0x08)
            case UInt8(ascii: "f"): result.append(0x0C)
            case UInt8(ascii: "u"):
                var scalar = try hex(position)
                position += 4
                if (0xD800..<0xDC00).contains(scalar), position + 6 <= range.upperBound,
                   bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
                    let low = try hex(position + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        position += 6
                    }
                }
                result.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
            default: result.append(escape)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Any JSON value, integers and decimals kept apart.
    public mutating func readValue() throws -> JSONValue {
        switch peek() {
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "{"):
            var object: [String: JSONValue] = [:]
            try readObject(.empty) { reader, _ in object[try reader.currentKey()] = try reader.readValue() }
            return .object(object)
        case UInt8(ascii: "["):
            var items: [JSONValue] = []
            try readArray { reader, _ in items.append(try reader.readValue()) }
            return .array(items)
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool(try readBool())
        case UInt8(ascii: "n"):
            guard consumeLiteral("null") else { throw corrupted("not a JSON value") }
            return .null
        case nil: throw corrupted("unexpected end of the text")
        default:
            let (range, isInteger) = try scanNumber()
            if isInteger, let value = integer(range) { return .integer(value) }
            return .number(try double(range))
        }
    }

    /// Skips one value of any kind.
    public mutating func skipValue() throws {
        switch peek() {
        case UInt8(ascii: "\""): _ = try scanString()
        case UInt8(ascii: "{"): try readObject(.empty) { reader, _ in try reader.skipValue() }
        case UInt8(ascii: "["): try readArray { reader, _ in try reader.skipValue() }
        default: _ = try readValue()
        }
    }
}
