import APISchema
import Diagnostics
import Foundation
import SwiftEmitter

/// `generate` and `check`: the same run, either written to disk or compared with it.
enum GenerateCommand {
    enum Mode { case write, check }

    static func run(_ arguments: [String], mode: Mode) throws(CommandError) -> Int32 {
        let parsed = try Arguments(arguments, flags: ["--help", "-h"], options: ["--spec", "--schema", "--out", "--templates", "--tests-out"])
        if parsed.flags.contains("--help") || parsed.flags.contains("-h") {
            print(Command.subcommandHelp[mode == .write ? "generate" : "check"]!, terminator: "")
            return 0
        }
        guard parsed.positionals.isEmpty else { throw CommandError.usage("Unexpected argument '\(parsed.positionals[0])'") }
        let specDirectory = parsed.options["--spec"] ?? "spec/docs"
        let schemaPath = parsed.options["--schema"] ?? "spec/schema.json"
        let outputDirectory = parsed.options["--out"] ?? "Generated"
        let templatesDirectory = parsed.options["--templates"] ?? "templates"
        let testsDirectory = parsed.options["--tests-out"] ?? "Tests/NexudusAPIConformanceTests"
        for (option, directory) in [("--out", outputDirectory), ("--tests-out", testsDirectory)] {
            for (input, inputName) in [(specDirectory, "documentation"), (templatesDirectory, "templates")] where contains(directory, input) {
                throw CommandError.usage("\(option) '\(directory)' contains the \(inputName) folder '\(input)'; give the output a folder of its own")
            }
        }

        let sources = try Pipeline.readSources(in: specDirectory)
        // An empty folder is a wrong path, not an API without endpoints: generating from it
        // would delete every model.
        guard !sources.isEmpty else {
            throw CommandError.input("\(specDirectory): error: no documentation pages (*.md, *.mdx, *.txt) in this folder; nothing was written")
        }
        let (schema, diagnostics) = Pipeline.schema(from: sources)
        for diagnostic in diagnostics { printError(diagnostic.rendered) }
        if diagnostics.hasErrors {
            throw CommandError.input("error: the documentation has errors; nothing was written")
        }
        let session = OutputSession(mode: mode == .write ? .write : .check, replacing: [outputDirectory, testsDirectory])
        try Pipeline.render(schema, templates: templatesDirectory, schemaPath: schemaPath, outputDirectory: outputDirectory,
                            testsDirectory: testsDirectory, into: session)
        switch mode {
        case .write:
            let report = try session.finish()
            for path in report.foreign {
                printError("\(path): warning: not written by nexudus-codegen; left in place (remove it by hand)")
            }
            print("Wrote \(report.written.count) file(s), \(report.unchanged.count) unchanged, \(report.removed.count) removed.")
            return 0
        case .check:
            let drift = session.finishCheck()
            if drift.isEmpty {
                print("Generated code is in sync with the docs.")
                return 0
            }
            // Only a schema file that differs can mean an API change; an edited Swift file cannot.
            let schemaDrifted = drift.contains { OutputWriter.standardized($0.path) == OutputWriter.standardized(schemaPath) }
            if schemaDrifted, let data = FileManager.default.contents(atPath: schemaPath), let committed = try? JSONDecoder().decode(APISchema.self, from: data) {
                let changes = SchemaDiff.compare(committed, schema)
                if !changes.isEmpty {
                    // Say what kind of drift this is before listing files: the docs changed the API.
                    let report = DiffReport(changes: changes, symbols: SymbolChanges(old: SwiftSymbols.table(for: committed), new: SwiftSymbols.table(for: schema)))
                    printError("The docs changed the API since \(schemaPath) was generated.\n" + report.render(.text))
                }
            }
            printError(drift.map(\.rendered).joined(separator: "\n"))
            printError("error: \(drift.count) file(s) differ from what the docs give; run '\(fixCommand(parsed.options))' and commit the result")
            return 1
        }
    }

    /// The `generate` command that brings the files `check` compared up to date: the same options.
    static func fixCommand(_ options: [String: String]) -> String {
        var words = ["swift", "run", "nexudus-codegen", "generate"]
        for option in ["--spec", "--schema", "--out", "--tests-out", "--templates"] {
            if let value = options[option] { words += [option, shellQuoted(value)] }
        }
        return words.joined(separator: " ")
    }

    static func shellQuoted(_ text: String) -> String {
        let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./-+=:,@%")
        if !text.isEmpty, text.allSatisfy(plain.contains) { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Whether `inner` is `outer` or lies below it, after resolving both against the
    /// current folder: stale-file removal must never reach the inputs.
    static func contains(_ outer: String, _ inner: String) -> Bool {
        let outerPath = URL(fileURLWithPath: outer).standardizedFileURL.resolvingSymlinksInPath().path
        let innerPath = URL(fileURLWithPath: inner).standardizedFileURL.resolvingSymlinksInPath().path
        return innerPath == outerPath || innerPath.hasPrefix(outerPath.hasSuffix("/") ? outerPath : outerPath + "/")
    }
}
