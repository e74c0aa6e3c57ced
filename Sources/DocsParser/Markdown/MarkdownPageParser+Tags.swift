import Diagnostics

extension MarkdownPageParser {
    static let calloutTags: Set<String> = ["Note", "Warning", "Info", "Tip", "Check", "Danger"]
    /// Containers whose content is read as if they were not there.
    static let transparentTags: Set<String> = ["AccordionGroup", "Tabs", "Tab", "Steps", "Step", "Frame", "Card", "CardGroup", "ResponseExample", "RequestExample"]

    mutating func readTag(_ line: PageLine) {
        guard let tag = MarkupTag.parse(line.text) else {
            let name = line.trimmed.dropFirst().prefix(while: { $0.isLetter || $0 == "/" })
            if name == "ParamField" || name == "ResponseField" { sawFieldTag(at: line) }
            error(.unclosedTag, "tag '<\(name)' is not closed with '>' on its line; it was not read", at: line)
            index += 1
            return
        }
        if tag.isClosing {
            index += 1
            if !Self.transparentTags.contains(tag.name) {
                warn(.unexpectedClosingTag, "'</\(tag.name)>' closes nothing that is open here", at: line)
            }
            return
        }
        switch tag.name {
        case "ParamField":
            sawFieldTag(at: line)
            readParamField(tag, at: line)
        case "ResponseField":
            sawFieldTag(at: line)
            if let field = readResponseField(tag, at: line, depth: 0) { page.responseFields.append(field) }
        case "Accordion":
            readAccordion(tag, at: line)
        case "CodeGroup":
            readCodeGroup(at: line)
        case _ where Self.calloutTags.contains(tag.name):
            readCallout(tag, at: line)
        case _ where Self.transparentTags.contains(tag.name):
            index += 1
        default:
            index += 1
            warn(.unknownTag, "unknown tag <\(tag.name)>; its content is read as if the tag were not there", at: line)
        }
    }

    /// The lines up to the matching closing tag, at any nesting of the same tag name.
    /// Returns nil, after an `unclosedTag` error, when the page ends or the next field
    /// or heading starts first (a page cut off mid-field).
    mutating func body(of tag: MarkupTag, openedAt line: PageLine) -> [PageLine]? {
        bodyRange(of: tag, openedAt: line, before: text.lines.count).map(lines(of:))
    }

    /// A tag's body as a place in `text`, not a copy: nested fields are read in place, so a
    /// deeply nested page costs memory once, not once per level.
    struct TagBody {
        /// Text after the opening tag on its own line.
        var head: PageLine?
        /// Whole lines of `text`.
        var lines: Range<Int>
        /// Text before the closing tag on its line.
        var tail: PageLine?
    }

    func lines(of body: TagBody) -> [PageLine] {
        (body.head.map { [$0] } ?? []) + text.lines[body.lines] + (body.tail.map { [$0] } ?? [])
    }

    /// `body(of:openedAt:)` for lines before `limit`: a field nested in another ends, at the
    /// latest, where its parent's body does.
    mutating func bodyRange(of tag: MarkupTag, openedAt line: PageLine, before limit: Int) -> TagBody? {
        index += 1
        if tag.isSelfClosing { return TagBody(head: nil, lines: index..<index, tail: nil) }
        let trailing = tag.trailingText.trimmed()
        if trailing.endsWithText("</\(tag.name)>") {
            let text = trailing.dropLast(tag.name.count + 3)
            return TagBody(head: PageLine(number: line.number, text: text), lines: index..<index, tail: nil)
        }
        let head = trailing.isEmpty ? nil : PageLine(number: line.number, text: trailing)
        let start = index
        var depth = 0
        // A field inside an open `<Expandable>` is a child even when it is not indented.
        var openExpandables = 0
        var inCode = false
        let opening = "<\(tag.name)"
        let closing = "</\(tag.name)>"
        let column = line.column
        while index < limit {
            let current = text.lines[index]
            let trimmed = current.trimmed
            if trimmed.startsWithText("```") { inCode.toggle() }
            if !inCode {
                if trimmed.startsWithText("<Expandable"), !trimmed.endsWithText("/>") {
                    openExpandables += 1
                } else if trimmed.startsWithText("</Expandable"), openExpandables > 0 {
                    openExpandables -= 1
                }
                // A field tag no deeper than this one's is the next field: this one was never closed.
                if depth == 0 && openExpandables == 0 && isSiblingField(trimmed, of: tag) && current.column <= column {
                    break
                } else if trimmed.startsWithText(opening), let inner = MarkupTag.parse(trimmed), inner.name == tag.name, !inner.isSelfClosing {
                    depth += 1
                } else if trimmed.startsWithText(closing) {
                    if depth == 0 {
                        index += 1
                        return TagBody(head: head, lines: start..<(index - 1), tail: nil)
                    }
                    depth -= 1
                } else if depth == 0, trimmed.endsWithText(closing) {
                    let tail = PageLine(number: current.number, text: trimmed.dropLast(tag.name.count + 3))
                    index += 1
                    return TagBody(head: head, lines: start..<(index - 1), tail: tail)
                } else if trimmed.startsWithText("## ") {
                    break
                }
            }
            index += 1
        }
        if index < limit {
            let next = text.lines[index]
            let before = isSiblingField(next.trimmed, of: tag) ? "the next field" : "'\(next.trimmed.prefix(60))'"
            error(.unclosedTag, "<\(tag.name)> opened here is not closed before \(before) on line \(next.number)", at: line)
        } else if limit == text.lines.count {
            // The page ends inside the tag: what it holds so far is still the page's.
            error(.unclosedTag, "<\(tag.name)> opened here is never closed; the page is cut off, and what the tag holds up to there is read", at: line)
            if let last = text.lines[start..<limit].last(where: { !$0.isBlank }) ?? head {
                CutOff.report("it ends inside the <\(tag.name)> opened on line \(line.number)", at: text.location(last), on: &page)
            }
            return TagBody(head: head, lines: start..<limit, tail: nil)
        } else {
            error(.unclosedTag, "<\(tag.name)> opened here is never closed; the page may be cut off", at: line)
        }
        return nil
    }

