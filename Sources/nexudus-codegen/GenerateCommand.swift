import Diagnostics
import GeneratorCore

/// `generate` and `check`: the same pipeline run, either written to disk or compared with it.
enum GenerateCommand {
    static func run(_ arguments: [String], mode: GeneratorPipeline.Mode, log: DiagnosticLog) throws(GeneratorError) -> Int32 {
        let parsed = try Arguments(arguments, flags: ["--help", "-h", "--no-cache", "--no-openapi"],
                                   options: ["--spec", "--schema", "--out", "--templates", "--runtime", "--tests-out", "--cache-dir", "--openapi"])
        if parsed.wantsHelp {
            print(Help.texts[mode == .write ? "generate" : "check"]!, terminator: "")
            return 0
        }
        guard parsed.positionals.isEmpty else { throw .invalidRequest(.unexpectedArgument, "Unexpected argument '\(parsed.positionals[0])'") }
        var options = GeneratorOptions()
        options.specDirectory = parsed.options["--spec"] ?? options.specDirectory
        options.schemaPath = parsed.options["--schema"] ?? options.schemaPath
        options.outputDirectory = parsed.options["--out"] ?? options.outputDirectory
        options.templatesDirectory = parsed.options["--templates"] ?? options.templatesDirectory
        options.runtimeDirectory = parsed.options["--runtime"] ?? options.runtimeDirectory
        options.testsDirectory = parsed.options["--tests-out"] ?? options.testsDirectory
        if parsed.flags.contains("--no-openapi") {
            guard parsed.options["--openapi"] == nil else {
                throw .invalidRequest(.unexpectedArgument, "--openapi and --no-openapi cannot be given together")
            }
            options.openAPI = .none
        } else if let path = parsed.options["--openapi"] {
            options.openAPI = .path(path)
        }
        options.cacheDirectory = parsed.flags.contains("--no-cache") ? nil : parsed.options["--cache-dir"] ?? GeneratorOptions.defaultCacheDirectory

        let report = try GeneratorPipeline(options: options).run(mode, log: log)
        guard report.isInSync else {
            log.report(.error(.outputDrift, "\(report.summary); run '\(fixCommand(parsed.options, flags: parsed.flags))' and commit the result", at: nil))
            return 1
        }
        print(report.summary)
        return 0
    }

    /// The `generate` command that brings the files `check` compared up to date: the same options.
    static func fixCommand(_ options: [String: String], flags: Set<String> = []) -> String {
        var words = ["swift", "run", "nexudus-codegen", "generate"]
        for option in ["--spec", "--schema", "--out", "--tests-out", "--templates", "--runtime", "--openapi"] {
            if let value = options[option] { words += [option, shellQuoted(value)] }
        }
        if flags.contains("--no-openapi") { words.append("--no-openapi") }
        return words.joined(separator: " ")
    }

    static func shellQuoted(_ text: String) -> String {
        let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./-+=:,@%")
        if !text.isEmpty, text.allSatisfy(plain.contains) { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
