import Foundation
import TestSupport
import XCTest

/// The `diff` fixtures (`Fixtures/Diff/<case>/{old,new}/`, copies of seed pages edited to
/// model each kind of change) and their expected reports (`expected.txt`, `.json`, `.md`),
/// compared byte for byte.
///
/// `UPDATE_GOLDENS=1 swift test` rewrites the reports and still fails the run with
/// "recorded new baseline", so a record run can never pass CI. Review a golden diff like
/// code; never edit a golden by hand.
enum DiffGoldens {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/CLITests/Fixtures/Diff")
    static let formats = [("text", "txt"), ("json", "json"), ("markdown", "md")]

    /// `diff` run in the fixtures folder, so every path in a report is relative to it.
    static func diff(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> CLIResult {
        try CLI.run(["diff"] + arguments, in: fixtures, file: file, line: line)
    }

    /// Runs `diff <case>/old <case>/new` in every format; asserts the exit code, a silent
    /// stderr, and the report against the case's goldens.
    static func assertReports(_ name: String, status: Int32, file: StaticString = #filePath, line: UInt = #line) throws {
        for (format, ext) in formats {
            let result = try diff(["\(name)/old", "\(name)/new", "--format", format], file: file, line: line)
            XCTAssertEqual(result.status, status, "\(name) --format \(format): \(result.stderr)", file: file, line: line)
            XCTAssertEqual(result.stderr, "", "\(name) --format \(format)", file: file, line: line)
            try Golden.assertMatches(Data(result.stdout.utf8), golden: fixtures.appendingPathComponent("\(name)/expected.\(ext)"),
                                     name: "\(name)/expected.\(ext)", hint: hint, file: file, line: line)
        }
    }

    static let hint = "(if the change is intended, run `UPDATE_GOLDENS=1 swift test --filter CLITests.DiffReportTests` and review the golden diff)"

    /// The JSON report, decoded: what a machine reading `--format json` sees.
    struct Document: Decodable {
        struct Change: Decodable {
            var kind: String
            var impact: String
            var entity: String
            var subject: String
            var detail: String
        }

        struct Symbols: Decodable {
            var added: [String]
            var removed: [String]
            var changed: [String]
        }

        var summary: [String: Int]
        var changes: [Change]
        var swiftSymbols: Symbols
    }

    static func document(_ result: CLIResult, file: StaticString = #filePath, line: UInt = #line) throws -> Document {
        try XCTUnwrap(try? JSONDecoder().decode(Document.self, from: Data(result.stdout.utf8)), "not a JSON report:\n\(result.stdout)", file: file, line: line)
    }
}
