import GeneratorCore

/// `lint [FOLDER]`: contradictions between the pages of one snapshot.
enum LintCommand {
    static func run(_ arguments: [String], log: DiagnosticLog) throws(GeneratorError) -> Int32 {
        let parsed = try Arguments(arguments, flags: ["--help", "-h", "--strict"], options: ["--spec"])
        if parsed.wantsHelp {
            print(Help.texts["lint"]!, terminator: "")
            return 0
        }
        var options = GeneratorOptions()
        options.specDirectory = parsed.positionals.first ?? parsed.options["--spec"] ?? options.specDirectory
        let findings = try GeneratorPipeline(options: options).lint(log: log)
        log.report(findings)
        print(findings.isEmpty ? "No contradictions found." : "\(findings.count) contradiction(s) found.")
        return parsed.flags.contains("--strict") && !findings.isEmpty ? 1 : 0
    }
}
