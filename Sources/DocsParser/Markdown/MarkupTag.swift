/// One MDX tag as written on a line: `<ParamField query="page" type="integer" default="1">`.
struct MarkupTag: Equatable {
    var name: String
    var attributes: [String: String]
    /// Attribute names in the order written (the first of `query`/`body`/`path` says where).
    var attributeOrder: [String]
    var isClosing: Bool
    var isSelfClosing: Bool
    /// Text after the tag's `>` on the same line (one-line fields put their description there).
    var trailingText: Substring

    /// Whether `line` starts with something shaped like a tag (`<Name` or `</Name`).
    static func startsWithTag(_ line: Substring) -> Bool {
        var rest = line.trimmed()
        guard rest.startsWithText("<") else { return false }
        rest = rest.dropFirst()
        if rest.startsWithText("/") { rest = rest.dropFirst() }
        return rest.first?.isUppercase == true
    }

    /// Parses the tag at the start of `line` (after indentation). Returns nil when the line
    /// does not start with a tag, or the tag is not closed by `>` on this line.
    static func parse(_ line: Substring) -> MarkupTag? {
        var rest = line.trimmed()
        guard rest.utf8.first == UInt8(ascii: "<") || rest.utf8.first.map({ $0 >= 0x80 }) == true else { return nil }
        if rest.isPlainASCII { return parseASCII(rest) }
        guard rest.startsWithText("<"), !rest.startsWithText("<!--") else { return nil }
        rest = rest.dropFirst()
        let isClosing = rest.startsWithText("/")
        if isClosing { rest = rest.dropFirst() }
        let name = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" })
        guard let first = name.first, first.isUppercase else { return nil }
        rest = rest.dropFirst(name.count)
        var attributes: [String: String] = [:]
        var order: [String] = []
        while true {
            rest = rest.drop(while: { $0 == " " || $0 == "\t" })
            guard let next = rest.first else { return nil }  // no `>` on this line
            if next == ">" {
                return MarkupTag(name: String(name), attributes: attributes, attributeOrder: order, isClosing: isClosing,
                                 isSelfClosing: false, trailingText: rest.dropFirst())
            }
            if rest.startsWithText("/>") {
                return MarkupTag(name: String(name), attributes: attributes, attributeOrder: order, isClosing: isClosing,
                                 isSelfClosing: true, trailingText: rest.dropFirst(2))
            }
            let key = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" })
            guard !key.isEmpty else { return nil }
            rest = rest.dropFirst(key.count)
            var value = ""
            if rest.first == "=" {
                rest = rest.dropFirst()
                guard let (parsed, remainder) = attributeValue(rest) else { return nil }
                value = parsed
                rest = remainder
            }
            if attributes[String(key)] == nil { order.append(String(key)) }
            attributes[String(key)] = value
        }
    }

    /// `parse` on the bytes of a plain ASCII line, where every byte is one Character; the
    /// same steps, and the trailing text is the same slice of the line.
    private static func parseASCII(_ line: Substring) -> MarkupTag? {
        line.utf8Buffer { parseASCII(line, bytes: $0) }
    }

    private static func parseASCII(_ line: Substring, bytes: UnsafeBufferPointer<UInt8>) -> MarkupTag? {
        func isWord(_ byte: UInt8) -> Bool { byte.isASCIILetter || byte.isASCIIDigit }
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        func rest(from offset: Int) -> Substring { line[line.utf8.index(line.startIndex, offsetBy: offset)...] }
        guard bytes.first == UInt8(ascii: "<"), !bytes.starts(with: "<!--".utf8) else { return nil }
        var position = 1
        let isClosing = position < bytes.count && bytes[position] == UInt8(ascii: "/")
        if isClosing { position += 1 }
        let nameStart = position
        while position < bytes.count, isWord(bytes[position]) || bytes[position] == UInt8(ascii: ".") || bytes[position] == UInt8(ascii: "_") {
            position += 1
        }
        guard position > nameStart, bytes[nameStart].isASCIIUppercase else { return nil }
        let name = text(nameStart..<position)
        var attributes: [String: String] = [:]
        var order: [String] = []
        while true {
            while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
            guard position < bytes.count else { return nil }  // no `>` on this line
            if bytes[position] == UInt8(ascii: ">") {
                return MarkupTag(name: name, attributes: attributes, attributeOrder: order, isClosing: isClosing,
                                 isSelfClosing: false, trailingText: rest(from: position + 1))
            }
            if bytes[position] == UInt8(ascii: "/"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") {
                return MarkupTag(name: name, attributes: attributes, attributeOrder: order, isClosing: isClosing,
                                 isSelfClosing: true, trailingText: rest(from: position + 2))
            }
            let keyStart = position
            while position < bytes.count, isWord(bytes[position]) || bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "_")
                    || bytes[position] == UInt8(ascii: ":") {
                position += 1
            }
            guard position > keyStart else { return nil }
            let key = text(keyStart..<position)
            var value = ""
            if position < bytes.count, bytes[position] == UInt8(ascii: "=") {
                position += 1
                guard position < bytes.count else { return nil }
                let open = bytes[position]
                let close: UInt8
                switch open {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): close = open
                case UInt8(ascii: "{"): close = UInt8(ascii: "}")
                default: close = 0
                }
                if close == 0 {
                    let wordStart = position
                    while position < bytes.count, bytes[position] != UInt8(ascii: " "), bytes[position] != UInt8(ascii: ">"),
                          bytes[position] != UInt8(ascii: "/") { position += 1 }
                    value = text(wordStart..<position)
                } else {
                    guard let end = bytes[(position + 1)...].firstIndex(of: close) else { return nil }
                    var valueRange = (position + 1)..<end
                    if open == UInt8(ascii: "{"), valueRange.count >= 2, bytes[valueRange.lowerBound] == UInt8(ascii: "\"") || bytes[valueRange.lowerBound] == UInt8(ascii: "'"),
                       bytes[valueRange.upperBound - 1] == bytes[valueRange.lowerBound] {
                        valueRange = (valueRange.lowerBound + 1)..<(valueRange.upperBound - 1)
                    }
                    value = text(valueRange)
                    position = end + 1
                }
            }
            if attributes[key] == nil { order.append(key) }
            attributes[key] = value
        }
    }

    /// `"x"`, `'x'` or `{x}` (a JSX expression, taken as written without its braces).
    private static func attributeValue(_ text: Substring) -> (String, Substring)? {
        guard let open = text.first else { return nil }
        let close: Character
        switch open {
        case "\"", "'": close = open
        case "{": close = "}"
        default:
            let word = text.prefix(while: { $0 != " " && $0 != ">" && $0 != "/" })
            return (String(word), text.dropFirst(word.count))
        }
        let body = text.dropFirst()
        guard let end = body.firstIndex(of: close) else { return nil }
        var value = String(body[..<end])
        if open == "{", value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
            value = String(value.dropFirst().dropLast())
        }
        return (value, body[body.index(after: end)...])
    }
}
