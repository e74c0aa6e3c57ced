/// The start of one member of a pretty-printed JSON object: `,` after the first member, a
/// line break, two blanks a level, and the quoted key with the separator after it (`" : "`
/// in `JSONEncoder`'s layout, which the schema file keeps; `": "` in the OpenAPI document).
/// Put together on the stack and appended once: the schema file and the OpenAPI document of
/// a large API hold millions of keys, and five appends for each cost four times as much.
/// The key must need no escape.
public enum JSONKeyLine {
    @inlinable
    public static func append(key: UnsafeBufferPointer<UInt8>, separator: StaticString, indent: Int, afterComma: Bool,
                              to bytes: inout [UInt8]) {
        let blanks = 2 * indent
        let length = (afterComma ? 1 : 0) + 1 + blanks + 1 + key.count + 1 + separator.utf8CodeUnitCount
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
            var position = buffer.baseAddress!
            func put(_ byte: UInt8) {
                position.initialize(to: byte)
                position += 1
            }
            if afterComma { put(UInt8(ascii: ",")) }
            put(0x0A)
            position.initialize(repeating: UInt8(ascii: " "), count: blanks)
            position += blanks
            put(UInt8(ascii: "\""))
            if let start = key.baseAddress { position.initialize(from: start, count: key.count) }
            position += key.count
            put(UInt8(ascii: "\""))
            position.initialize(from: separator.utf8Start, count: separator.utf8CodeUnitCount)
            bytes.append(contentsOf: UnsafeBufferPointer(buffer))
        }
    }
}
