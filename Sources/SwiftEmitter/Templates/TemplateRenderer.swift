/// Walks a parsed template once per render. Rules, chosen so generated code never silently
/// misses a value:
/// - A variable must resolve to a string (written verbatim, never escaped) or a boolean
///   (written as `true`/`false`, the Swift literals). A missing name, a list or an object is an error.
/// - A section over a missing name renders nothing (an inverted one renders its body): optional
///   parts of the model are simply left out, while the variables inside still fail loudly.
/// - Falsy values are `false`, `""`, `[]`, `[:]` and missing. A list renders its body once per item
///   with the item pushed; `true` renders it once as is; a non-empty string or object renders it once
///   with the value pushed.
/// - Name lookup walks the context stack from the innermost frame out; in `a.b.c` only `a` is
///   searched that way, the rest must be found inside it.
/// - A standalone partial's indentation is added to every non-empty line the partial outputs,
///   multi-line values included, so nested code stays aligned and blank lines carry no trailing
///   blanks. (The Mustache spec indents the partial's source lines instead.)
///
/// The output is one growing UTF-8 buffer (`RenderBuffer`): literal text is stored as bytes and values are
/// appended from their UTF-8 storage, so a file is built without a String per piece.
struct TemplateRenderer {
    let partials: [String: Template]
    var stack: [TemplateValue]
    let output: RenderBuffer
    /// The accumulated indentation of the standalone partials being rendered.
    private var indent: [UInt8] = []
    private var depth = 0

    init(context: TemplateValue, partials: [String: Template], capacity: Int) {
        self.partials = partials
        self.stack = [context]
        output = RenderBuffer(capacity: capacity)
    }

    mutating func render(_ nodes: [TemplateNode], templateName: String) throws(TemplateError) {
        for index in nodes.indices {
            switch nodes[index] {
            case .text(let text):
                text.withUnsafeBufferPointer { write($0) }
            case .variable(let path, let location):
                switch lookup(path) {
                case .string(var value)?: value.withUTF8 { write($0) }
                case .bool(let value)?: (value ? Self.trueBytes : Self.falseBytes).withUnsafeBufferPointer { write($0) }
                case let value?:
                    throw TemplateError(templateName, location,
                        "variable '\(path.raw)' is \(value.kindName); only strings and booleans can be rendered, use a section")
                case nil:
                    throw TemplateError(templateName, location, "unknown variable '\(path.raw)'")
                }
            case .section(let section):
                let (inverted, body) = (section.inverted, section.body)
                let value = lookup(section.path)
                guard let value, value.isTruthy else {
                    if inverted { try render(body, templateName: templateName) }
                    continue
                }
                guard !inverted else { continue }
                switch value {
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        try render(body, templateName: templateName)
                        stack.removeLast()
                    }
                case .bool:
                    try render(body, templateName: templateName)
                case .string, .object:
                    stack.append(value)
                    try render(body, templateName: templateName)
                    stack.removeLast()
                }
            case .partial(let name, let partialIndent, let location):
                guard let partial = partials[name] else {
                    throw TemplateError(templateName, location, "unknown partial '\(name)'")
                }
                guard depth < Template.maxPartialDepth else {
                    throw TemplateError(templateName, location,
                        "partial '\(name)' nested more than \(Template.maxPartialDepth) levels deep; is it recursive?")
                }
                let outerIndent = indent
                if !partialIndent.isEmpty { indent.append(contentsOf: partialIndent) }
                depth += 1
                try render(partial.nodes, templateName: partial.name)
                depth -= 1
                indent = outerIndent
            }
        }
    }

    /// Mustache lookup: the first frame defining the first key wins, even if the rest of the path
    /// is then missing from it (no backtracking to outer frames).
    private func lookup(_ path: TemplatePath) -> TemplateValue? {
        guard let first = path.first else { return stack.last }
        var index = stack.count - 1
        while index >= 0 {
            defer { index -= 1 }
            guard case .object(let fields) = stack[index], var value = fields[first] else { continue }
            if path.keys.count > 1 {
                for key in path.keys.dropFirst() {
                    guard case .object(let inner) = value, let next = inner[key] else { return nil }
                    value = next
                }
            }
            return value
        }
        return nil
    }

    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)

    /// Appends `text`, putting the current indentation in front of each non-empty line it starts.
    private mutating func write(_ text: UnsafeBufferPointer<UInt8>) {
        guard !indent.isEmpty else {
            output.append(text)
            return
        }
        let newline = UInt8(ascii: "\n")
        var start = 0
        while start < text.count {
            var end = start
            while end < text.count, text[end] != newline { end += 1 }
            if end < text.count { end += 1 }  // the line's own newline
            let first = text[start]
            let isEmptyLine = first == newline || (first == UInt8(ascii: "\r") && start + 1 < end && text[start + 1] == newline)
            if !isEmptyLine, output.last.map({ $0 == newline }) ?? true {
                output.append(indent)
            }
            output.append(UnsafeBufferPointer(rebasing: text[start..<end]))
            start = end
        }
    }
}
