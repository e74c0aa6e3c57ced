import Diagnostics
import DocsParser
import Foundation

/// `parse`: what each page says, as read, for a person or a machine.
public enum PageListing {
    /// Every page at `paths`: a file as it is, a folder's pages below it. A path that cannot
    /// be read is a page with that error, so the listing still names it.
    public static func pages(at paths: [String]) -> [ParsedPage] {
        paths.flatMap { path -> [ParsedPage] in
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                return PageSource.pagePaths(in: path).map(page)
            }
            return [page(at: path)]
        }
    }

    private static func page(at path: String) -> ParsedPage {
        do {
            return GeneratorPipeline().parse([try PageSource.read(at: path)])[0]
        } catch {
            var page = ParsedPage(file: path, format: .markdown)
            page.diagnostics.append(error.diagnostic)
            return page
        }
    }

    public static func json(_ pages: [ParsedPage]) -> Data {
        ((try? JSONEncoder.stable.encode(pages)) ?? Data("[]".utf8)) + Data("\n".utf8)
    }

    public static func summary(_ page: ParsedPage) -> String {
        var lines = ["\(page.file) (\(page.format.rawValue))"]
        lines.append("  endpoint: \(page.method?.rawValue ?? "?") \(page.path ?? "?")")
        lines.append("  operation: \(page.entity ?? "?").\(page.operation?.rawValue ?? "?")  role: \(page.role ?? "none")")
        for pageEnum in page.enums {
            lines.append("  enum \(pageEnum.name ?? "<unnamed>"): " + pageEnum.values.map { "\($0.value)=\($0.name)" }.joined(separator: ", "))
        }
        for parameter in page.parameters {
            var facts = ["\(parameter.in.rawValue)", parameter.type]
            if parameter.required { facts.append("required") }
            if let value = parameter.default { facts.append("default \(value)") }
            if let name = parameter.enum { facts.append("enum \(name)") }
            if let group = parameter.group { facts.append(group.rawValue) }
            lines.append("  param \(parameter.name): " + facts.joined(separator: ", "))
        }
        func fieldLines(_ fields: [ResponseField], indent: String) {
            for field in fields {
                lines.append("\(indent)response \(field.status) \(field.name): \(field.type)" + (field.enum.map { ", enum \($0)" } ?? ""))
                fieldLines(field.children, indent: indent + "  ")
            }
        }
        fieldLines(page.responseFields, indent: "  ")
        for note in page.notes where note.kind != .other {
            lines.append("  note \(note.kind.rawValue)" + (note.fields.isEmpty ? "" : ": " + note.fields.joined(separator: ", ")))
        }
        if let direction = page.sortDirection {
            lines.append("  sort direction: ascending=\(direction.ascending) descending=\(direction.descending)")
        }
        lines.append("  examples: \(page.requestExamples.count) request, \(page.exampleResponses.count) response")
        return lines.joined(separator: "\n")
    }
}
