import Foundation
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

    static var isRecording: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" }

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
            let golden = fixtures.appendingPathComponent("\(name)/expected.\(ext)")
            if isRecording {
                try Data(result.stdout.utf8).write(to: golden)
                XCTFail("recorded new baseline \(name)/expected.\(ext); review its diff, then run again without UPDATE_GOLDENS", file: file, line: line)
                continue
            }
            guard let expected = FileManager.default.contents(atPath: golden.path) else {
                XCTFail("no golden \(name)/expected.\(ext) \(hint)", file: file, line: line)
                continue
            }
            if let mismatch = mismatch(expected: String(decoding: expected, as: UTF8.self), actual: result.stdout) {
                XCTFail("\(name)/expected.\(ext) differs from the report\n\(mismatch)\n\(hint)", file: file, line: line)
            }
        }
    }

    static let hint = "(if the change is intended, run `UPDATE_GOLDENS=1 swift test --filter CLITests.DiffReportTests` and review the golden diff)"

    /// Nil when equal byte for byte; else a numbered window around the first line that differs.
    static func mismatch(expected: String, actual: String, context: Int = 3) -> String? {
        guard Data(expected.utf8) != Data(actual.utf8) else { return nil }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        var first = 0
        while first < expectedLines.count, first < actualLines.count, Data(expectedLines[first].utf8) == Data(actualLines[first].utf8) { first += 1 }
        var window: [String] = []
        for index in max(0, first - context)..<min(max(expectedLines.count, actualLines.count), first + context + 1) {
            let old = index < expectedLines.count ? expectedLines[index] : "<end of file>"
            let new = index < actualLines.count ? actualLines[index] : "<end of file>"
            if Data(old.utf8) == Data(new.utf8) {
                window.append(String(format: "%5d   ", index + 1) + old)
            } else {
                window.append(String(format: "%5d - ", index + 1) + String(reflecting: old))
                window.append(String(format: "%5d + ", index + 1) + String(reflecting: new))
            }
        }
        return "first difference at line \(first + 1) (- golden, + report):\n" + window.joined(separator: "\n")
    }

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
