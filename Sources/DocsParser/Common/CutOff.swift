import Diagnostics

/// A page saved or served incompletely. The readers call this where they meet the page's
/// end inside something that must close (a block, a table row, a field); the finisher
/// where a page ends before the Response section its kind has. One error per page, at
/// the first place seen, so a cut-off page is told apart from a complete one.
enum CutOff {
    static func report(_ reason: String, at location: SourceLocation, on page: inout ParsedPage) {
        guard !isCutOff(page) else { return }
        page.diagnostics.append(.error(
            .truncatedPage,
            "the page is cut off here: \(reason); what followed is missing, and no code is generated from the page until it is whole",
            at: location))
    }

    static func isCutOff(_ page: ParsedPage) -> Bool {
        page.diagnostics.contains { $0.id == .truncatedPage }
    }

    /// The last line that holds text: where a page that stops early stops.
    static func lastLine(of text: PageText) -> PageLine? {
        text.lines.last { !$0.isBlank }
    }
}
