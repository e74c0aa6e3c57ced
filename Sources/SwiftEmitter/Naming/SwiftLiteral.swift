/// Text from the docs made safe to place in Swift source.
public enum SwiftLiteral {
    /// A string literal that means exactly `text`: quotes, backslashes, `\(` and control
    /// characters are escaped, so no doc text can end the literal or inject code.
    public static func string(_ text: String) -> String {
        // Most text needs no escape at all: nothing below 0x20, no DEL, quote or backslash,
        // and no 0xC2 or 0xE2 byte (the lead bytes of the C1 controls and U+2028/U+2029).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0x22 || $0 == 0x5C || $0 == 0xC2 || $0 == 0xE2 }) {
            return "\"" + text + "\""
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x2028...0x2029).contains(scalar.value):
                result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Lines for a `///` doc comment. Every line gets its own `///`, so a newline in the
    /// docs cannot start a line of code; `*/` is harmless in line comments. Control
    /// characters are dropped and tabs become spaces.
    public static func docLines(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        let lines = splitLines(text).map { line -> String in
            // Most lines are plain; only rebuild those holding tabs, control characters (0xC2
            // leads the C1 controls) or trailing blanks.
            let plain = !line.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 } && line.utf8.last != UInt8(ascii: " ")
            if plain { return String(line) }
            return String(String.UnicodeScalarView(line.unicodeScalars.filter { !isControl($0) || $0 == "\t" })).replacingTabs()
        }
        var trimmed = lines[...]
        // All-blank bytes are all-blank Characters: a blank combined with a mark is not 0x20 alone.
        while let last = trimmed.last, last.utf8.allSatisfy({ $0 == UInt8(ascii: " ") }) { trimmed = trimmed.dropLast() }
        return trimmed.map { $0.isEmpty ? "" : " " + $0 }
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Lines ended by `\n`, `\r\n`, `\r`, or the separators editors show as line breaks
    /// (U+0085, U+2028, U+2029). `\r\n` is one Character, so splitting on `"\n"` alone
    /// would glue the two lines together.
    static func splitLines(_ text: String) -> [Substring] {
        // `\r`, and the lead bytes of U+0085 (0xC2) and U+2028/U+2029 (0xE2), need the slow path.
        guard text.utf8.contains(where: { $0 == 0x0D || $0 == 0xC2 || $0 == 0xE2 }) else {
            // Without a `\r`, every line feed is a Character of its own: split on the byte.
            return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
        }
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var lineStart = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" else {
                index = scalars.index(after: index)
                continue
            }
            lines.append(Substring(scalars[lineStart..<index]))
            index = scalars.index(after: index)
            if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
            lineStart = index
        }
        lines.append(Substring(scalars[lineStart...]))
        return lines
    }
}

extension String {
    fileprivate func replacingTabs() -> String {
        var result = ""
        for character in self { result.append(character == "\t" ? " " : character) }
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}
