import Foundation

/// A value the SDK reads straight from the bytes of a JSON document: records, listings,
/// enums, dates and the standard types their fields hold.
public protocol JSONReadable {
    init(reading reader: inout JSONReader) throws
}

/// The SDK's own JSON decoder: one pass over the bytes, no intermediate tree, no `try?`
/// chain. Records match their keys against a table in the order the API writes them, so a
/// key costs one comparison of bytes; numbers keep their kind (`3.0` is a `Double`, `3` an
/// `Int`); a list page can skip a record that does not decode (see `ListResult`).
///
/// A failure is a `DecodingError` naming the coding path, as `JSONDecoder` would throw.
public struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// A page with a record that does not decode fails as a whole, rather than listing the
    /// record among its failures.
    public let isStrict: Bool
    /// The key being read in the innermost object, for an undocumented key.
    var keyStart = 0
    var keyEnd = 0
    var keyHasEscapes = false

    init(bytes: UnsafeBufferPointer<UInt8>, isStrict: Bool) {
        self.bytes = bytes
        self.isStrict = isStrict
    }

    /// Decodes a whole document; anything but whitespace after the value is an error.
    public static func decode<Value: JSONReadable>(_ type: Value.Type, from data: Data, strict: Bool = false) throws -> Value {
        try data.withUnsafeBytes { raw in
            var reader = JSONReader(bytes: raw.bindMemory(to: UInt8.self), isStrict: strict)
            do {
                let value = try Value(reading: &reader)
                reader.skipWhitespace()
                guard reader.index == reader.bytes.count else { throw reader.corrupted("unexpected text after the JSON value") }
                return value
            } catch let error as JSONReadError {
                throw error.decodingError
            }
        }
    }

    // MARK: Scanning

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// The next byte that is not whitespace, not consumed; nil at the end.
    mutating func peek() -> UInt8? {
        skipWhitespace()
        return index < bytes.count ? bytes[index] : nil
    }

    mutating func expect(_ byte: UInt8) throws {
        guard peek() == byte else { throw corrupted("expected '\(Character(Unicode.Scalar(byte)))'") }
        index += 1
    }

    mutating func consumeLiteral(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let start = literal.utf8Start
        for offset in 0..<count where bytes[index + offset] != start[offset] { return false }
        index += count
        return true
    }

    /// A value of the type the context asks for.
    public mutating func read<Value: JSONReadable>() throws -> Value {
        try Value(reading: &self)
    }

    /// Consumes `null` when it is next.
    public mutating func readNull() -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        return consumeLiteral("null")
    }

    /// What kind of value comes next, for an error message: never the value itself, which
    /// may be a credential.
    mutating func kindOfNext() -> String {
        switch peek() {
        case UInt8(ascii: "\""): "a string"
        case UInt8(ascii: "{"): "an object"
        case UInt8(ascii: "["): "an array"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): "a boolean"
        case UInt8(ascii: "n"): "null"
        case nil: "the end of the text"
        default: "a number"
        }
    }

    func corrupted(_ reason: String) -> JSONReadError {
        JSONReadError(kind: .corrupted, reason: "\(reason) at byte \(index)")
    }

    mutating func mismatch(_ expected: String) -> JSONReadError {
        JSONReadError(kind: .typeMismatch, reason: "Expected \(expected), found \(kindOfNext()).")
    }

    // MARK: Values

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

    // MARK: Containers

    /// Reads an object, calling `field` for each key with its index in `keys` (`-1` for a
    /// key the table does not hold, whose name is `currentKey()`). A failure inside a value
    /// names the key in its coding path.
    public mutating func readObject(_ keys: JSONKeyTable, _ field: (inout JSONReader, Int) throws -> Void) throws {
        guard peek() == UInt8(ascii: "{") else { throw mismatch("an object") }
        index += 1
        if peek() == UInt8(ascii: "}") {
            index += 1
            return
        }
        var expected = 0
        while true {
            guard peek() == UInt8(ascii: "\"") else { throw corrupted("expected a key") }
            let (range, hasEscapes) = try scanString()
            let (outerStart, outerEnd, outerEscapes) = (keyStart, keyEnd, keyHasEscapes)
            (keyStart, keyEnd, keyHasEscapes) = (range.lowerBound, range.upperBound, hasEscapes)
            let found = hasEscapes ? keys.index(of: try unescaped(range)) : keys.index(of: UnsafeBufferPointer(rebasing: bytes[range]), expected: expected)
            if found >= 0 { expected = found + 1 }
            try expect(UInt8(ascii: ":"))
            do {
                try field(&self, found)
            } catch var error as JSONReadError {
                let key = hasEscapes ? try unescaped(range) : String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                error.path.append(JSONKey(stringValue: key))
                throw error
            }
            (keyStart, keyEnd, keyHasEscapes) = (outerStart, outerEnd, outerEscapes)
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return
            default: throw corrupted("expected ',' or '}'")
            }
        }
    }

    /// The key whose value is being read.
    public func currentKey() throws -> String {
        let range = keyStart..<keyEnd
        return keyHasEscapes ? try unescaped(range) : String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Reads an array, calling `element` for each item with its position; a failure inside
    /// an item names the position in its coding path.
    public mutating func readArray(_ element: (inout JSONReader, Int) throws -> Void) throws {
        guard peek() == UInt8(ascii: "[") else { throw mismatch("an array") }
        index += 1
        if peek() == UInt8(ascii: "]") {
            index += 1
            return
        }
        var position = 0
        while true {
            do {
                try element(&self, position)
            } catch var error as JSONReadError {
                error.path.append(JSONKey(position))
                throw error
            }
            position += 1
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return
            default: throw corrupted("expected ',' or ']'")
            }
        }
    }

    /// Reads one item of a list that survives a bad item: on failure the item is skipped
    /// and its failure returned (in strict mode it is thrown).
    public mutating func readSkippingFailure<Value: JSONReadable>(_ type: Value.Type) throws -> Result<Value, DecodingError> {
        let start = index
        do {
            return .success(try Value(reading: &self))
        } catch let error as JSONReadError where !isStrict && error.kind != .corrupted {
            index = start
            try skipValue()
            return .failure(error.decodingError)
        }
    }

    /// The error for a documented field the record cannot do without.
    public func missing(_ key: String) -> any Error {
        JSONReadError(kind: .keyNotFound(key), reason: "The required field \(key) is missing or null.")
    }
}

