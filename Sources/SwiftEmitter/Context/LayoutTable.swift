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
    /// ASCII without a quote or backslash, and a key that does not end in a blank. Built from
    /// the bytes in one go; `line` would otherwise rebuild the text scalar by scalar.
    private static func plainLine(name: String, flags: String, key: String) -> String? {
        func isPlain(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C }
        guard let lastKeyByte = key.utf8.last, lastKeyByte != 0x20,
              key.utf8.allSatisfy(isPlain), name.utf8.allSatisfy(isPlain) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count + flags.utf8.count + key.utf8.count + 2)
        bytes.append(contentsOf: name.utf8.lazy.filter { $0 != UInt8(ascii: "`") })
        bytes.append(0x20)
        bytes.append(contentsOf: flags.utf8)
        bytes.append(0x20)
        bytes.append(contentsOf: key.utf8)
        return String(decoding: bytes, as: UTF8.self)
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
