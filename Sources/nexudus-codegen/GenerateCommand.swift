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

        let sources = try Pipeline.readSources(in: specDirectory)
        let (schema, diagnostics) = Pipeline.schema(from: sources)
        for diagnostic in diagnostics { printError(diagnostic.rendered) }
        if diagnostics.hasErrors {
            throw CommandError.input("error: the documentation has errors; nothing was written")
        }
        let files = try Pipeline.render(schema, templates: templatesDirectory, schemaPath: schemaPath, outputDirectory: outputDirectory, testsDirectory: testsDirectory)
        switch mode {
        case .write:
            let report = try OutputWriter.write(files, replacing: [outputDirectory, testsDirectory])
            print("Wrote \(report.written.count) file(s), \(report.unchanged.count) unchanged, \(report.removed.count) removed.")
            return 0
        case .check:
            let drift = OutputWriter.compare(files, replacing: [outputDirectory, testsDirectory])
            if drift.isEmpty {
                print("Generated code is in sync with the docs.")
                return 0
            }
            printError(drift.map(\.rendered).joined(separator: "\n"))
            printError("error: \(drift.count) file(s) differ from what the docs give; run 'swift run nexudus-codegen generate' and commit the result")
            return 1
        }
    }
}
