/// The opening of a learn.nexudus.com page's text: the group (`Bookings`), the title
/// (`Search Bookings`), the summary sentence, the method alone on a line (`GET`), and the
/// title again. A page cut off before its method still opens with the first three.
struct LearnBreadcrumb {
    var title: PageLine?
    var summary: [PageLine]
    /// The method line, `GET` or `GET /api/…`.
    var method: PageLine?
    /// The index in the page's lines of the first line after the breadcrumb.
    var end: Int

    /// How far into the page the method may be: group, title and a summary of a few lines.
    static let methodSearchLimit = 7

    /// The breadcrumb, when the page opens with one; nil for any other page.
    static func read(_ text: PageText) -> LearnBreadcrumb? {
        var content: [Int] = []
        for (position, line) in text.lines.enumerated() where !line.isBlank {
            if content.isEmpty, line.trimmed == "Skip to main content" { continue }
            content.append(position)
            if content.count > methodSearchLimit + 1 { break }
        }
        func trimmed(_ position: Int) -> Substring { text.lines[content[position]].trimmed }
        let methodPosition = (0..<min(methodSearchLimit, content.count)).first { isMethodLine(trimmed($0)) }
        let opening = methodPosition ?? min(3, content.count)
        // Markup, JSON or a long line before the method belongs to another format.
        guard opening >= 1, (0..<opening).allSatisfy({ isBreadcrumbLine(trimmed($0)) }) else { return nil }
        guard let methodPosition else { return cutBeforeMethod(text, content) }
        let method = text.lines[content[methodPosition]]
        var titlePosition: Int?
        var end = content[methodPosition] + 1
        if methodPosition + 1 < content.count, let again = (0..<methodPosition).first(where: { trimmed($0) == trimmed(methodPosition + 1) }) {
            titlePosition = again
            end = content[methodPosition + 1] + 1
        } else if let named = (0..<methodPosition).first(where: { TitleFacts.operation(title: String(trimmed($0))) != nil }) {
            titlePosition = named
        }
        guard let titlePosition else { return nil }
        let summary = (titlePosition + 1..<methodPosition).map { text.lines[content[$0]] }
        return LearnBreadcrumb(title: text.lines[content[titlePosition]], summary: summary, method: method, end: end)
    }

    /// `Bookings` / `Search Bookings` / `Search and list …` and nothing of the method: the
    /// title still says what the page is. Only a title that names an operation and an
    /// entity is taken for one, and only after a short group line.
    private static func cutBeforeMethod(_ text: PageText, _ content: [Int]) -> LearnBreadcrumb? {
        guard content.count >= 2 else { return nil }
        let group = text.lines[content[0]].trimmed
        let title = text.lines[content[1]]
        guard group.count <= 40, !group.endsWithText("."), !group.contains(":"),
              let operation = TitleFacts.operation(title: String(title.trimmed)),
              OperationClassifier.entity(role: nil, title: String(title.trimmed), operation: operation) != nil else { return nil }
        var summary: [PageLine] = []
        var next = 2
        if next < content.count, text.lines[content[next]].trimmed.endsWithText("."), text.lines[content[next]].trimmed != title.trimmed {
            summary.append(text.lines[content[next]])
            next += 1
        }
        if next < content.count, text.lines[content[next]].trimmed == title.trimmed { next += 1 }
        let end = next < content.count ? content[next] : text.lines.count
        return LearnBreadcrumb(title: title, summary: summary, method: nil, end: end)
    }

    static func isMethodLine(_ line: Substring) -> Bool {
        guard line.utf8.count <= 300 else { return false }  // a page on one line is not split into words
        return HTTPMethod(rawValue: String(line)) != nil || MarkdownPageParser.endpointDeclaration(line) != nil
    }

    private static func isBreadcrumbLine(_ line: Substring) -> Bool {
        guard line.utf8.count <= 400, let first = line.first else { return false }
        return !"#><{[|`*-".contains(first) && !line.startsWithText("curl ")
    }
}
