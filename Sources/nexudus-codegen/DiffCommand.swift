import APISchema
import GeneratorCore

/// `diff OLD NEW`: what changed between two doc snapshots (folders of pages or schema
/// files) and whether it breaks Swift callers.
enum DiffCommand {
    static func run(_ arguments: [String], log: DiagnosticLog) throws(GeneratorError) -> Int32 {
        let parsed = try Arguments(arguments, flags: ["--help", "-h"], options: ["--format", "--fail-on"])
        if parsed.wantsHelp {
            print(Help.texts["diff"]!, terminator: "")
            return 0
        }
        guard parsed.positionals.count == 2 else { throw .invalidRequest(.missingArgument, "Expected two snapshots: OLD and NEW") }
        guard let format = DiffReport.Format(rawValue: parsed.options["--format"] ?? "text") else {
            throw .invalidRequest(.invalidOptionValue, "--format takes text, json or markdown")
        }
        let threshold: SchemaChange.Impact
        switch parsed.options["--fail-on"] ?? "breaking" {
        case "breaking": threshold = .breaking
        case "additive": threshold = .additive
        default: throw .invalidRequest(.invalidOptionValue, "--fail-on takes 'breaking' or 'additive'")
        }
        let old = try Snapshot.load(parsed.positionals[0], log: log)
        let new = try Snapshot.load(parsed.positionals[1], log: log)
        let report = Snapshot.diff(old, new)
        print(report.render(format), terminator: "")
        return report.contains(threshold) ? 1 : 0
    }
}
