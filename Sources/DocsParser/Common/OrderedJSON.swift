/// A JSON value that keeps object keys in the order written. The docs' JSON skeletons and
/// examples are read with it, because field order is a fact the generated code preserves
/// and `JSONSerialization` forgets it.
public enum OrderedJSON: Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([OrderedJSON])
    case object([(key: String, value: OrderedJSON)])

    public static func == (lhs: OrderedJSON, rhs: OrderedJSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.integer(let a), .integer(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        default: false
        }
    }

    /// Parses `text`, or returns nil when it is not JSON. Nesting is bounded so a hostile
    /// page cannot exhaust the stack.
    public static func parse(_ text: String, maximumDepth: Int = 64) -> OrderedJSON? {
        var parser = Parser(bytes: Array(text.utf8), maximumDepth: maximumDepth)
        guard let value = parser.value(depth: 0) else { return nil }
        parser.skipSpace()
        return parser.position == parser.bytes.count ? value : nil
    }

    private struct Parser {
        let bytes: [UInt8]
        let maximumDepth: Int
        var position = 0

        init(bytes: [UInt8], maximumDepth: Int) {
            self.bytes = bytes
            self.maximumDepth = maximumDepth
        }

        mutating func skipSpace() {
            while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
        }

        mutating func value(depth: Int) -> OrderedJSON? {
            guard depth < maximumDepth else { return nil }
            skipSpace()
            guard position < bytes.count else { return nil }
            switch bytes[position] {
            case UInt8(ascii: "{"): return object(depth: depth)
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "\""): return string().map(OrderedJSON.string)
            case UInt8(ascii: "t"): return literal("true", .bool(true))
            case UInt8(ascii: "f"): return literal("false", .bool(false))
            case UInt8(ascii: "n"): return literal("null", .null)
            default: return number()
            }
        }

        private mutating func literal(_ word: String, _ value: OrderedJSON) -> OrderedJSON? {
            let utf8 = Array(word.utf8)
            guard position + utf8.count <= bytes.count, Array(bytes[position..<position + utf8.count]) == utf8 else { return nil }
            position += utf8.count
            return value
        }

        private mutating func number() -> OrderedJSON? {
            let start = position
            while position < bytes.count, "+-0123456789.eE".utf8.contains(bytes[position]) { position += 1 }
            guard position > start else { return nil }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            if let integer = Int(text) { return .integer(integer) }
            return Double(text).map(OrderedJSON.number)
        }

        private mutating func string() -> String? {
            position += 1
            var chunkStart = position
            var result = ""
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    result += String(decoding: bytes[chunkStart..<position], as: UTF8.self)
                    position += 1
                    return result
                }
                if byte == UInt8(ascii: "\\") {
                    result += String(decoding: bytes[chunkStart..<position], as: UTF8.self)
                    position += 1
                    guard position < bytes.count else { return nil }
                    let escape = bytes[position]
                    position += 1
                    switch escape {
                    case UInt8(ascii: "n"): result += "\n"
                    case UInt8(ascii: "t"): result += "\t"
                    case UInt8(ascii: "r"): result += "\r"
                    case UInt8(ascii: "b"): result += "\u{8}"
                    case UInt8(ascii: "f"): result += "\u{C}"
                    case UInt8(ascii: "u"):
                        guard let code = hexCode(at: position) else { return nil }
                        position += 4
                        // A surrogate pair is one character (`\ud83d\ude00`); a lone surrogate is none.
                        if (0xD800..<0xDC00).contains(code), position + 6 <= bytes.count, bytes[position] == UInt8(ascii: "\\"),
                           bytes[position + 1] == UInt8(ascii: "u"), let low = hexCode(at: position + 2), (0xDC00..<0xE000).contains(low) {
                            position += 6
                            result.unicodeScalars.append(Unicode.Scalar(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}")
                        } else {
                            result.unicodeScalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                        }
                    default: result.unicodeScalars.append(Unicode.Scalar(escape))
                    }
                    chunkStart = position
                    continue
                }
                position += 1
            }
            return nil
        }

        /// The four hex digits of a `\u` escape at `start`.
        private func hexCode(at start: Int) -> UInt32? {
            guard start + 4 <= bytes.count else { return nil }
            return UInt32(String(decoding: bytes[start..<start + 4], as: UTF8.self), radix: 16)
        }

        private mutating func array(depth: Int) -> OrderedJSON? {
            position += 1
            var items: [OrderedJSON] = []
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
            while true {
                guard let item = value(depth: depth + 1) else { return nil }
                items.append(item)
                skipSpace()
                guard position < bytes.count else { return nil }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
                return nil
            }
        }

        private mutating func object(depth: Int) -> OrderedJSON? {
            position += 1
            var members: [(key: String, value: OrderedJSON)] = []
            skipSpace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") { position += 1; return .object(members) }
            while true {
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), let key = string() else { return nil }
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return nil }
                position += 1
                guard let member = value(depth: depth + 1) else { return nil }
                members.append((key, member))
                skipSpace()
                guard position < bytes.count else { return nil }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                if bytes[position] == UInt8(ascii: "}") { position += 1; return .object(members) }
                return nil
            }
        }
    }
}
