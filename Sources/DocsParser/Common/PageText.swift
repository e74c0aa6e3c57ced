import Diagnostics

/// One line of a page with its 1-based number, so every fact can point back at its place.
struct PageLine: Sendable {
    var number: Int
    var text: Substring

    var trimmed: Substring { text.trimmed() }
    var isBlank: Bool { trimmed.isEmpty }
    /// 1-based column of the first non-blank character.
    var column: Int {
        var column = 1
        for character in text {
            guard character == " " || character == "\t" else { break }
            column += 1
        }
        return column
    }
}

/// The lines of a page, without the "Documentation Index" notice the export injects,
/// sometimes in the middle of a paragraph.
struct PageText: Sendable {
    let file: String
    let lines: [PageLine]

    init(file: String, lines: [PageLine]) {
        self.file = file
        self.lines = lines
    }

    init(file: String, text: String) {
        self.file = file
        var lines: [PageLine] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = raw
            if line.hasSuffix("\r") { line = line.dropLast() }
            if let kept = Self.removingNotice(from: line) {
                lines.append(PageLine(number: number, text: kept))
            }
        }
        // A final newline does not make an extra empty line.
        if let last = lines.last, last.text.isEmpty, last.number == number { lines.removeLast() }
        self.lines = lines
    }

    func location(_ line: PageLine, column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line.number, column: column ?? line.column)
    }

    /// The three sentences of the site-wide notice. They carry no fact about the endpoint.
    static let noticeSentences = [
        "## Documentation Index",
        "Fetch the complete documentation index at: https://learn.nexudus.com/llms.txt",
        "Use this file to discover all available pages before exploring further.",
    ]

    /// Returns the line without the notice, or nil when nothing but the notice was on it.
    static func removingNotice(from line: Substring) -> Substring? {
        guard line.containsText("Documentation Index") || line.containsText("llms.txt") || line.containsText("Use this file to discover") else {
            return line
        }
        var text = String(line)
        for sentence in noticeSentences {
            text = text.replacingOccurrences(of: "> " + sentence, with: "")
            text = text.replacingOccurrences(of: sentence, with: "")
        }
        // The notice can point at other llms.txt addresses; drop any "Fetch the complete…" sentence.
        if let range = text.range(of: "Fetch the complete documentation index at:") {
            let rest = text[range.upperBound...].drop(while: { $0 == " " })
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            text.removeSubrange(range.lowerBound..<end)
        }
        let remaining = text.trimmed()
        if remaining.isEmpty || remaining == ">" { return nil }
        if text.count == line.count { return line }
        // Keep the surrounding paragraph text joined as it would have read without the notice.
        return Substring(text.replacingOccurrences(of: "  ", with: " ").trimmed(.whitespaces))
    }
}
