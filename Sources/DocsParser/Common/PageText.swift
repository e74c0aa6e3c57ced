import Diagnostics
import Foundation

/// One line of a page with its 1-based number, so every fact can point back at its place.
struct PageLine: Sendable {
    let number: Int
    let text: Substring
    /// The text without surrounding whitespace, worked out once: the readers ask for it
    /// several times for every line.
    let trimmed: Substring

    init(number: Int, text: Substring) {
        self.number = number
        self.text = text
        self.trimmed = text.trimmed()
    }

    var isBlank: Bool { trimmed.isEmpty }
    /// 1-based column of the first non-blank character.
    var column: Int {
        // Blanks followed by an ASCII byte are one Character each; a non-ASCII byte may
        // combine with the blank before it, so that case counts Characters.
        let bytes = text.utf8
        var blanks = 0
        var index = bytes.startIndex
        while index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x09 {
            blanks += 1
            index = bytes.index(after: index)
        }
        if index == bytes.endIndex || bytes[index] < 0x80 { return blanks + 1 }
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
        var (raw, mayHoldNotice) = Self.rawLines(text)
        // A final newline does not make an extra empty line.
        if raw.count > 1, raw.last?.isEmpty == true { raw.removeLast() }
        var lines: [PageLine] = []
        lines.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let line = raw[index]
            index += 1
            guard mayHoldNotice[index - 1],
                  line.containsText("Documentation Index") || line.containsText("llms.txt") || line.containsText("Use this file to discover") else {
                lines.append(PageLine(number: index, text: line))
                continue
            }
            if let start = Self.noticeStart(line), let end = Self.noticeEnd(in: raw, after: index - 1) {
                let (spliced, resume) = Self.splice(prefix: start, number: index, raw: raw, end: end)
                lines += spliced
                index = resume
                continue
            }
            if let kept = Self.removingNotice(from: line) {
                lines.append(PageLine(number: index, text: kept))
            }
        }
        self.lines = lines
    }

    /// The text split at each line feed, less a final `\r`, so a page saved with Windows
    /// line ends (`\r\n`, one Character in Swift) reads the same as one with `\n`. Works on
    /// bytes; the lines are sliced at scalar boundaries.
    ///
    /// With each line comes whether it holds one of the notice's markers, found by searching
    /// the whole text once rather than every line three times.
    static func rawLines(_ text: String) -> (lines: [Substring], mayHoldNotice: [Bool]) {
        var bounds: [(start: Int, end: Int)] = []
        var mayHoldNotice: [Bool] = []
        text.utf8Buffer { bytes in
            var start = 0
            // The C library finds the line feeds, many bytes at a time.
            if let base = bytes.baseAddress {
                while start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
                    let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    bounds.append((start, offset))
                    start = offset + 1
                }
            }
            bounds.append((start, bytes.count))
            for index in bounds.indices where bounds[index].end > bounds[index].start && bytes[bounds[index].end - 1] == 0x0D {
                bounds[index].end -= 1  // the line's last Character is a lone `\r`
            }
            mayHoldNotice = Array(repeating: false, count: bounds.count)
            for marker in ["Documentation Index", "llms.txt", "Use this file to discover"] {
                marker.utf8Buffer { pattern in
                    var from = 0
                    var line = 0
                    while let found = bytes.firstOffset(of: pattern, from: from) {
                        while line + 1 < bounds.count, bounds[line + 1].start <= found { line += 1 }
                        mayHoldNotice[line] = true
                        from = found + 1
                    }
                }
            }
        }
        let utf8 = text.utf8
        var position = utf8.startIndex
        var offset = 0
        func index(_ target: Int) -> String.Index {
            position = utf8.index(position, offsetBy: target - offset)
            offset = target
            return position
        }
        let lines = bounds.map { start, end in
            let lower = index(start)
            return text[lower..<index(end)]
        }
        return (lines, mayHoldNotice)
    }

    // MARK: The notice spread over several lines

    /// The text before a "Documentation Index" that ends its line (the notice's first
    /// sentence), without Markdown markers; nil when the line does not end that way.
    static func noticeStart(_ line: Substring) -> Substring? {
        let content = line.trimmed(.whitespaces)
        guard content.endsWithText("Documentation Index") else { return nil }
        var prefix = line[..<line.index(content.endIndex, offsetBy: -"Documentation Index".count)]
        while let last = prefix.last, last == "#" || last == ">" || last == " " || last == "\t" { prefix = prefix.dropLast() }
        return prefix
    }

    /// Where the notice's other sentences end: the index of the raw line to resume at and
    /// any text glued after the last sentence. Nil when the next sentence is not there.
    static func noticeEnd(in raw: [Substring], after start: Int) -> (resume: Int, glued: Substring)? {
        var index = start + 1
        var sawFetch = false
        var last: (resume: Int, glued: Substring)?
        while index < raw.count, index <= start + 6 {
            let line = raw[index]
            if line.trimmed().isEmpty || line.trimmed() == ">" {
                index += 1
                continue
            }
            guard line.containsText("Fetch the complete documentation index") || line.containsText("Use this file to discover") else { break }
            sawFetch = sawFetch || line.containsText("Fetch the complete documentation index")
            let rest = removingNotice(from: line) ?? ""
            last = (index + 1, rest)
            index += 1
            if !rest.isEmpty { break }
        }
        return sawFetch ? last : nil
    }

    /// The lines that stand for the notice: nothing, the paragraph text before it, or that
    /// text joined with the text after it when the notice cut a sentence in two.
    private static func splice(prefix: Substring, number: Int, raw: [Substring], end: (resume: Int, glued: Substring)) -> ([PageLine], Int) {
        let before = prefix.trimmed(.whitespaces)
        var after = end.glued.trimmed(.whitespaces)
        var resume = end.resume
        if after.isEmpty, !before.isEmpty, resume < raw.count, !raw[resume].trimmed().isEmpty, let last = before.last, !".!?:".contains(last) {
            after = raw[resume].trimmed(.whitespaces)
            resume += 1
        }
        var result: [PageLine] = []
        switch (before.isEmpty, after.isEmpty) {
        case (true, true): break
        case (false, true): result.append(PageLine(number: number, text: prefix))
        case (true, false): result.append(PageLine(number: resume, text: after))
        case (false, false): result.append(PageLine(number: number, text: Substring(prefix + " " + after)))
        }
        return (result, resume)
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
        // Foundation's search and replace, answered from the bytes where they decide it
        // (`FoundationSearch`): every notice line is rewritten seven times.
        // Each sentence leaves a mark, so text glued to both of its ends (`….Documentation
        // IndexFetch …llms.txtUse this file … further.The next`) is kept apart by a space.
        let mark = "\u{1}"
        var text = String(line)
        for sentence in noticeSentences {
            text = text.replacingNonLiterally("> " + sentence, with: mark)
            text = text.replacingNonLiterally(sentence, with: mark)
        }
        // All three sentences on one line: the bare heading goes too.
        if line.containsText("Fetch the complete documentation index") {
            text = text.replacingNonLiterally("Documentation Index", with: mark)
        }
        // The notice can point at other llms.txt addresses; drop any "Fetch the complete…" sentence,
        // whose address ends at a blank or right after `llms.txt`.
        if let range = text.rangeNonLiterally(of: "Fetch the complete documentation index at:") {
            let rest = text[range.upperBound...].drop(while: { $0 == " " })
            var end = rest.firstIndex(of: " ") ?? rest.endIndex
            if let llms = rest[..<end].rangeNonLiterally(of: "llms.txt") { end = llms.upperBound }
            text.replaceSubrange(range.lowerBound..<end, with: mark)
        }
        guard text.contains(mark) || text.count != line.count else { return line }
        let pieces = text.components(separatedBy: mark).map { String($0.trimmed(.whitespaces)) }.filter { !$0.isEmpty && $0 != ">" }
        if pieces.isEmpty { return nil }
        // Keep the surrounding paragraph text joined as it would have read without the notice.
        return Substring(pieces.joined(separator: " ").replacingNonLiterally("  ", with: " "))
    }
}
