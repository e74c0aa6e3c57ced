import APISchema
import Diagnostics

/// Small helpers that keep the context builders readable.
extension TemplateValue {
    static func strings(_ values: [String]) -> TemplateValue { .list(values.map(TemplateValue.string)) }

    /// A list whose items carry `isLast`, so templates can separate items with commas.
    /// The objects are taken over and marked in place rather than copied one by one: a
    /// caller hands its list over with `consume`, or the caller's copy keeps the objects
    /// shared, and each is copied to be marked.
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
        var lines = SwiftLiteral.docLines(text.map(links.linked), extraCapacity: source == nil ? 0 : 2)
        if let source {
            if !lines.isEmpty { lines.append("") }
            lines.append(provenance(source, leadingBlank: true))
        }
        return .strings(lines)
    }

    /// `Documented in <https://…/get-charges.md>, line 42.` or `Documented in
    /// `spec/docs/x.md:42`.`: one line, whatever the URL or path holds. `leadingBlank` puts
    /// the blank a `///` line starts with in front.
    func provenance(_ source: SourceLocation, leadingBlank: Bool = false) -> String {
        // Copied piece by piece into one string made at its final size: string
        // interpolation, or appending the pieces, costs several times more, once for every
        // documented declaration. Most runs have no URLs, and skip hashing the path.
        let opening = leadingBlank ? " Documented in " : "Documented in "
        let number = String(source.line)
        if !pageURLs.isEmpty, let url = pageURLs[source.file], Self.isLinkable(url) {
            return source.line > 0 ? String.concatenating([opening, "<", url, ">, line ", number, "."]) : String.concatenating([opening, "<", url, ">."])
        }
        guard Self.isPlainPath(source.file) else {
            return opening + "`" + Self.sourceText(source) + "`."
        }
        return String.concatenating([opening, "`", source.file, ":", number, "`."])
    }

    /// An absolute http(s) URL of printable ASCII with nothing that would end the `<…>`
    /// autolink or the comment line; anything else is named by its path instead.
    static func isLinkable(_ url: String) -> Bool {
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else { return false }
        return url.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "<") && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "`") }
    }

    /// `file:line` for a doc comment, where it sits inside backticks on one `///` line.
    static func sourceText(_ source: SourceLocation) -> String {
        let text = source.file + ":" + String(source.line)
        return isPlainPath(source.file) ? text : SwiftLiteral.docText(text).replacingOccurrences(of: "`", with: "'")
    }

    /// Whether a path can sit inside backticks on one `///` line as it is: printable ASCII
    /// without a backtick, which would end the code span (or a line break, the comment).
    static func isPlainPath(_ path: String) -> Bool {
        !UTF8Scan.contains(path) { $0 == UInt8(ascii: "`") || $0 < 0x20 || $0 >= 0x7F }
    }
}
