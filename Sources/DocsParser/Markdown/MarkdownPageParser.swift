import Diagnostics

/// Reads the Markdown/MDX export of an endpoint page.
struct MarkdownPageParser {
    let text: PageText
    var page: ParsedPage
    var index = 0
    var section: Section = .preamble
    var subsection: Subsection?
    var sawHeading = false
    var descriptionLines: [Substring] = []
    /// How many `<ParamField>`/`<ResponseField>` tags were met on each line, read or
    /// reported, for the field audit.
    var fieldTagLines: [Int: Int] = [:]
    /// Lines holding a method and path (`openapi: get /api/…`), if the export carries one.
    var declaredEndpoint: (HTTPMethod, String, PageLine)?
    var sawResponseSection = false

    static let maximumNesting = 32

    init(text: PageText) {
        self.text = text
        self.page = ParsedPage(file: text.file, format: .markdown)
    }

    mutating func parse() -> ParsedPage {
        while index < text.lines.count {
            let line = text.lines[index]
            let trimmed = line.trimmed
            if trimmed.isEmpty {
                index += 1
            } else if trimmed.startsWithText("```") {
                readCodeBlock(title: nil)
            } else if Self.isHeading(trimmed) {
                readHeading(line)
            } else if MarkupTag.startsWithTag(trimmed) {
                readTag(line)
            } else {
                readProse(line)
            }
        }
        page.description = Self.joinParagraphs(descriptionLines)
        var finisher = PageFinisher(page: page, text: text)
        finisher.declaredEndpoint = declaredEndpoint
        finisher.hasResponseSection = sawResponseSection
        finisher.finish()
        page = finisher.page
        auditFieldCount()
        return page
    }

    // MARK: Headings and prose

    /// An ATX heading as Markdown defines it: one to six `#` and then a blank or the line's
    /// end. `#if false` or `#123` in prose is text, not a heading.
    static func isHeading(_ trimmed: Substring) -> Bool {
        let level = trimmed.utf8.prefix(while: { $0 == UInt8(ascii: "#") }).count
        guard (1...6).contains(level) else { return false }
        let rest = trimmed.utf8.dropFirst(level)
        return rest.isEmpty || rest.first == UInt8(ascii: " ") || rest.first == UInt8(ascii: "\t")
    }

    private mutating func readHeading(_ line: PageLine) {
        index += 1
        let trimmed = line.trimmed
        let level = trimmed.prefix(while: { $0 == "#" }).count
        let heading = trimmed.dropFirst(level).trimmed()
        switch level {
        case 1 where page.title == nil:
            page.title = String(heading)
            readSummary()
        case 2:
            sawHeading = true
            subsection = nil
            if let known = Section.named(heading) {
                section = known
                if known == .response { sawResponseSection = true }
            } else {
                section = .unknown
                warn(.unknownHeading, "unknown section '\(heading)'; its content is read as notes", at: line)
            }
        case 3...6 where section == .preamble && page.title != nil:
            // A heading inside the description ("### Booking policies and restrictions") is
            // part of its text, not a section of the page.
            descriptionLines += [line.text, ""]
        case 3, 4:
            if let known = Subsection.named(heading, in: section) {
                subsection = known
            } else if section == .response, heading.lowercased().contains("example") {
                break
            } else {
                warn(.unknownHeading, "unknown heading '\(heading)' in this section", at: line)
            }
        default:
            warn(.unknownHeading, "unexpected heading '\(heading)'", at: line)
        }
    }

    /// The `> summary` block quote right under the title.
    private mutating func readSummary() {
        var lines: [Substring] = []
        while index < text.lines.count {
            let trimmed = text.lines[index].trimmed
            if trimmed.isEmpty && lines.isEmpty { index += 1; continue }
            guard trimmed.startsWithText(">") else { break }
            lines.append(trimmed.dropFirst().trimmed())
            index += 1
        }
        if !lines.isEmpty { page.summary = lines.joined(separator: " ") }
    }

    private mutating func readProse(_ line: PageLine) {
        index += 1
        if let endpoint = Self.endpointDeclaration(line.trimmed), declaredEndpoint == nil {
            declaredEndpoint = (endpoint.0, endpoint.1, line)
            return
        }
        switch section {
        case .preamble:
            descriptionLines.append(line.text)
            // Keep paragraph breaks: the next blank line is part of the description.
            if index < text.lines.count, text.lines[index].isBlank { descriptionLines.append("") }
        case .authentication:
            if let role = DescriptionFacts.role(in: String(line.trimmed)) { page.role = role }
        default:
            // Prose between fields ("Returns an array of …") is a fact about the section.
            var lines = [line.trimmed]
            while index < text.lines.count, !text.lines[index].isBlank,
                  !MarkupTag.startsWithTag(text.lines[index].trimmed), !Self.isHeading(text.lines[index].trimmed),
                  !text.lines[index].trimmed.startsWithText("```") {
                lines.append(text.lines[index].trimmed)
                index += 1
            }
            page.notes.append(PageNote(kind: .other, text: lines.joined(separator: " "), at: text.location(line)))
        }
    }

