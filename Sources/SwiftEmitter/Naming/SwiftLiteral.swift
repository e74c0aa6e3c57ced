/// Text from the docs made safe to place in Swift source.
public enum SwiftLiteral {
    /// A string literal that means exactly `text`: quotes, backslashes, `\(` and control
    /// characters are escaped, so no doc text can end the literal or inject code.
    public static func string(_ text: String) -> String {
        // Most text needs no escape at all: nothing below 0x20, no DEL, quote or backslash,
        // and no 0xC2 or 0xE2 byte (the lead bytes of the C1 controls and U+2028/U+2029).
        if !UTF8Scan.contains(text, where: { $0 < 0x20 || $0 == 0x7F || $0 == 0x22 || $0 == 0x5C || $0 == 0xC2 || $0 == 0xE2 }) {
            return String.concatenating(["\"", text, "\""])
        }
        var text = text
        return text.withUTF8(escaped)
    }

    /// The escaping done on UTF-8 bytes (example JSON bodies are long and full of quotes).
    /// ASCII is escaped byte by byte; of the other scalars only the C1 controls (`C2 80` to
    /// `C2 9F`, whose value is their second byte) and U+2028/U+2029 (`E2 80 A8`/`A9`) are.
    private static func escaped(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var result: [UInt8] = [0x22]
        result.reserveCapacity(bytes.count + bytes.count / 8 + 2)
        func append(_ text: String) { result.append(contentsOf: text.utf8) }
        func appendCode(_ value: UInt32) { append("\\u{\(String(value, radix: 16))}") }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x22: append("\\\"")
            case 0x5C: append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case _ where byte < 0x20 || byte == 0x7F:
                appendCode(UInt32(byte))
            case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                appendCode(UInt32(bytes[index + 1]))
                index += 1
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                appendCode(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                index += 2
            default:
                result.append(byte)
            }
            index += 1
        }
        result.append(0x22)
        return String(decoding: result, as: UTF8.self)
    }

    /// Lines for a `///` doc comment. Every line gets its own `///`, so a newline in the
    /// docs cannot start a line of code; `*/` is harmless in line comments. Control
    /// characters are dropped and tabs become spaces.
    /// `extraCapacity`: room for lines the caller adds (the provenance line and the blank
    /// before it), so adding them does not move every line to a larger array.
    public static func docLines(_ text: String?, extraCapacity: Int = 0) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        if let lines = asciiDocLines(text, extraCapacity: extraCapacity) { return lines }
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

    /// A `Double` literal for a number the docs wrote, or nil when it is none. `Double(_:)`
    /// also reads `.5`, `5.`, `inf` and `nan(x)`, which are no Swift literal (`nan(x)` would
    /// even be a call), so only plain decimal text is kept as written; any other finite
    /// value is written the way Swift prints it (`.5` → `0.5`).
    public static func double(_ text: String) -> String? {
        guard let value = Double(text), value.isFinite else { return nil }
        return isPlainDecimal(text) ? text : "\(value)"
    }

    /// `-12`, `1.5`, `1e-3`: an optional minus, digits, an optional fraction and exponent.
    static func isPlainDecimal(_ text: String) -> Bool {
        var rest = Substring(text)
        func digits() -> Bool {
            let count = rest.prefix { $0.isASCII && $0.isNumber }.count
            rest = rest.dropFirst(count)
            return count > 0
        }
        if rest.first == "-" { rest = rest.dropFirst() }
        guard digits() else { return false }
        if rest.first == "." {
            rest = rest.dropFirst()
            guard digits() else { return false }
        }
        if rest.first == "e" || rest.first == "E" {
            rest = rest.dropFirst()
            if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
            guard digits() else { return false }
        }
        return rest.isEmpty
    }

    /// Text for the middle of one doc comment line (an enum value's name, a file path): line
    /// breaks become spaces and control characters go. A lone `\r` ends a `//` comment for
    /// Swift, so a table cell holding one could otherwise turn the rest of the cell into code.
    public static func docText(_ text: String) -> String {
        docLines(text).map { $0.drop(while: { $0 == " " }) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// `docLines` for ASCII text whose only control character is `\n`, the common case, in
    /// one pass: there a line is rebuilt only to lose its trailing blanks, and blank lines
    /// at the end are dropped.
    private static func asciiDocLines(_ text: String, extraCapacity: Int) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var lineCount = 1
            for byte in bytes {
                if byte == 0x0A { lineCount += 1 } else if byte >= 0x7F || byte < 0x20 { return nil }
            }
            var lines: [String] = []
            lines.reserveCapacity(lineCount + extraCapacity)
            var start = 0
            var lastContent = -1  // index in `lines` of the last line with text
            for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x0A {
                var stop = end
                while stop > start, bytes[stop - 1] == 0x20 { stop -= 1 }
                if stop > start {
                    // The blank after `///` and the line's text, made as one string.
                    let line = UnsafeBufferPointer(rebasing: bytes[start..<stop])
                    lines.append(String(unsafeUninitializedCapacity: line.count + 1) { buffer in
                        buffer[0] = UInt8(ascii: " ")
                        _ = UnsafeMutableBufferPointer(rebasing: buffer[1...]).initialize(from: line)
                        return line.count + 1
                    })
                    lastContent = lines.count - 1
                } else {
                    lines.append("")
                }
                start = end + 1
            }
            lines.removeSubrange((lastContent + 1)...)
            return lines
        }
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Lines ended by `\n`, `\r\n`, `\r`, or the separators editors show as line breaks
    /// (U+0085, U+2028, U+2029). `\r\n` is one Character, so splitting on `"\n"` alone
    /// would glue the two lines together.
    static func splitLines(_ text: String) -> [Substring] {
        // `\r`, and the lead bytes of U+0085 (0xC2) and U+2028/U+2029 (0xE2), need the slow path.
        guard UTF8Scan.contains(text, where: { $0 == 0x0D || $0 == 0xC2 || $0 == 0xE2 }) else {
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
