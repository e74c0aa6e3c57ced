/// A parsed Mustache-subset template. Parsing does all the text work once (tags, standalone
/// lines, section nesting) so rendering thousands of times only walks a small tree.
///
/// Supported: `{{name}}`, `{{a.b}}`, `{{.}}`, `{{#name}}…{{/name}}`, `{{^name}}…{{/name}}`,
/// `{{! comment }}` and `{{> partial}}`. `{{&name}}` is accepted as a plain variable, since
/// nothing is ever HTML-escaped (the output is Swift source). Triple mustaches and
/// set-delimiter tags are rejected rather than half-supported.
public struct Template: Sendable {
    /// Used as the file name in every `TemplateError` raised by this template.
    public let name: String
    let nodes: [TemplateNode]
    /// The source size, a cheap first guess for the output buffer.
    let sizeHint: Int
    /// Kept to make `independentCopy()`.
    private let source: String

    /// How deeply partials may include partials; a recursive partial fails with an error
    /// at this depth instead of overflowing the stack.
    public static let maxPartialDepth = 32

    public init(name: String, source: String) throws(TemplateError) {
        self.name = name
        self.nodes = try TemplateParser(name: name, bytes: Array(source.utf8)).parse()
        self.sizeHint = source.utf8.count
        self.source = source
    }

    /// The same template parsed again, sharing no storage with this one, for a thread of
    /// its own: see `RenderWorkers`.
    func independentCopy() -> Template {
        // It parsed once, so it parses again.
        (try? Template(name: String(decoding: Array(name.utf8), as: UTF8.self), source: source)) ?? self
    }

    /// Renders with `context` as the only frame of the context stack. `partials` are looked up by
    /// the name written in `{{> name}}`, not by their `Template.name`.
    public func render(_ context: TemplateValue, partials: [String: Template] = [:]) throws(TemplateError) -> String {
        String(decoding: try renderUTF8(context, partials: partials), as: UTF8.self)
    }

    /// The rendered text as UTF-8 bytes, the form files are compared and written in.
    func renderUTF8(_ context: TemplateValue, partials: [String: Template] = [:]) throws(TemplateError) -> [UInt8] {
        var renderer = TemplateRenderer(context: context, partials: partials, capacity: sizeHint)
        try renderer.render(nodes, templateName: name)
        return renderer.output.bytes
    }
}

/// A tag name split once at parse time; no keys means `{{.}}`. A class: the renderer copies
/// each node it visits, and a path shared by reference costs one retain there, not one for
/// each of its three strings.
final class TemplatePath: Sendable {
    let raw: String
    let keys: [String]
    /// `keys.first`, kept apart: nearly every name has one key, and the lookup of each
    /// variable starts with it.
    let first: String?

    init(raw: String, keys: [String]) {
        self.raw = raw
        self.keys = keys
        self.first = keys.first
    }
}

/// `{{#path}}body{{/path}}`, or `{{^path}}` when `inverted`. By reference, as `TemplatePath`
/// is: visiting a section then costs one retain.
final class TemplateSection: Sendable {
    let path: TemplatePath
    let inverted: Bool
    let body: [TemplateNode]
    let location: TemplateLocation

    init(path: TemplatePath, inverted: Bool, body: [TemplateNode], location: TemplateLocation) {
        self.path = path
        self.inverted = inverted
        self.body = body
        self.location = location
    }
}

/// Literal text and indentation are kept as UTF-8 bytes, ready to append to the output.
enum TemplateNode: Sendable {
    case text([UInt8])
    case variable(TemplatePath, TemplateLocation)
    case section(TemplateSection)
    case partial(String, indent: [UInt8], TemplateLocation)
}

private struct Tag {
    enum Kind { case variable, section, inverted, close, comment, partial }
    var kind: Kind
    var name: String
    var location: TemplateLocation
    /// Whitespace removed in front of a standalone partial; re-applied to the partial's lines.
    var indent: [UInt8] = []

    var spelled: String {
        switch kind {
        case .section: "{{#\(name)}}"
        case .inverted: "{{^\(name)}}"
        case .close: "{{/\(name)}}"
        default: name
        }
    }
}

private enum Token {
    case text(Range<Int>)
    case tag(Tag)
}

private let newline = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")
private let brace = UInt8(ascii: "{")
private let closingBrace = UInt8(ascii: "}")

private func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
private func isSpace(_ byte: UInt8) -> Bool { isBlank(byte) || byte == newline || byte == carriageReturn }

/// Works on UTF-8 bytes: tags are ASCII, and byte offsets give compiler-style columns for free.
private struct TemplateParser {
    let name: String
    let bytes: [UInt8]

    func parse() throws(TemplateError) -> [TemplateNode] {
        var tokens = try lex()
        removeStandaloneLines(&tokens)
        return try buildTree(tokens)
    }

    private func error(_ location: TemplateLocation, _ message: String) -> TemplateError {
        TemplateError(name, location, message)
    }

    private func lex() throws(TemplateError) -> [Token] {
        var tokens: [Token] = []
        var (line, lineStart, i, textStart) = (1, 0, 0, 0)
        let count = bytes.count
        while i < count {
            if bytes[i] == newline {
                (line, lineStart) = (line + 1, i + 1)
            }
            guard bytes[i] == brace, i + 1 < count, bytes[i + 1] == brace else {
                i += 1
                continue
            }
            let location = TemplateLocation(line: line, column: i - lineStart + 1)
            if textStart < i { tokens.append(.text(textStart..<i)) }
            var end = i + 2
            while end + 1 < count, !(bytes[end] == closingBrace && bytes[end + 1] == closingBrace) {
                if bytes[end] == newline { (line, lineStart) = (line + 1, end + 1) }
                end += 1
            }
            guard end + 1 < count else { throw error(location, "unterminated tag: '{{' has no matching '}}'") }
            tokens.append(.tag(try makeTag(bytes[(i + 2)..<end], location)))
            i = end + 2
            textStart = i
        }
        if textStart < count { tokens.append(.text(textStart..<count)) }
        return tokens
    }