    /// `openapi: get /api/spaces/coworkers` or `GET /api/spaces/coworkers`.
    static func endpointDeclaration(_ line: Substring) -> (HTTPMethod, String)? {
        // Every prose line is asked; an ASCII line of more than three words is none, and is
        // told from its bytes without splitting it into Characters.
        if Self.hasMoreThanThreeASCIIWords(line) { return nil }
        var words = line.split(separator: " ")
        if words.first == "openapi:" { words.removeFirst() }
        guard words.count == 2, let method = HTTPMethod(rawValue: words[0].uppercased()), words[1].startsWithText("/") else {
            return nil
        }
        return (method, String(words[1]))
    }

    /// Whether `line` is ASCII and has more than three words between spaces (for ASCII,
    /// a byte is a Character, so this is what `split(separator: " ")` would count).
    static func hasMoreThanThreeASCIIWords(_ line: Substring) -> Bool {
        var words = 0
        var previous = UInt8(ascii: " ")
        for byte in line.utf8 {
            guard byte < 0x80 else { return false }
            if byte != UInt8(ascii: " "), previous == UInt8(ascii: " ") {
                words += 1
                if words > 3 { return true }
            }
            previous = byte
        }
        return false
    }

    /// The lines as Markdown paragraphs, one blank line between. The indentation all lines
    /// share (a tag's body is indented) is dropped and deeper indentation kept, so a nested
    /// list item stays nested; trailing blanks go.
    static func joinParagraphs(_ lines: [Substring]) -> String? {
        let indent = lines.lazy.filter { !$0.trimmed().isEmpty }.map(leadingSpaces).min() ?? 0
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in lines + [""] {
            if line.trimmed().isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
                current = []
            } else {
                // Every line with text starts with `indent` spaces, each one byte.
                let kept = line[line.utf8.index(line.startIndex, offsetBy: indent)...]
                // Only a list item keeps its extra indentation: elsewhere it would make a code block.
                current.append(Self.isNestedListItem(kept) ? Self.withoutTrailingBlanks(kept) : kept.trimmed(.whitespaces))
            }
        }
        return paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n\n")
    }

    /// `line.prefix { $0 == " " }.count`, counted on the bytes unless a non-ASCII byte
    /// (a mark that may join the last space) follows the spaces.
    static func leadingSpaces(_ line: Substring) -> Int {
        let counted = line.utf8Buffer { bytes -> Int? in
            var count = 0
            while count < bytes.count, bytes[count] == UInt8(ascii: " ") { count += 1 }
            return count < bytes.count && bytes[count] >= 0x80 ? nil : count
        }
        return counted ?? line.prefix { $0 == " " }.count
    }

    static func withoutTrailingBlanks(_ line: Substring) -> Substring {
        var end = line.endIndex
        while end > line.startIndex, line[line.index(before: end)].isWhitespace { end = line.index(before: end) }
        return line[..<end]
    }

    /// `  - x`, `    1. x`: a list item indented under another.
    static func isNestedListItem(_ line: Substring) -> Bool {
        // A first Character that is a space starts with that byte.
        guard line.utf8.first == UInt8(ascii: " "), line.first == " " else { return false }
        let item = line.drop { $0 == " " }
        if item.startsWithText("- ") || item.startsWithText("* ") || item.startsWithText("+ ") { return true }
        let digits = item.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && (item.dropFirst(digits.count).startsWithText(". ") || item.dropFirst(digits.count).startsWithText(") "))
    }

    // MARK: Diagnostics

    mutating func warn(_ id: DiagnosticID, _ message: String, at line: PageLine, column: Int? = nil) {
        page.diagnostics.append(.warning(id, message, at: text.location(line, column: column)))
    }

    mutating func error(_ id: DiagnosticID, _ message: String, at line: PageLine, column: Int? = nil) {
        page.diagnostics.append(.error(id, message, at: text.location(line, column: column)))
    }

    /// Every field tag must have become a field or a diagnostic: the safety net against
    /// a construct the reader skipped without saying so. Each tag never reached is
    /// reported on its own line.
    private mutating func auditFieldCount() {
        var inCode = false
        for line in text.lines {
            let trimmed = line.trimmed
            if trimmed.startsWithText("```") { inCode.toggle(); continue }
            guard !inCode else { continue }
            // A line with no `<` holds no field tag; most lines are told by that alone.
            guard trimmed.utf8Buffer({ $0.contains(0x3C) }) else { continue }
            let present = Self.fieldTagCount(in: trimmed)
            guard present > 0, present > fieldTagLines[line.number, default: 0] else { continue }
            let name = trimmed.containsText("<ParamField") ? "<ParamField>" : "<ResponseField>"
            page.diagnostics.append(.error(
                .fieldCountMismatch,
                "\(name) here sits where no field is read (inside another block?); it was not read",
                at: text.location(line)))
        }
    }

    static func occurrences(of needle: String, in line: Substring) -> Int {
        guard line.containsText(needle) else { return 0 }
        return line.componentCount(separatedBy: needle) - 1
    }
}

import Foundation