/// A record's documented keys, for `JSONReader.readObject`.
public struct JSONKeyTable: Sendable {
    let keys: [[UInt8]]
    let positions: [String: Int]

    public init(_ keys: [String]) {
        self.keys = keys.map { Array($0.utf8) }
        var positions: [String: Int] = [:]
        for (position, key) in keys.enumerated() where positions[key] == nil { positions[key] = position }
        self.positions = positions
    }

    static let empty = JSONKeyTable([])

    /// The API writes a record's keys in one order: the key after the last one found is
    /// tried first, by its bytes, before the table is searched.
    func index(of key: UnsafeBufferPointer<UInt8>, expected: Int) -> Int {
        if expected < keys.count, keys[expected].withUnsafeBufferPointer({ $0.elementsEqual(key) }) { return expected }
        if keys.isEmpty { return -1 }
        return positions[String(decoding: key, as: UTF8.self)] ?? -1
    }

    func index(of key: String) -> Int {
        positions[key] ?? -1
    }
}

/// A failure while reading, with the coding path gathered on the way out (innermost first).
struct JSONReadError: Error {
    enum Kind: Equatable {
        case corrupted, typeMismatch, keyNotFound(String)
    }

    var kind: Kind
    var reason: String
    var path: [JSONKey] = []

    var decodingError: DecodingError {
        let codingPath = Array(path.reversed())
        switch kind {
        case .corrupted:
            return .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: reason))
        case .typeMismatch:
            return .typeMismatch(Any.self, DecodingError.Context(codingPath: codingPath, debugDescription: reason))
        case .keyNotFound(let key):
            return .keyNotFound(JSONKey(stringValue: key), DecodingError.Context(codingPath: codingPath, debugDescription: reason))
        }
    }
}
