import Diagnostics
import DocsParser
import Foundation

/// Whether a body that came back 200 is a documentation page worth writing.
public enum PageCheck {
    /// A page larger than this is not a doc page: real exports are tens of kilobytes.
    public static let maximumPageSize = 2 * 1024 * 1024

    /// Parser error ids that mean the page is cut off or unreadable: such a page fails
    /// (and with it, the run). Other parser errors are the docs' own problems, reported by
    /// `generate` and `lint`; the page is still written.
    public static let unreadablePageIDs: Set<DiagnosticID> = [
        .unreadableFile, .emptyFile, .notUTF8, .fileTooLarge, .unclosedCodeBlock, .unclosedTag, .truncatedPage,
    ]

    public enum Verdict: Sendable, Equatable {
        case page
        /// Well-formed, but not an endpoint page (an overview): a warning, not written.
        case skip(Diagnostic)
        case fail(Diagnostic)
    }

    public static func check(_ body: Data, contentType: String?, url: String, file: String) -> Verdict {
        if body.count > maximumPageSize {
            return .fail(.error(.fileTooLarge, "\(url): body is \(body.count) bytes, more than the \(maximumPageSize) a page may have", at: nil))
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            return .fail(.error(.notUTF8, "\(url): body is not valid UTF-8", at: nil))
        }
        if text.allSatisfy(\.isWhitespace) {
            return .fail(.error(.emptyFile, "\(url): body is empty", at: nil))
        }
        if isHTML(text, contentType: contentType) {
            return .fail(.error(.htmlPage, "\(url): body is an HTML page, not the Markdown export", at: nil))
        }
        let page = PageReader.parse(file: file, data: body)
        let errors = page.diagnostics.filter { $0.severity == .error }
        if let unreadable = errors.first(where: { unreadablePageIDs.contains($0.id) }) {
            let place = SourceLocation(file: url, line: unreadable.location?.line ?? 1, column: unreadable.location?.column ?? 1)
            return .fail(.error(unreadable.id, "page is cut off or unreadable: \(unreadable.message)", at: place))
        }
        if let other = errors.first(where: { $0.id == .notAnEndpointPage }) {
            return .skip(.warning(.notAnEndpointPage, "\(url): skipped, not written: \(other.message)", at: nil))
        }
        return .page
    }

    /// A `text/html` type, or a body that opens like an HTML document.
    static func isHTML(_ text: String, contentType: String?) -> Bool {
        if let type = contentType?.lowercased(), type.hasPrefix("text/html") || type.hasPrefix("application/xhtml") { return true }
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }.prefix(64).lowercased()
        return start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || start.hasPrefix("<head") || start.hasPrefix("<body")
    }
}