    private func isSiblingField(_ trimmed: Substring, of tag: MarkupTag) -> Bool {
        (tag.name == "ParamField" || tag.name == "ResponseField") &&
            (trimmed.startsWithText("<ParamField") || trimmed.startsWithText("<ResponseField"))
    }

    // MARK: Fields

    mutating func readParamField(_ tag: MarkupTag, at line: PageLine) {
        let locationKey = tag.attributeOrder.first { ["query", "body", "path", "header"].contains($0) }
        let bodyLines = body(of: tag, openedAt: line)
        guard let locationKey, let name = tag.attributes[locationKey], !name.isEmpty else {
            error(.missingAttribute, "<ParamField> needs a name given as query=, body= or path=; this field was not read", at: line)
            return
        }
        guard let location = ParameterLocation(rawValue: locationKey) else {
            warn(.unreadableField, "header parameter '\(name)' is not supported; it was not read", at: line)
            return
        }
        guard let typeText = tag.attributes["type"], !typeText.isEmpty else {
            error(.missingAttribute, "<ParamField> '\(name)' has no type=; it was not read", at: line)
            return
        }
        let (description, children) = descriptionAndNestedFields(bodyLines ?? [])
        if !children.isEmpty {
            warn(.unreadableField, "nested fields under parameter '\(name)' are not supported: \(children.joined(separator: ", "))", at: line)
        }
        let heading: ParameterGroup? = if case .group(let group)? = subsection { group } else { nil }
        var parameter = PageParameter(
            name: name, in: location, type: typeText,
            required: tag.attributes["required"].map { $0 != "false" } ?? false,
            default: tag.attributes["default"], description: description,
            group: ParameterGrouping.group(name: name, location: location, heading: heading),
            at: text.location(line))
        if location == .body, case .required(let required)? = subsection, required != parameter.required {
            warn(.conflictingRequired, "'\(name)' is listed under \(required ? "Required" : "Optional") Fields but is\(parameter.required ? "" : " not") marked required; the attribute wins", at: line)
        }
        checkType(&parameter.type, nullable: &parameter.nullable, enumName: &parameter.enum, name: name, at: line)
        page.parameters.append(parameter)
    }

    mutating func readResponseField(_ tag: MarkupTag, at line: PageLine, depth: Int) -> ResponseField? {
        readResponseField(tag, at: line, depth: depth, before: text.lines.count)
    }

    /// Reads one `<ResponseField>` and, in place, the fields nested in it (`limit` is where
    /// its parent's body ends).
    private mutating func readResponseField(_ tag: MarkupTag, at line: PageLine, depth: Int, before limit: Int) -> ResponseField? {
        let body = bodyRange(of: tag, openedAt: line, before: limit) ?? TagBody(head: nil, lines: index..<index, tail: nil)
        let end = index
        guard let name = tag.attributes["name"], !name.isEmpty else {
            error(.missingAttribute, "<ResponseField> has no name=; it was not read", at: line)
            return nil
        }
        guard var type = tag.attributes["type"], !type.isEmpty else {
            error(.missingAttribute, "<ResponseField> '\(name)' has no type=; it was not read", at: line)
            return nil
        }
        let status: Int = if case .status(let code)? = subsection { code } else { 200 }
        var field = ResponseField(status: status, name: name, type: type, at: text.location(line))
        var nullable = false
        var enumName: String?
        checkType(&type, nullable: &nullable, enumName: &enumName, name: name, at: line)
        field.nullable = nullable
        field.enum = enumName
        var state = NestedFields()
        index = body.lines.lowerBound
        if let head = body.head { readBodyLine(head, at: nil, depth: depth, body: body, into: &state) }
        while index < body.lines.upperBound {
            let position = index
            index += 1
            readBodyLine(text.lines[position], at: position, depth: depth, body: body, into: &state)
        }
        if let tail = body.tail { readBodyLine(tail, at: nil, depth: depth, body: body, into: &state) }
        index = end
        field.children = state.children
        field.description = Self.joinParagraphs(state.description) ?? ""
        return field
    }

