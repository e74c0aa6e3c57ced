import APISchema
import Diagnostics

/// Small helpers that keep the context builders readable.
extension TemplateValue {
    static func strings(_ values: [String]) -> TemplateValue { .list(values.map(TemplateValue.string)) }

    /// A list whose items carry `isLast`, so templates can separate items with commas.
    /// The objects are taken over and marked in place rather than copied one by one.
    static func items(_ objects: consuming [[String: TemplateValue]]) -> TemplateValue {
        var objects = objects
        let last = objects.count - 1
        for index in objects.indices {
            objects[index]["isLast"] = .bool(index == last)
            objects[index]["isFirst"] = .bool(index == 0)
        }
        return .list(objects.map(TemplateValue.object))
    }
}

/// Doc comment lines: the docs' text, then where it came from.
enum DocComment {
    static func lines(_ text: String?, source: SourceLocation?) -> TemplateValue {
        var lines = SwiftLiteral.docLines(text)
        if let source {
            if !lines.isEmpty { lines.append("") }
            lines.append(" Documented in `\(sourceText(source))`.")
        }
        return .strings(lines)
    }

    /// `file:line` for a doc comment, where it sits inside backticks on one `///` line: a
    /// backtick or a line break in a file name must not end either.
    static func sourceText(_ source: SourceLocation) -> String {
        let text = "\(source.file):\(source.line)"
        // A printable ASCII path without a backquote has nothing to replace: skip the work,
        // which would otherwise run for every documented field.
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "`") || $0 < 0x20 || $0 >= 0x7F }) { return text }
        return SwiftLiteral.docText(text).replacingOccurrences(of: "`", with: "'")
    }
}
