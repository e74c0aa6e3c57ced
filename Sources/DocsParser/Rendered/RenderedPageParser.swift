import Diagnostics

/// Reads the text of a rendered endpoint page: the method and the path split one segment
/// per line, a JSON skeleton of the response, prose, bare headings, and fields as groups
/// of lines (`Name` / `type` / `required` / `default:"x"` / description).
struct RenderedPageParser {
    let text: PageText
    var page: ParsedPage
    var index = 0
    var section: Section = .preamble
    var subsection: Subsection?
    /// The response skeleton after the path, used to fill in nested fields the rendering
    /// collapses and to check that every response field was read.
    var skeleton: OrderedJSON?
    /// Lines in each field section that held something, and how many fields were read
    /// there: a section with text but no fields has lost its names and types.
    var sectionContent: [(heading: PageLine, lines: Int, fields: Int)] = []
    var exampleTitle: String?
    /// An enum title line the rendering kept, waiting for its `ValueName` table.
    var pendingEnumTitle: (name: String, fields: [String], line: PageLine)?

    /// The learn site's layout: the path may be absent (the finisher then says so), and a
    /// field name may have lost its type line.
    var learnLayout = false
    var sawResponseSection = false
    /// Where the page ends, when `text` is a layout of part of it.
    var pageEnd: PageLine?
    /// Response fields followed by the learn site's child-fields toggle, by index.
    var childToggles: [(field: Int, toggle: ChildToggle, at: SourceLocation)] = []

    init(text: PageText, format: PageFormat = .rendered) {
        self.text = text
        self.page = ParsedPage(file: text.file, format: format)
    }

    mutating func parse() -> ParsedPage {
        readHeader()
        readDescription()
        while index < text.lines.count {
            readSectionLine()
        }
        reportEnumTitleWithoutTable(atPageEnd: true)
        checkLostFields()
        var recovery = EnumNameRecovery(page: page)
        recovery.recover()
        page = recovery.page
        nestLearnChildren()
        fillChildrenFromSkeleton()
        var finisher = PageFinisher(page: page, text: text)
        finisher.hasResponseSection = sawResponseSection
        finisher.pageEnd = pageEnd
        finisher.finish()
        page = finisher.page
        checkSkeletonFieldsRead()
        return page
    }

    // MARK: Header

