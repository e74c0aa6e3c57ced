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
        guard rest.hasPrefix("<") else { return false }
        rest = rest.dropFirst()
        if rest.hasPrefix("/") { rest = rest.dropFirst() }
        return rest.first?.isUppercase == true
    }

    /// Parses the tag at the start of `line` (after indentation). Returns nil when the line
    /// does not start with a tag, or the tag is not closed by `>` on this line.
    static func parse(_ line: Substring) -> MarkupTag? {
        var rest = line.trimmed()
        guard rest.hasPrefix("<"), !rest.hasPrefix("<!--") else { return nil }
        rest = rest.dropFirst()
        let isClosing = rest.hasPrefix("/")
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
            if rest.hasPrefix("/>") {
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
