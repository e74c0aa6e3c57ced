import Diagnostics

/// Reads the text of a learn.nexudus.com endpoint page. After its breadcrumb it is the
/// developers site's rendering with the blank lines gone: bare headings, a role sentence
/// glued to the next heading (`…role.Enums`), enums as pipe tables. The lines are laid out
/// the way `RenderedPageParser` reads them, each keeping its own number, and read by it.
enum LearnPageReader {
    static func parse(_ text: PageText, breadcrumb: LearnBreadcrumb) -> ParsedPage {
        var parser = RenderedPageParser(text: layout(text, after: breadcrumb), format: .learnRendered)
        parser.learnLayout = true
        parser.pageEnd = text.lines.last { !$0.isBlank && !isSiteChrome($0.trimmed) }
        parser.page.title = breadcrumb.title.map { String($0.trimmed) }
        if !breadcrumb.summary.isEmpty { parser.page.summary = breadcrumb.summary.map { String($0.trimmed) }.joined(separator: " ") }
        if let anchor = breadcrumb.method ?? breadcrumb.title { parser.page.location = text.location(anchor) }
        return parser.parse()
    }

    /// The method (and path, when one line holds both) first, then every line after the
    /// breadcrumb, with blank lines around each heading and the Authentication paragraph
    /// joined into one line, so a role wrapped over two lines is still one sentence.
    static func layout(_ text: PageText, after breadcrumb: LearnBreadcrumb) -> PageText {
        var lines: [PageLine] = []
        if let method = breadcrumb.method {
            if let (verb, path) = MarkdownPageParser.endpointDeclaration(method.trimmed) {
                lines.append(PageLine(number: method.number, text: Substring(verb.rawValue)))
                lines.append(PageLine(number: method.number, text: Substring(path)))
            } else {
                lines.append(method)
            }
        }
        var section: Section = .preamble
        var authentication: [PageLine] = []
        func flushAuthentication() {
            guard let first = authentication.first else { return }
            let joined = authentication.map { String($0.trimmed) }.joined(separator: " ")
            lines.append(PageLine(number: first.number, text: Substring(String(repeating: " ", count: first.column - 1) + joined)))
            authentication = []
        }
        let source = text.lines
        var position = breadcrumb.end
        while position < source.count {
            let line = source[position]
            position += 1
            if isSiteChrome(line.trimmed) {
                // "Was this page helpful?" takes its Yes and No buttons with it.
                if line.trimmed == "Was this page helpful?" {
                    while position < source.count, ["Yes", "No", "YesNo"].contains(source[position].trimmed) { position += 1 }
                }
                continue
            }
            let pieces = splitGluedHeading(line)
            for (offset, piece) in pieces.enumerated() {
                let next: Substring? = offset + 1 < pieces.count ? pieces[offset + 1].trimmed : nextText(source, from: position)
                if let heading = headingKind(piece.trimmed, in: section, next: next) {
                    flushAuthentication()
                    if case .section(let known) = heading { section = known }
                    lines += [PageLine(number: piece.number, text: ""), piece, PageLine(number: piece.number, text: "")]
                } else if section == .authentication, !piece.isBlank {
                    authentication.append(piece)
                } else {
                    lines.append(piece)
                }
            }
        }
        flushAuthentication()
        return PageText(file: text.file, lines: lines)
    }

    /// The site's own lines around a page's text: feedback buttons and links, never a fact
    /// about the endpoint.
    static let siteChrome: Set<Substring> = ["Was this page helpful?", "Suggest edits", "Raise issue", "Powered by Mintlify", "Copy page"]

    static func isSiteChrome(_ line: Substring) -> Bool {
        siteChrome.contains(line)
    }

    enum Heading {
        case section(Section)
        case subsection
    }

    /// A bare line naming a section, or a subsection of the current one; not a field named
    /// like one (`Filter`, then its type line).
    static func headingKind(_ line: Substring, in section: Section, next: Substring?) -> Heading? {
        // The site capitalises its headings: `required` under Required Fields is a field's flag.
        guard let first = line.first, first.isUppercase || first.isNumber else { return nil }
        if let next, RenderedPageParser.isFieldName(line), TypeText.looksLikeType(next) { return nil }
        if let known = Section.named(line) { return .section(known) }
        guard section != .codeExamples, section != .preamble, let subsection = Subsection.named(line, in: section) else { return nil }
        if case .status = subsection {
            guard line.count <= 12, line.first?.isNumber == true || line.startsWithText("Status") else { return nil }
        }
        return .subsection
    }

    /// `…have the Booking-List role.Enums` is the role sentence and the Enums heading.
    static func splitGluedHeading(_ line: PageLine) -> [PageLine] {
        let trimmed = line.trimmed
        guard trimmed.utf8.count > 2, let dot = trimmed.lastIndex(of: ".") else { return [line] }
        let heading = trimmed[trimmed.index(after: dot)...]
        guard !heading.isEmpty, heading.first?.isUppercase == true, Section.named(heading) != nil,
              dot > trimmed.startIndex, trimmed[trimmed.index(before: dot)].isLetter else { return [line] }
        let sentence = trimmed[...dot]
        let column = line.column + trimmed.distance(from: trimmed.startIndex, to: heading.startIndex)
        return [
            PageLine(number: line.number, text: Substring(String(repeating: " ", count: line.column - 1) + sentence)),
            PageLine(number: line.number, text: Substring(String(repeating: " ", count: column - 1) + heading)),
        ]
    }

    private static func nextText(_ lines: [PageLine], from position: Int) -> Substring? {
        var next = position
        while next < lines.count, lines[next].isBlank { next += 1 }
        return next < lines.count ? splitGluedHeading(lines[next]).first?.trimmed : nil
    }
}
