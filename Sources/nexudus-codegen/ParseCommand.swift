import Diagnostics
import Foundation
import GeneratorCore

/// `parse [--json] PATH...`: what each page says, as read.
enum ParseCommand {
    static func run(_ arguments: [String]) throws(GeneratorError) -> Int32 {
        let parsed = try Arguments(arguments, flags: ["--json", "--help", "-h"], options: [])
        if parsed.wantsHelp {
            print(Help.texts["parse"]!, terminator: "")
            return 0
        }
        guard !parsed.positionals.isEmpty else { throw .invalidRequest(.missingArgument, "Missing expected argument '<file> ...'") }
        let pages = PageListing.pages(at: parsed.positionals)
        if parsed.flags.contains("--json") {
            FileHandle.standardOutput.write(PageListing.json(pages))
        } else {
            print(pages.map(PageListing.summary).joined(separator: "\n"))
        }
        let diagnostics = pages.flatMap(\.diagnostics).sortedForOutput()
        for diagnostic in diagnostics { printError(diagnostic.rendered) }
        return diagnostics.hasErrors ? 2 : 0
    }
}
