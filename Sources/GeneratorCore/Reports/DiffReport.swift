import APISchema
import SwiftEmitter
import Foundation

/// A classified list of API changes, rendered for a terminal, a machine or a pull request.
public struct DiffReport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text, json, markdown
    }

    public var changes: [SchemaChange]
    var symbols: SymbolChanges

    init(changes: [SchemaChange], symbols: SymbolChanges) {
        self.changes = changes
        self.symbols = symbols
    }

    /// Every API change from `old` to `new`, and the Swift symbols it changes.
    public init(old: APISchema, new: APISchema) {
        self.init(changes: SchemaDiff.compare(old, new), symbols: SymbolChanges(old: SwiftSymbols.table(for: old), new: SwiftSymbols.table(for: new)))
    }

    /// Whether anything at or above `impact` changed.
    public func contains(_ impact: SchemaChange.Impact) -> Bool { changes.contains { $0.impact >= impact } }

    func count(_ impact: SchemaChange.Impact) -> Int { changes.filter { $0.impact == impact }.count }

    var summary: String {
        "\(count(.breaking)) breaking, \(count(.additive)) additive, \(count(.documentation)) documentation-only"
    }

    /// Changes grouped by entity, entities sorted, shared enums last; in each group the
    /// breaking changes first, then additive, then documentation, each by subject.
    var groups: [(String, [SchemaChange])] {
        Dictionary(grouping: changes, by: \.entity).sorted { lhs, rhs in
            (lhs.key == "enums" ? 1 : 0, lhs.key) < (rhs.key == "enums" ? 1 : 0, rhs.key)
        }.map { entity, changes in
            (entity, changes.enumerated().sorted { lhs, rhs in
                (lhs.element.impact, rhs.offset) > (rhs.element.impact, lhs.offset)
            }.map(\.element))
        }
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .text: text
        case .json: json
        case .markdown: markdown
        }
    }

    private var text: String {
        guard !changes.isEmpty else { return "No API changes.\n" }
        var lines = ["API changes: \(summary)"]
        for (entity, entityChanges) in groups {
            lines += ["", entity]
            for change in entityChanges {
                lines.append("  \(change.impact.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(change.subject): \(change.detail)")
            }
        }
        if !symbols.isEmpty {
            lines += ["", "Swift symbols (- removed, + added, ~ changed)"]
            lines += symbols.removed.map { "  - \($0)" } + symbols.added.map { "  + \($0)" } + symbols.changed.map { "  ~ \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private var json: String {
        struct Document: Encodable {
            var summary: [String: Int]
            var changes: [SchemaChange]
            var swiftSymbols: SymbolChanges
        }
        let document = Document(
            summary: Dictionary(uniqueKeysWithValues: SchemaChange.Impact.allCases.map { ($0.rawValue, count($0)) }),
            changes: changes, swiftSymbols: symbols)
        let data = (try? JSONEncoder.stable.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private var markdown: String {
        guard !changes.isEmpty else { return "### API changes\n\nNo API changes.\n" }
        var lines = ["### API changes", "", "**\(summary)**"]
        for (entity, entityChanges) in groups {
            lines += ["", "#### \(entity)", "", "| impact | what | detail |", "| --- | --- | --- |"]
            for change in entityChanges {
                let icon = change.impact == .breaking ? "🔴 breaking" : (change.impact == .additive ? "🟢 additive" : "⚪ docs")
                lines.append("| \(icon) | \(code(change.subject)) | \(cell(change.detail)) |")
            }
        }
        if !symbols.isEmpty {
            // Folded, so a long list does not bury the changes in a pull-request comment.
            let count = symbols.removed.count + symbols.added.count + symbols.changed.count
            lines += ["", "<details><summary>Swift symbols (\(count))</summary>", ""]
            lines += symbols.removed.map { "- removed \(code($0))" } + symbols.added.map { "- added \(code($0))" } + symbols.changed.map { "- changed \(code($0))" }
            lines += ["", "</details>"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text for a table cell: pipes escaped, one line, no HTML.
    private func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "<", with: "&lt;")
    }

    /// A code span that holds any text: a backtick inside (`.`default``) takes a longer fence.
    private func code(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        return escaped.contains("`") ? "`` \(escaped) ``" : "`\(escaped)`"
    }
}