    /// What a `<ResponseField>`'s body held so far.
    struct NestedFields {
        var description: [Substring] = []
        var children: [ResponseField] = []
        /// Past the nesting limit: further fields are only counted for the audit.
        var tooDeep = false
    }

    /// One line of a field's body: description text, or a nested field, read in place when
    /// it starts a line of `text` (`position`), from a copy when it shares its parent's line.
    private mutating func readBodyLine(_ inner: PageLine, at position: Int?, depth: Int, body: TagBody, into state: inout NestedFields) {
        if state.tooDeep {
            sawFieldTag(at: inner, count: Self.fieldTagCount(in: inner.trimmed))
            return
        }
        guard let innerTag = MarkupTag.parse(inner.text), !innerTag.isClosing else {
            if !inner.trimmed.startsWithText("</Expandable") { state.description.append(inner.text) }
            return
        }
        if innerTag.name == "Expandable" { return }
        guard innerTag.name == "ResponseField" else {
            state.description.append(inner.text)
            return
        }
        sawFieldTag(at: inner)
        if depth + 1 >= Self.maximumNesting {
            error(.nestingTooDeep, "fields nested more than \(Self.maximumNesting) levels deep are not read", at: inner)
            state.tooDeep = true
            return
        }
        if let position {
            index = position
            if let child = readResponseField(innerTag, at: inner, depth: depth + 1, before: body.lines.upperBound) {
                state.children.append(child)
            }
            if index <= position { index = position + 1 }
        } else {
            let restLines = index < body.lines.upperBound ? Array(text.lines[index..<body.lines.upperBound]) : []
            var rest = MarkdownPageParser(text: PageText(subsetOf: text, lines: [inner] + restLines + (body.tail.map { [$0] } ?? [])))
            rest.subsection = subsection
            if let child = rest.readResponseField(innerTag, at: inner, depth: depth + 1) { state.children.append(child) }
            fieldTagLines.merge(rest.fieldTagLines, uniquingKeysWith: +)
            page.diagnostics += rest.page.diagnostics
            index = min(body.lines.upperBound, index + max(rest.index - 1, 0))
        }
    }

    static func fieldTagCount(in line: Substring) -> Int {
        occurrences(of: "<ResponseField", in: line) + occurrences(of: "<ParamField", in: line)
    }

    /// Records that a field tag on `line` was reached, read or reported.
    mutating func sawFieldTag(at line: PageLine, count: Int = 1) {
        guard count > 0 else { return }
        fieldTagLines[line.number, default: 0] += count
    }

    /// Description text, and the names of any fields nested inside a `<ParamField>`.
    private mutating func descriptionAndNestedFields(_ lines: [PageLine]) -> (String, [String]) {
        var description: [Substring] = []
        var nested: [String] = []
        for line in lines {
            if let tag = MarkupTag.parse(line.text) {
                if tag.name == "ParamField" || tag.name == "ResponseField", !tag.isClosing {
                    sawFieldTag(at: line)
                    nested.append(tag.attributes["name"] ?? tag.attributes["body"] ?? tag.attributes["query"] ?? "?")
                }
                continue
            }
            description.append(line.text)
        }
        return (Self.joinParagraphs(description) ?? "", nested)
    }

    /// Classifies a documented type; unknown words are kept as written and warned about.
    mutating func checkType(_ type: inout String, nullable: inout Bool, enumName: inout String?, name: String, at line: PageLine) {
        let parsed = TypeText(type)
        nullable = parsed.isNullable
        if let name = parsed.enumName { enumName = name }
        if !parsed.isKnown {
            warn(.unknownFieldType, "unknown type '\(type)' for '\(name)'; it is kept as written and generated as a JSON value", at: line)
        }
    }
}

extension PageText {
    /// A view of some lines of `text`, keeping their original numbers.
    init(subsetOf text: PageText, lines: [PageLine]) {
        self.init(file: text.file, lines: lines)
    }
}
