/// The lines of the table a record's `JSONLayout` is read from (see `runtime/JSONLayout`):
/// Swift name, flags and JSON key, written as the inside of a multi-line string literal.
/// One string per type rather than a call per field keeps the SDK quick to compile.
enum LayoutTable {
    static func line(name: String, required: Bool, secret: Bool, key: String) -> String {
        let flags = required ? (secret ? "required,secret" : "required") : (secret ? "secret" : "-")
        if let plain = plainLine(name: name, flags: flags, key: key) { return plain }
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

    /// The line when nothing in it needs an escape, the case of nearly every field: printable
    /// ASCII without a quote, backslash or backquote, and a key that does not end in a blank.
    /// Checked on the strings' bytes (`UTF8Scan`) and joined as they are; `line` would
    /// otherwise rebuild the text scalar by scalar.
    private static func plainLine(name: String, flags: String, key: String) -> String? {
        func isPlain(_ text: String) -> Bool {
            !UTF8Scan.contains(text) { $0 < 0x20 || $0 >= 0x7F || $0 == 0x22 || $0 == 0x5C || $0 == 0x60 }
        }
        guard let lastKeyByte = key.utf8.last, lastKeyByte != 0x20, isPlain(key), isPlain(name) else { return nil }
        return String.concatenating([name, " ", flags, " ", key])
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
