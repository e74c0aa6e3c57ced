import APISchema
import Diagnostics

/// Small helpers that keep the context builders readable.
extension TemplateValue {
    static func strings(_ values: [String]) -> TemplateValue { .list(values.map(TemplateValue.string)) }

    /// A list whose items carry `isLast`, so templates can separate items with commas.
    /// The objects are taken over and marked in place rather than copied one by one.
    static func items(_ objects: consuming [TemplateObject]) -> TemplateValue {
        var objects = objects
        let last = objects.count - 1
        for index in objects.indices {
            objects[index]["isLast"] = .bool(index == last)
            objects[index]["isFirst"] = .bool(index == 0)
        }
        return .list(objects.map(TemplateValue.object))
    }
}

/// How a generated declaration's doc comment reads in Quick Help: the docs' text as
/// Markdown (tables, lists and arrows as the page had them), enum references as symbol
/// links to the generated types (`DocSymbolLinks`), then one short provenance line naming
/// the page by its URL when `sources.json` knew it, by its path otherwise, with the line.
struct DocComment: Sendable {
    let links: DocSymbolLinks
    /// The URL each page was fetched from, by its path as the schema's locations name it.
    let pageURLs: [String: String]

    init(links: DocSymbolLinks, pageURLs: [String: String] = [:]) {
        self.links = links
        self.pageURLs = pageURLs
    }

    /// The `///` lines (without the slashes) for `text` and the place it was documented.
    func lines(_ text: String?, source: SourceLocation?) -> TemplateValue {
        var lines = SwiftLiteral.docLines(text.map(links.linked))
        if let source {
            if !lines.isEmpty { lines.append("") }
            lines.append(" " + provenance(source))
        }
        return .strings(lines)
    }

    /// `Documented in <https://…/get-charges.md>, line 42.` or `Documented in
    /// `spec/docs/x.md:42`.`: one line, whatever the URL or path holds.
    func provenance(_ source: SourceLocation) -> String {
        // Joined piece by piece: string interpolation costs several times more, once for
        // every documented declaration.
        var line = "Documented in "
        if let url = pageURLs[source.file], Self.isLinkable(url) {
            line.reserveCapacity(url.utf8.count + 32)
            line += "<"
            line += url
            line += source.line > 0 ? ">, line " + String(source.line) + "." : ">."
            return line
        }
        let text = Self.sourceText(source)
        line.reserveCapacity(text.utf8.count + 18)
        line += "`"
        line += text
        line += "`."
        return line
    }

    /// An absolute http(s) URL of printable ASCII with nothing that would end the `<…>`
    /// autolink or the comment line; anything else is named by its path instead.
    static func isLinkable(_ url: String) -> Bool {
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else { return false }
        return url.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "<") && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "`") }
    }

    /// `file:line` for a doc comment, where it sits inside backticks on one `///` line: a
    /// backtick or a line break in a file name must not end either.
    static func sourceText(_ source: SourceLocation) -> String {
        let text = source.file + ":" + String(source.line)
        // A printable ASCII path without a backquote has nothing to replace: skip the work,
        // which would otherwise run for every documented field.
        // (Read from the string's contiguous bytes: the per-byte closure over `utf8` cost more
        // than the rest of the doc comment.)
        let plain = source.file.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains { $0 == UInt8(ascii: "`") || $0 < 0x20 || $0 >= 0x7F }
        }
        if plain == true { return text }
        return SwiftLiteral.docText(text).replacingOccurrences(of: "`", with: "'")
    }
}
