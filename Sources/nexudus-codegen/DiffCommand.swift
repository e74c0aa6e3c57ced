import APISchema
import Diagnostics
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
        let old = try snapshot(parsed.positionals[0])
        let new = try snapshot(parsed.positionals[1])
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

    /// A folder of pages is parsed and merged; a file is read as a schema.
    static func snapshot(_ path: String) throws(CommandError) -> APISchema {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandError.input("\(path): error: no such file or folder")
        }
        if isDirectory.boolValue {
            let (schema, diagnostics) = Pipeline.schema(from: try Pipeline.readSources(in: path))
            if diagnostics.hasErrors {
                for diagnostic in diagnostics where diagnostic.severity == .error { printError(diagnostic.rendered) }
                throw CommandError.input("error: \(path) has documentation errors")
            }
            return schema
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandError.input("\(path):1:1: error: cannot read file") }
        do {
            let schema = try JSONDecoder().decode(APISchema.self, from: data)
            guard schema.version == APISchema.currentVersion else {
                throw CommandError.input("\(path):1:1: error: schema version \(schema.version) is not \(APISchema.currentVersion); regenerate it")
            }
            return schema
        } catch let error as CommandError {
            throw error
        } catch {
            throw CommandError.input("\(path):1:1: error: not a schema file: \(error)")
        }
    }
}

/// Swift symbols added, removed or changed between two schemas.
struct SymbolChanges: Codable, Equatable {
    var added: [String]
    var removed: [String]
    var changed: [String]

    init(old: [String: String], new: [String: String]) {
        added = new.keys.filter { old[$0] == nil }.sorted().map { "\($0) \(new[$0]!)" }
        removed = old.keys.filter { new[$0] == nil }.sorted().map { "\($0) \(old[$0]!)" }
        changed = new.keys.filter { old[$0] != nil && old[$0] != new[$0] }.sorted().map { "\($0): \(old[$0]!) → \(new[$0]!)" }
    }

    var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
}
