import Diagnostics
import Foundation
import GeneratorCore

/// The command line: picks the subcommand, runs it, and maps how it stopped to the exit
/// codes the design fixes: 0 success, 1 failure, drift or a breaking change, 2 invalid
/// documentation input, 64 a usage error.
enum Command {
    /// Runs a command line and returns the process exit code; never traps on bad input.
    static func run(_ arguments: [String]) -> Int32 {
        guard let name = arguments.first else {
            return exitCode(for: .invalidRequest(.missingArgument, "Missing subcommand."), in: "")
        }
        let rest = Array(arguments.dropFirst())
        let log = DiagnosticLog { printError($0) }
        do throws(GeneratorError) {
            switch name {
            case "-h", "--help", "help":
                guard let topic = rest.first else {
                    print(Help.main, terminator: "")
                    return 0
                }
                guard let text = Help.texts[topic] else { throw .invalidRequest(.unknownSubcommand, "Unknown subcommand '\(topic)'") }
                print(text, terminator: "")
                return 0
            case "parse": return try ParseCommand.run(rest)
            case "generate": return try GenerateCommand.run(rest, mode: .write, log: log)
            case "check": return try GenerateCommand.run(rest, mode: .check, log: log)
            case "bench": return try BenchCommand.run(rest, log: log)
            case "diff": return try DiffCommand.run(rest, log: log)
            case "lint": return try LintCommand.run(rest, log: log)
            case "fetch": return try FetchCommand.run(rest, log: log)
            default:
                throw .invalidRequest(.unknownSubcommand, "Unknown subcommand '\(name)'")
            }
        } catch {
            return exitCode(for: error, in: name)
        }
    }

    /// Prints the error the way its kind is read: a usage error with the usage line and a
    /// pointer to the help, anything else as the diagnostic it is.
    static func exitCode(for error: GeneratorError, in subcommand: String) -> Int32 {
        switch error.kind {
        case .invalidRequest:
            let help = Help.texts[subcommand] != nil ? "nexudus-codegen help \(subcommand)" : "nexudus-codegen --help"
            printError("Error: \(error.diagnostic.message)\nUsage: \(Help.usages[subcommand] ?? Help.usage)\n  See '\(help)' for more information.")
            return 64
        case .invalidInput:
            printError(error.diagnostic.rendered)
            return 2
        case .failed:
            printError(error.diagnostic.rendered)
            return 1
        }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
}
