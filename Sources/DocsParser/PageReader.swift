import Diagnostics
import Foundation

/// Reads one endpoint documentation page, in either of the two formats Nexudus publishes,
/// into a `ParsedPage`. Problems become diagnostics on the page; parsing never traps.
public enum PageReader {
    /// Pages larger than this are refused rather than read: real pages are a few hundred KB.
    public static let maximumPageSize = 64 * 1024 * 1024

    public static func parse(file: String, data: Data) -> ParsedPage {
        if data.count > maximumPageSize {
            return failed(file, .fileTooLarge, "page is \(data.count) bytes, more than the \(maximumPageSize) a page may have")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(in: data)
            let (line, column) = lineAndColumn(ofByte: offset, in: data)
            var page = ParsedPage(file: file, format: .markdown)
            page.diagnostics.append(.error(.notUTF8, "page is not valid UTF-8 (first bad byte at offset \(offset))",
                                           at: SourceLocation(file: file, line: line, column: column)))
            return page
        }
        // NUL never occurs in a text page; it marks a binary or UTF-16 file that happens to be valid UTF-8.
        if let offset = firstNULOffset(in: data) {
            let (line, column) = lineAndColumn(ofByte: offset, in: data)
            var page = ParsedPage(file: file, format: .markdown)
            page.diagnostics.append(.error(.notUTF8, "page is not text: it has a NUL byte at offset \(offset) (a binary or UTF-16 file?)",
                                           at: SourceLocation(file: file, line: line, column: column)))
            return page
        }
        return parse(file: file, text: text)
    }

    public static func parse(file: String, text: String) -> ParsedPage {
        if text.trimmed().isEmpty {
            return failed(file, .emptyFile, "page is empty")
        }
        let pageText = PageText(file: file, text: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        switch detectFormat(pageText) {
        case .markdown?:
            var parser = MarkdownPageParser(text: pageText)
            return rejectingNonEndpoint(parser.parse(), pageText)
        case .rendered?:
            var parser = RenderedPageParser(text: pageText)
            return parser.parse()
        case .learnRendered?:
            if let breadcrumb = LearnBreadcrumb.read(pageText) { return LearnPageReader.parse(pageText, breadcrumb: breadcrumb) }
            return notAnEndpointPage(pageText)
        case nil:
            return notAnEndpointPage(pageText)
        }
    }

    private static func notAnEndpointPage(_ pageText: PageText) -> ParsedPage {
        let file = pageText.file
        let firstLine = pageText.lines.first { !$0.isBlank }
        var page = ParsedPage(file: file, format: .markdown)
        page.diagnostics.append(.error(
            .notAnEndpointPage,
            "not a Nexudus endpoint page: expected a Markdown export ('# Title' with <ParamField>/<ResponseField> blocks), rendered page text ('Skip to main content' followed by the HTTP method) or a learn site page (group, title, summary, then the HTTP method)",
            at: firstLine.map { pageText.location($0) } ?? SourceLocation(file: file, line: 1)))
        return page
    }

    /// The rendered text starts with the skip link and a method line; the learn site's with
    /// its breadcrumb (group, title, summary, method); the export has a `# ` title or MDX
    /// field tags.
    static func detectFormat(_ text: PageText) -> PageFormat? {
        let content = text.lines.lazy.filter { !$0.isBlank }
        guard let first = content.first else { return nil }
        if first.trimmed == "Skip to main content" {
            let second = content.dropFirst().first.map { String($0.trimmed) } ?? ""
            if HTTPMethod(rawValue: second) == nil, LearnBreadcrumb.read(text) != nil { return .learnRendered }
            return .rendered
        }
        if let method = HTTPMethod(rawValue: String(first.trimmed)), method.rawValue == first.trimmed { return .rendered }
        if LearnBreadcrumb.read(text) != nil { return .learnRendered }
        for line in content.prefix(400) {
            let trimmed = line.trimmed
            if trimmed.startsWithText("# ") || trimmed.startsWithText("<ParamField") || trimmed.startsWithText("<ResponseField") {
                return .markdown
            }
        }
        return nil
    }

    /// A Markdown page with a title but no endpoint, role, field or enum is another kind
    /// of page (a guide such as "Custom Fields in Records"): one error says so, rather
    /// than a missing path, entity and role as if an endpoint page were broken.
    static func rejectingNonEndpoint(_ page: ParsedPage, _ text: PageText) -> ParsedPage {
        guard page.path == nil, page.role == nil, page.parameters.isEmpty, page.responseFields.isEmpty, page.enums.isEmpty,
              page.operation == nil || page.entity == nil else {
            return page
        }
        var rejected = page
        // What the title seemed to name is no endpoint's: nothing is reported as inferred.
        rejected.method = nil
        rejected.operation = nil
        rejected.entity = nil
        let consequences: Set<DiagnosticID> = [.missingPath, .missingMethod, .missingEntity, .missingRole, .unknownHeading, .fieldCountMismatch, .truncatedPage]
        rejected.diagnostics.removeAll { consequences.contains($0.id) }
        let firstLine = text.lines.first { !$0.isBlank }
        rejected.diagnostics.append(.error(
            .notAnEndpointPage,
            "'\(quoted(page.title ?? page.file))' is not an endpoint page: it states no method, path, role, parameter, response field or enum",
            at: firstLine.map { text.location($0) } ?? SourceLocation(file: page.file, line: 1)))
        return rejected
    }

    /// Text quoted in a message, cut to 60 characters: a page with no line breaks must not
    /// print megabytes of itself as its "title".
    static func quoted(_ text: String) -> String {
        text.prefix(61).count > 60 ? text.prefix(60) + "…" : text
    }

    private static func failed(_ file: String, _ id: DiagnosticID, _ message: String) -> ParsedPage {
        var page = ParsedPage(file: file, format: .markdown)
        page.diagnostics.append(.error(id, message, at: SourceLocation(file: file, line: 1, column: 1)))
        return page
    }

    /// The offset of the first NUL byte, found with `memchr`: pages can be tens of megabytes.
    static func firstNULOffset(in data: Data) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, let found = memchr(base, 0, raw.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    /// The offset of the first byte that does not begin or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(in data: Data) -> Int {
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 { return index }
            // Overlong forms and surrogates are invalid too.
            if length == 3, lead == 0xE0, bytes[index + 1] < 0xA0 { return index }
            if length == 3, lead == 0xED, bytes[index + 1] > 0x9F { return index }
            if length == 4, lead == 0xF0, bytes[index + 1] < 0x90 { return index }
            if length == 4, lead == 0xF4, bytes[index + 1] > 0x8F { return index }
            index += length
        }
        return bytes.count
    }

    private static func lineAndColumn(ofByte offset: Int, in data: Data) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in data.prefix(offset) {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}

