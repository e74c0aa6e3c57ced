/// The lines of the table a record's `JSONLayout` is read from (see `runtime/JSONLayout`):
/// Swift name, flags and JSON key, written as the inside of a multi-line string literal.
/// One string per type rather than a call per field keeps the SDK quick to compile.
enum LayoutTable {
    static func line(name: String, required: Bool, secret: Bool, key: String) -> String {
        let flags = required ? (secret ? "required,secret" : "required") : (secret ? "secret" : "-")
        let label = String(String.UnicodeScalarView(name.unicodeScalars.filter { $0 != "`" }))
        var text = literalContent(label) + " " + flags + " " + literalContent(tableEscaped(key))
        // The literal keeps trailing blanks, but editors and linters strip them: escape them.
        var trailing: [Unicode.Scalar] = []
        while let last = text.unicodeScalars.last, last.properties.isWhitespace {
            trailing.insert(last, at: 0)
            text = String(String.UnicodeScalarView(text.unicodeScalars.dropLast()))
        }
        return text + trailing.map { "\\u{\(String($0.value, radix: 16))}" }.joined()
    }

    /// The key with the table's own escapes, which the runtime reads back: a line break
    /// would end the line, so it is `\n`, and a backslash is `\\`.
    static func tableEscaped(_ key: String) -> String {
        guard key.unicodeScalars.contains(where: { $0 == "\\" || $0 == "\n" }) else { return key }
        var result = String.UnicodeScalarView()
        for scalar in key.unicodeScalars {
            switch scalar {
            case "\\": result.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": result.append(contentsOf: "\\n".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Text as it may stand inside a string literal: a single-line literal's escapes, which
    /// a multi-line literal reads the same way.
    private static func literalContent(_ text: String) -> String {
        String(SwiftLiteral.string(text).dropFirst().dropLast())
    }
}
