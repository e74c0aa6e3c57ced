/// Reads generated Swift the way the compiler splits it into comments, string literals and
/// code, to prove that text from the docs reached only the first two. Good enough for what
/// the templates write: line comments, one-line `"…"` literals, no block comments and no
/// multi-line or raw literals (a `"""` or `#"` in code would itself be a finding).
enum SwiftCodeScan {
    /// One physical line as Swift sees it: split at `\n` and `\r` and every other line break,
    /// so a lone `\r` inside a `///` line shows up as the code line it would become.
    struct Line: Equatable {
        var number: Int
        var text: String
    }

    static func lines(_ source: String) -> [Line] {
        var lines: [Line] = []
        var current = ""
        for character in source {
            if character.isNewline {
                lines.append(Line(number: lines.count + 1, text: current))
                current = ""
            } else {
                current.append(character)
            }
        }
        lines.append(Line(number: lines.count + 1, text: current))
        return lines
    }

    /// The parts of a line that are neither a `//` comment nor inside a string literal;
    /// empty for a comment line. Escapes (`\"`, `\\`, `\(`) stay inside the literal.
    static func code(_ line: String) -> String {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.hasPrefix("//") { return "" }
        var code = ""
        var inLiteral = false
        var escaped = false
        var previous: Character?
        for character in trimmed {
            defer { previous = character }
            if inLiteral {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inLiteral = false }
                continue
            }
            if character == "\"" { inLiteral = true; continue }
            if character == "/", previous == "/" { code.removeLast(); break }  // a trailing comment
            code.append(character)
        }
        return code
    }

    /// Lines whose code (outside comments and literals) contains `word`, as `path:line: text`.
    static func codeLines(containing word: String, in files: [(path: String, contents: String)]) -> [String] {
        files.flatMap { file in
            lines(file.contents).filter { code($0.text).contains(word) }.map { "\(file.path):\($0.number): \($0.text)" }
        }
    }
}
