import APISchema
import Diagnostics
import DocsParser
import Foundation
import SwiftEmitter

/// `diff OLD NEW`: what changed between two doc snapshots (folders of pages or schema
/// files) and whether it breaks Swift callers. `lint`: contradictions inside one snapshot.
enum DiffCommand {
    static func run(_ arguments: [String]) throws(CommandError) -> Int32 {
        let parsed = try Arguments(arguments, flags: ["--help", "-h"], options: ["--format", "--fail-on"])
        if parsed.flags.contains("--help") || parsed.flags.contains("-h") {
            print(Command.subcommandHelp["diff"]!, terminator: "")
            return 0
        }
        guard parsed.positionals.count == 2 else { throw CommandError.usage("Expected two snapshots: OLD and NEW") }
        let format = try DiffReport.Format.parse(parsed.options["--format"])
        let failOn = parsed.options["--fail-on"] ?? "breaking"
        guard failOn == "breaking" || failOn == "additive" else { throw CommandError.usage("--fail-on takes 'breaking' or 'additive'") }
        let oldSnapshot = try snapshot(parsed.positionals[0])
        let newSnapshot = try snapshot(parsed.positionals[1])
        // An enum table a rendered page printed without its name is the enum the other side names.
        let old = oldSnapshot.schema(namingTablesFrom: newSnapshot.schema)
        let new = newSnapshot.schema(namingTablesFrom: oldSnapshot.schema)
        let report = DiffReport(changes: SchemaDiff.compare(old, new), symbols: SymbolChanges(old: SwiftSymbols.table(for: old), new: SwiftSymbols.table(for: new)))
        print(report.render(format), terminator: "")
        let threshold: SchemaChange.Impact = failOn == "additive" ? .additive : .breaking
        return report.changes.contains { $0.impact >= threshold } ? 1 : 0
    }

    static func lint(_ arguments: [String]) throws(CommandError) -> Int32 {
        let parsed = try Arguments(arguments, flags: ["--help", "-h", "--strict"], options: ["--spec"])
        if parsed.flags.contains("--help") || parsed.flags.contains("-h") {
            print(Command.subcommandHelp["lint"]!, terminator: "")
            return 0
        }
        let directory = parsed.positionals.first ?? parsed.options["--spec"] ?? "spec/docs"
        let (schema, diagnostics) = Pipeline.schema(from: try Pipeline.readSources(in: directory))
        if diagnostics.hasErrors && !diagnostics.filter({ $0.severity == .error }).allSatisfy({ SchemaLint.contradictionIDs.contains($0.id) }) {
            for diagnostic in diagnostics where diagnostic.severity == .error { printError(diagnostic.rendered) }
            throw CommandError.input("error: the documentation cannot be read; fix the errors above first")
        }
        let findings = SchemaLint.findings(in: schema, mergeDiagnostics: diagnostics)
        for finding in findings { printError(finding.rendered) }
        print(findings.isEmpty ? "No contradictions found." : "\(findings.count) contradiction(s) found.")
        return parsed.flags.contains("--strict") && !findings.isEmpty ? 1 : 0
    }

    /// One side of a diff: a folder of pages, parsed and merged, or a schema file.
    enum Snapshot {
        case pages([ParsedPage], APISchema)
        case file(APISchema)

        var schema: APISchema {
            switch self {
            case .pages(_, let schema), .file(let schema): schema
            }
        }

        /// The schema, with the enum tables the pages left unnamed named from `other`.
        func schema(namingTablesFrom other: APISchema) -> APISchema {
            switch self {
            case .pages(let pages, _): SchemaDiff.merge(pages, namingTablesFrom: other)
            case .file(let schema): schema
            }
        }
    }

    static func snapshot(_ path: String) throws(CommandError) -> Snapshot {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandError.input("\(path): error: no such file or folder")
        }
        if isDirectory.boolValue {
            let sources = try Pipeline.readSources(in: path)
            guard !sources.isEmpty else { throw CommandError.input("\(path): error: no documentation pages (*.md, *.mdx, *.txt) in this folder") }
            let pages = Pipeline.parse(sources)
            let (schema, diagnostics) = SchemaMerger.merge(pages)
            if diagnostics.hasErrors {
                for diagnostic in diagnostics where diagnostic.severity == .error { printError(diagnostic.rendered) }
                throw CommandError.input("error: \(path) has documentation errors")
            }
            return .pages(pages, schema)
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandError.input("\(path):1:1: error: cannot read file") }
        do {
            return .file(try APISchema.decode(from: data))
        } catch .unknownVersion(let version) {
            throw CommandError.input("\(path):1:1: error: schema version \(version) is not \(APISchema.currentVersion); regenerate it")
        } catch {
            throw CommandError.input("\(path):1:1: error: not a schema file (\(error)); give a folder of pages or a schema.json written by 'generate'")
        }
    }
}

/// Swift symbols added, removed or changed between two schemas, one line each. A type that
/// comes or goes is one line that counts its members, not a line per member.
struct SymbolChanges: Codable, Equatable {
    var added: [String]
    var removed: [String]
    var changed: [String]

    init(old: [String: SwiftSymbol], new: [String: SwiftSymbol]) {
        added = Self.lines(Set(new.keys.filter { old[$0] == nil }), in: new)
        removed = Self.lines(Set(old.keys.filter { new[$0] == nil }), in: old)
        changed = new.keys.sorted().compactMap { key in
            guard let before = old[key], let after = new[key], before.signature != after.signature else { return nil }
            return "\(key): \(before.signature) → \(after.signature)"
        }
    }

    var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    private static func lines(_ keys: Set<String>, in table: [String: SwiftSymbol]) -> [String] {
        /// The types, innermost first, that `key` is declared in.
        func containers(of key: String) -> [String] {
            var result: [String] = []
            var container = table[key]?.container
            while let name = container, !result.contains(name) {
                result.append(name)
                container = table[name]?.container
            }
            return result
        }
        let folded = keys.filter { key in containers(of: key).contains(where: keys.contains) }
        return keys.subtracting(folded).sorted().map { key in
            let symbol = table[key]!
            let members = folded.filter { containers(of: $0).contains(key) }.count
            return symbol.declaration + (members == 0 ? "" : " (with \(members) member\(members == 1 ? "" : "s"))")
        }
    }
}