    private mutating func readHeader() {
        if learnLayout {
            readLearnHeader()
            return
        }
        skipBlank()
        if index < text.lines.count, text.lines[index].trimmed == "Skip to main content" { index += 1 }
        skipBlank()
        guard index < text.lines.count, let method = HTTPMethod(rawValue: String(text.lines[index].trimmed)) else {
            let line = index < text.lines.count ? text.lines[index] : text.lines.last
            page.diagnostics.append(.error(.missingMethod, "expected the HTTP method after 'Skip to main content'; the page cannot be generated until its method and path are known",
                                           at: line.map { text.location($0) } ?? SourceLocation(file: text.file, line: 1)))
            return
        }
        page.method = method
        page.location = text.location(text.lines[index])
        index += 1
        var path = ""
        while index < text.lines.count, Self.isPathToken(text.lines[index].trimmed) {
            path += text.lines[index].trimmed
            index += 1
        }
        guard path.startsWithText("/") else {
            page.diagnostics.append(.error(.missingPath, "expected the endpoint path after the method; the page cannot be generated until its method and path are known", at: page.location))
            return
        }
        // After a slash comes a segment: a word there that is not one (`coworkers(1)`, `a"b`)
        // would end the path early and be taken for the title or the description.
        if path.count > 1, path.endsWithText("/"), index < text.lines.count {
            let next = text.lines[index].trimmed
            if !next.isEmpty, !next.contains(" "), !Self.opensJSON(next) {
                page.diagnostics.append(.error(
                    .invalidPathSegment,
                    "'\(next.prefix(60))' after the path '\(path)' is not a path segment: a segment holds letters, digits and -_.~{}[],?= only",
                    at: text.location(text.lines[index])))
            }
        }
        // `/api/spaces/coworkers/?id=[{id1},{id2}]`: the query shape is documented as a parameter.
        page.path = String(path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
        readBeforeDescription()
    }

    /// The learn site shows the method and, on some pages, the path; a page without them
    /// is reported by the finisher, which still reads the title and role.
    private mutating func readLearnHeader() {
        skipBlank()
        guard index < text.lines.count, let method = HTTPMethod(rawValue: String(text.lines[index].trimmed)) else { return }
        page.method = method
        page.location = text.location(text.lines[index])
        index += 1
        skipBlank()
        guard index < text.lines.count, text.lines[index].trimmed.startsWithText("/"), Self.isPathToken(text.lines[index].trimmed) else { return }
        var path = String(text.lines[index].trimmed)
        index += 1
        // Split one segment per line, as the developers site does; a whole path is one line,
        // and the word after it (`Gizmos.`) is the description's.
        while path == "/" || path.endsWithText("/") || index < text.lines.count && text.lines[index].trimmed.startsWithText("/"),
              index < text.lines.count, Self.isPathToken(text.lines[index].trimmed) {
            path += text.lines[index].trimmed
            index += 1
        }
        page.path = String(path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
        readBeforeDescription()
    }

    /// Path segments, slashes and the batch-query pieces; a skeleton opener is not one.
    static func isPathToken(_ line: Substring) -> Bool {
        if line.isPlainASCII { return isASCIIPathToken(Array(line.utf8)) }
        guard !line.isEmpty, !line.contains(" ") else { return false }
        if line == "{" || line == "[" || line.startsWithText("{\"") || line.startsWithText("[{") || line.startsWithText("[\"") || line.startsWithText("[]") { return false }
        if line.startsWithText("{") { return line.endsWithText("}") && line.count > 2 && !line.contains("\"") }
        return line.allSatisfy { $0.isLetter || $0.isNumber || "/-_.?=[],{}~".contains($0) }
    }

    /// `isPathToken` on the bytes of a plain ASCII line, where each byte is a Character.
    private static func isASCIIPathToken(_ line: [UInt8]) -> Bool {
        func hasPrefix(_ prefix: String) -> Bool { line.starts(with: prefix.utf8) }
        guard !line.isEmpty, !line.contains(UInt8(ascii: " ")) else { return false }
        if line == [UInt8(ascii: "{")] || line == [UInt8(ascii: "[")] || hasPrefix("{\"") || hasPrefix("[{") || hasPrefix("[\"") || hasPrefix("[]") {
            return false
        }
        if hasPrefix("{") { return line.last == UInt8(ascii: "}") && line.count > 2 && !line.contains(UInt8(ascii: "\"")) }
        let punctuation = Array("/-_.?=[],{}~".utf8)
        return line.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || punctuation.contains($0) }
    }

    /// A request sample, a title line and the response skeleton may sit between the path
    /// and the description, in that order, each optional.
    private mutating func readBeforeDescription() {
        while index < text.lines.count {
            let line = text.lines[index]
            let trimmed = line.trimmed
            if trimmed.isEmpty { index += 1; continue }
            if trimmed.startsWithText("curl ") {
                let start = index
                consumeShellCommand()
                page.requestExamples += CurlExample.examples(in: Array(text.lines[start..<index]), file: text.file, title: "Request sample")
            } else if Self.opensJSON(trimmed) {
                readSkeleton()
                return
            } else if isHeading(at: index) {
                return
            } else if let next = nextNonBlank(after: index), text.lines[next].trimmed.startsWithText("curl ") || Self.opensJSON(text.lines[next].trimmed) {
                page.title = String(trimmed)
                index += 1
            } else {
                return
            }
        }
    }

    static func opensJSON(_ line: Substring) -> Bool {
        line == "{" || line == "[" || line.startsWithText("{\"") || line.startsWithText("[{") || line.startsWithText("[\"")
    }

    mutating func consumeShellCommand() {
        index = CurlExample.commandEnd(in: text.lines, from: index)
    }

    /// Reads a balanced JSON block starting at the current line.
    mutating func readJSONBlock() -> (String, PageLine)? {
        let start = text.lines[index]
        var depth = 0
        var inString = false
        var escaped = false
        var lines: [Substring] = []
        while index < text.lines.count {
            let line = text.lines[index].text
            lines.append(line)
            index += 1
            // A plain ASCII line is scanned byte by byte (each byte one Character); any other
            // by Character, since a mark after a quote makes it another Character.
            if line.isPlainASCII {
                line.utf8Buffer { bytes in
                    for byte in bytes {
                        if escaped { escaped = false; continue }
                        if inString {
                            if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                            continue
                        }
                        switch byte {
                        case UInt8(ascii: "\""): inString = true
                        case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                        case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
                        default: break
                        }
                    }
                }
            } else {
                for character in line {
                    if escaped { escaped = false; continue }
                    if inString {
                        if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                        continue
                    }
                    switch character {
                    case "\"": inString = true
                    case "{", "[": depth += 1
                    case "}", "]": depth -= 1
                    default: break
                    }
                }
            }
            if depth <= 0 { return (lines.joined(separator: "\n"), start) }
        }
        page.diagnostics.append(.error(.invalidExampleJSON, "JSON block opened here never closes; the page may be cut off", at: text.location(start)))
        if let last = CutOff.lastLine(of: text) {
            CutOff.report("it ends inside the JSON block opened on line \(start.number)", at: text.location(last), on: &page)
        }
        return nil
    }

    private mutating func readSkeleton() {
        guard let (json, start) = readJSONBlock() else { return }
        skeleton = OrderedJSON.parse(json)
        if skeleton == nil {
            page.diagnostics.append(.warning(.invalidExampleJSON, "the response skeleton is not valid JSON; it was not used", at: text.location(start)))
        }
    }

    // MARK: Description

    private mutating func readDescription() {
        var lines: [Substring] = []
        while index < text.lines.count, !isHeading(at: index) {
            lines.append(text.lines[index].text)
            index += 1
        }
        page.description = RenderedMarkdown.markdown(lines)
    }

    // MARK: Helpers

    mutating func skipBlank() {
        while index < text.lines.count, text.lines[index].isBlank { index += 1 }
    }

    func nextNonBlank(after position: Int) -> Int? {
        var next = position + 1
        while next < text.lines.count, text.lines[next].isBlank { next += 1 }
        return next < text.lines.count ? next : nil
    }

    func isBlank(_ position: Int) -> Bool {
        position < 0 || position >= text.lines.count || text.lines[position].isBlank
    }

    /// A heading is a bare line with a blank line before it, naming a known section or a
    /// known subsection of the current one.
    func isHeading(at position: Int) -> Bool {
        guard position < text.lines.count, isBlank(position - 1) || position == 0 else { return false }
        let line = text.lines[position].trimmed
        if Section.named(line) != nil { return isBlank(position + 1) || line == "Authentication" }
        guard isBlank(position + 1), section != .codeExamples, let subsection = Subsection.named(line, in: section) else {
            return false
        }
        if case .status = subsection { return line.count <= 12 }
        return true
    }
}