    private func makeTag(_ content: ArraySlice<UInt8>, _ location: TemplateLocation) throws(TemplateError) -> Tag {
        var body = trimmed(content)
        let kind: Tag.Kind
        switch body.first ?? 0 {
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: "!"): return Tag(kind: .comment, name: "", location: location)
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "&"): kind = .variable
        case brace: throw error(location, "triple mustaches are not supported: values are never escaped, write '{{name}}'")
        case UInt8(ascii: "="): throw error(location, "set-delimiter tags are not supported")
        default: kind = .variable
        }
        if kind != .variable || body.first == UInt8(ascii: "&") { body = trimmed(body.dropFirst()) }
        let name = String(decoding: body, as: UTF8.self)
        guard !body.isEmpty else { throw error(location, "empty tag name") }
        let isPath = kind != .partial
        let validPath = name == "." || !name.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty)
        guard !body.contains(where: isSpace), !isPath || validPath else {
            throw error(location, "invalid tag name '\(name)'")
        }
        return Tag(kind: kind, name: name, location: location)
    }

    private func trimmed(_ slice: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = slice
        while let first = slice.first, isSpace(first) { slice.removeFirst() }
        while let last = slice.last, isSpace(last) { slice.removeLast() }
        return slice
    }

    /// Mustache spec rule: a line holding only one non-variable tag plus blanks disappears, newline
    /// included, so templates can put each tag on its own line. Decided on the untouched tokens first,
    /// because trimming one tag's line must not change whether its neighbour stands alone.
    private func removeStandaloneLines(_ tokens: inout [Token]) {
        let original = tokens
        for i in original.indices {
            guard case .tag(var tag) = original[i], tag.kind != .variable,
                  let before = blankStart(original, before: i), let after = lineEnd(original, after: i)
            else { continue }
            if i > 0, case .text(let range) = original[i - 1], case .text(let current) = tokens[i - 1] {
                tag.indent = Array(bytes[before..<range.upperBound])
                tokens[i - 1] = .text(current.lowerBound..<max(current.lowerBound, before))
            }
            if i + 1 < original.count, case .text(let current) = tokens[i + 1] {
                tokens[i + 1] = .text(min(after, current.upperBound)..<current.upperBound)
            }
            tokens[i] = .tag(tag)
        }
    }

    /// Where the blanks in front of tag `i` begin, if only blanks precede it on its line.
    private func blankStart(_ tokens: [Token], before i: Int) -> Int? {
        guard i > 0 else { return 0 }
        guard case .text(let range) = tokens[i - 1] else { return nil }
        var start = range.upperBound
        while start > range.lowerBound, isBlank(bytes[start - 1]) { start -= 1 }
        if start == range.lowerBound { return i == 1 ? start : nil }
        return bytes[start - 1] == newline ? start : nil
    }

    /// Just past the newline ending tag `i`'s line (or the template's end), if only blanks follow it.
    private func lineEnd(_ tokens: [Token], after i: Int) -> Int? {
        guard i + 1 < tokens.count else { return bytes.count }
        guard case .text(let range) = tokens[i + 1] else { return nil }
        var end = range.lowerBound
        while end < range.upperBound, isBlank(bytes[end]) { end += 1 }
        if end < range.upperBound, bytes[end] == newline { return end + 1 }
        if end + 1 < range.upperBound, bytes[end] == carriageReturn, bytes[end + 1] == newline { return end + 2 }
        return end == range.upperBound && i + 2 == tokens.count ? end : nil
    }

    private func buildTree(_ tokens: [Token]) throws(TemplateError) -> [TemplateNode] {
        var open: [(tag: Tag?, nodes: [TemplateNode])] = [(nil, [])]
        func append(_ node: TemplateNode) {
            if case .text(let new) = node, case .text(let old)? = open[open.count - 1].nodes.last {
                open[open.count - 1].nodes[open[open.count - 1].nodes.count - 1] = .text(old + new)
            } else {
                open[open.count - 1].nodes.append(node)
            }
        }
        for token in tokens {
            switch token {
            case .text(let range):
                if !range.isEmpty { append(.text(Array(bytes[range]))) }
            case .tag(let tag):
                switch tag.kind {
                case .variable: append(.variable(path(tag.name), tag.location))
                case .section, .inverted: open.append((tag, []))
                case .comment: break
                case .partial: append(.partial(tag.name, indent: tag.indent, tag.location))
                case .close:
                    guard let section = open[open.count - 1].tag else {
                        throw error(tag.location, "closing tag '\(tag.spelled)' has no open section")
                    }
                    guard section.name == tag.name else {
                        throw error(tag.location, "closing tag '\(tag.spelled)' does not match open section '\(section.spelled)'")
                    }
                    let body = open.removeLast().nodes
                    append(.section(TemplateSection(path: path(section.name), inverted: section.kind == .inverted, body: body, location: section.location)))
                }
            }
        }
        if let section = open[open.count - 1].tag {
            throw error(section.location, "unclosed section '\(section.spelled)': missing '{{/\(section.name)}}'")
        }
        return open[0].nodes
    }

    private func path(_ name: String) -> TemplatePath {
        TemplatePath(raw: name, keys: name == "." ? [] : name.split(separator: ".").map(String.init))
    }
}
