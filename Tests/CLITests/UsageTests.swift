import Foundation
import XCTest

/// The command line surface, as swift-argument-parser shapes it: help on stdout with exit 0,
/// usage errors on stderr with exit 64.
final class UsageTests: XCTestCase {
    static let usageLine = "Usage: nexudus-codegen <subcommand> [options]"
    static let generateUsageLine = "Usage: nexudus-codegen generate [--spec <dir>] [--schema <file>] [--openapi <file> | --no-openapi] [--out <dir>] [--tests-out <dir>] [--templates <dir>] [--runtime <dir>] [--cache-dir <dir>] [--no-cache]"

    /// Runs in a fresh copy of the inputs; a usage error must leave it exactly as it was.
    private func run(_ arguments: [String]) throws -> (CLIResult, Workspace) {
        let workspace = try Workspace()
        let before = try workspace.snapshot()
        let result = try workspace.run(arguments)
        if result.status == 64 { assertUnchanged(before, try workspace.snapshot(), "a usage error") }
        return (result, workspace)
    }

    private func assertUsageError(_ arguments: [String], message: String, usage: String = usageLine, hint: String = "nexudus-codegen --help",
                                  file: StaticString = #filePath, line: UInt = #line) throws {
        let (result, _) = try run(arguments)
        XCTAssertEqual(result.status, 64, "\(arguments)", file: file, line: line)
        XCTAssertEqual(result.stdout, "", "\(arguments)", file: file, line: line)
        XCTAssertEqual(result.stderr, "Error: \(message)\n\(usage)\n  See '\(hint)' for more information.\n", "\(arguments)", file: file, line: line)
    }

    func testNoSubcommand() throws {
        try assertUsageError([], message: "Missing subcommand.")
    }

    func testUnknownSubcommand() throws {
        try assertUsageError(["frobnicate"], message: "Unknown subcommand 'frobnicate'")
        try assertUsageError(["help", "frobnicate"], message: "Unknown subcommand 'frobnicate'")
    }

    func testUnknownOption() throws {
        try assertUsageError(["generate", "--frobnicate"], message: "Unknown option '--frobnicate'",
                             usage: Self.generateUsageLine, hint: "nexudus-codegen help generate")
        try assertUsageError(["check", "-x"], message: "Unknown option '-x'",
                             usage: "Usage: nexudus-codegen check [--spec <dir>] [--schema <file>] [--openapi <file> | --no-openapi] [--out <dir>] [--tests-out <dir>] [--templates <dir>] [--runtime <dir>] [--cache-dir <dir>] [--no-cache]",
                             hint: "nexudus-codegen help check")
        try assertUsageError(["parse", "--jsn", "a.md"], message: "Unknown option '--jsn'",
                             usage: "Usage: nexudus-codegen parse [--json] <file> ...", hint: "nexudus-codegen help parse")
    }

    func testMissingOrUnexpectedArguments() throws {
        try assertUsageError(["generate", "--out"], message: "Missing value for '--out <value>'",
                             usage: Self.generateUsageLine, hint: "nexudus-codegen help generate")
        // `--out --spec x` forgot the value; it must not write into a folder named `--spec`.
        try assertUsageError(["generate", "--out", "--spec", "spec/docs"], message: "Missing value for '--out <value>'",
                             usage: Self.generateUsageLine, hint: "nexudus-codegen help generate")
        try assertUsageError(["generate", "extra"], message: "Unexpected argument 'extra'",
                             usage: Self.generateUsageLine, hint: "nexudus-codegen help generate")
        try assertUsageError(["parse", "--json"], message: "Missing expected argument '<file> ...'",
                             usage: "Usage: nexudus-codegen parse [--json] <file> ...", hint: "nexudus-codegen help parse")
    }

    func testTopLevelHelp() throws {
        for arguments in [["--help"], ["-h"], ["help"]] {
            let (result, _) = try run(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments)")
            XCTAssertEqual(result.stderr, "", "\(arguments)")
            let text = result.stdout
            XCTAssertTrue(text.hasPrefix("OVERVIEW: "), text)
            for section in ["\nUSAGE: nexudus-codegen <subcommand>", "\nOPTIONS:\n", "\nSUBCOMMANDS:\n", "-h, --help"] {
                XCTAssertTrue(text.contains(section), "\(arguments) lacks \(section.debugDescription): \(text)")
            }
            for subcommand in ["generate", "check", "parse"] {
                XCTAssertTrue(text.contains("\n  \(subcommand) "), "\(arguments) lists \(subcommand): \(text)")
            }
        }
    }

    func testSubcommandHelp() throws {
        for (arguments, usage) in [
            (["help", "generate"], "USAGE: nexudus-codegen generate "),
            (["generate", "--help"], "USAGE: nexudus-codegen generate "),
            (["help", "check"], "USAGE: nexudus-codegen check "),
            (["check", "-h"], "USAGE: nexudus-codegen check "),
            (["help", "parse"], "USAGE: nexudus-codegen parse "),
        ] {
            let (result, _) = try run(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments)")
            XCTAssertEqual(result.stderr, "", "\(arguments)")
            XCTAssertTrue(result.stdout.hasPrefix("OVERVIEW: "), "\(arguments): \(result.stdout)")
            XCTAssertTrue(result.stdout.contains("\n\(usage)"), "\(arguments): \(result.stdout)")
            XCTAssertTrue(result.stdout.contains("\nOPTIONS:\n"), "\(arguments): \(result.stdout)")
            XCTAssertTrue(result.stdout.contains("-h, --help"), "\(arguments): \(result.stdout)")
        }
        // generate and check document every option they take.
        for subcommand in ["generate", "check"] {
            let (result, _) = try run(["help", subcommand])
            for option in ["--spec <dir>", "--schema <file>", "--out <dir>", "--tests-out <dir>", "--templates <dir>"] {
                XCTAssertTrue(result.stdout.contains("\n  \(option) "), "help \(subcommand) documents \(option): \(result.stdout)")
            }
        }
    }

    /// `--help` wins over everything else and never runs the command.
    func testHelpNeverRunsTheCommand() throws {
        let (result, workspace) = try run(["generate", "--help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.url("Generated").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.url("spec/schema.json").path))
    }
}
