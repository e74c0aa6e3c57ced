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
