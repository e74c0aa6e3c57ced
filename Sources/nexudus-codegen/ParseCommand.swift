import Diagnostics
import DocsParser
import Foundation

/// `parse [--json] FILE...`: what each page says, as read.
enum ParseCommand {
    static func run(_ arguments: [String]) throws(CommandError) -> Int32 {
        let parsed = try Arguments(arguments, flags: ["--json", "--help", "-h"], options: [])
        if parsed.flags.contains("--help") || parsed.flags.contains("-h") {
            print(Command.subcommandHelp["parse"]!, terminator: "")
            return 0
        }
        guard !parsed.positionals.isEmpty else { throw CommandError.usage("Missing expected argument '<file> ...'") }
        let pages = parsed.positionals.map { path in
            if let data = FileManager.default.contents(atPath: path) {
                return PageReader.parse(file: path, data: data)
            }
            var page = ParsedPage(file: path, format: .markdown)
            page.diagnostics.append(.error(.unreadableFile, "cannot read file", at: SourceLocation(file: path, line: 1)))
            return page
        }
        if parsed.flags.contains("--json") {
            let data = (try? JSONEncoder.stable.encode(pages)) ?? Data("[]".utf8)
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        } else {
            print(pages.map(summary).joined(separator: "\n"))
        }
        let diagnostics = pages.flatMap(\.diagnostics).sortedForOutput()
        for diagnostic in diagnostics { printError(diagnostic.rendered) }
        return diagnostics.hasErrors ? 2 : 0
    }

    static func summary(_ page: ParsedPage) -> String {
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
