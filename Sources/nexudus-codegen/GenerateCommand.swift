import APISchema
import Diagnostics
import Foundation
import SwiftEmitter

/// `generate` and `check`: the same run, either written to disk or compared with it.
enum GenerateCommand {
    enum Mode { case write, check }

    static func run(_ arguments: [String], mode: Mode) throws(CommandError) -> Int32 {
        let parsed = try Arguments(arguments, flags: ["--help", "-h", "--no-cache"],
                                   options: ["--spec", "--schema", "--out", "--templates", "--tests-out", "--cache-dir"])
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
        let cacheDirectory = parsed.flags.contains("--no-cache") ? nil : parsed.options["--cache-dir"] ?? defaultCacheDirectory
        for (option, directory) in [("--out", outputDirectory), ("--tests-out", testsDirectory)] {
            for (input, inputName) in [(specDirectory, "documentation"), (templatesDirectory, "templates")] where contains(directory, input) {
                throw CommandError.usage("\(option) '\(directory)' contains the \(inputName) folder '\(input)'; give the output a folder of its own")
            }
        }
        if let cacheDirectory {
            try refuseCache(in: cacheDirectory, among: [("--out", outputDirectory), ("--tests-out", testsDirectory), ("--templates", templatesDirectory)])
        }

        let sources = try Pipeline.readSources(in: specDirectory)
        // An empty folder is a wrong path, not an API without endpoints: generating from it
        // would delete every model.
        guard !sources.isEmpty else {
            throw CommandError.input("\(specDirectory): error: no documentation pages (*.md, *.mdx, *.txt) in this folder; nothing was written")
        }
        let outputDirectories = [outputDirectory, testsDirectory]
        let options = [("--spec", specDirectory), ("--schema", schemaPath), ("--out", outputDirectory),
                       ("--tests-out", testsDirectory), ("--templates", templatesDirectory)]
        // Read once: the key and the rendering both use these bytes.
        let templates = TemplateFiles.read(from: templatesDirectory)
        let cache = cacheDirectory.flatMap { GenerateCache(directory: $0, options: options, templates: templates, sources: sources) }
        if let entry = cache?.hit(replacing: outputDirectories) {
            for line in entry.diagnostics { printError(line) }
            print(mode == .write ? "Wrote 0 file(s), \(entry.files.count) unchanged, 0 removed." : inSync)
            return 0
        }

        let log = PrintedDiagnostics()
        let (schema, diagnostics) = Pipeline.schema(from: sources)
        for diagnostic in diagnostics { log.print(diagnostic.rendered) }
        if diagnostics.hasErrors {
            throw CommandError.input("error: the documentation has errors; nothing was written")
        }
        let session = OutputSession(mode: mode == .write ? .write : .check, replacing: outputDirectories)
        session.recordsDigests = cache != nil
        try Pipeline.render(schema, templates: templates, schemaPath: schemaPath, outputDirectory: outputDirectory,
                            testsDirectory: testsDirectory, into: session, log: log)
        switch mode {
        case .write:
            let report = try session.finish()
            for path in report.foreign {
                printError("\(path): warning: not written by nexudus-codegen; left in place (remove it by hand)")
            }
            print("Wrote \(report.written.count) file(s), \(report.unchanged.count) unchanged, \(report.removed.count) removed.")
            // Stray files are left out of the entry: while one is there, the listing misses.
            cache?.store(files: session.digests, diagnostics: log.lines)
            return 0
        case .check:
            let drift = session.finishCheck()
            if drift.isEmpty {
                print(inSync)
                cache?.store(files: session.digests, diagnostics: log.lines)
                return 0
            }
            // Only a schema file that differs can mean an API change; an edited Swift file cannot.
            let schemaDrifted = drift.contains { OutputWriter.standardized($0.path) == OutputWriter.standardized(schemaPath) }
            if schemaDrifted, let data = FileManager.default.contents(atPath: schemaPath), let committed = try? APISchema.decode(from: data) {
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

    static let inSync = "Generated code is in sync with the docs."

    /// Where entries go unless `--cache-dir` says otherwise: SwiftPM's own scratch folder,
    /// which git ignores.
    static let defaultCacheDirectory = ".build/nexudus-codegen"

    /// An entry among the outputs would be a stray file there; among the templates it
    /// would change the key it is stored under.
    static func refuseCache(in cacheDirectory: String, among folders: [(option: String, directory: String)]) throws(CommandError) {
        for (option, directory) in folders where contains(directory, cacheDirectory) {
            throw CommandError.usage("--cache-dir '\(cacheDirectory)' is inside \(option) '\(directory)'; give the cache a folder of its own")
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
