import Foundation
import XCTest

/// `diff` over fixture pairs (seed pages edited to model each kind of change, in both page
/// formats), compared byte for byte with the expected report in every output format.
/// `UPDATE_GOLDENS=1 swift test` records new reports and fails that run on purpose.
final class DriftTests: XCTestCase {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/CLITests/Fixtures/Drift")

    private func diff(_ arguments: [String]) throws -> CLIResult {
        try CLI.run(["diff"] + arguments, in: Self.fixtures)
    }

    private func assertReports(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        for (format, ext) in [("text", "txt"), ("json", "json"), ("markdown", "md")] {
            let result = try diff(["\(name)/old", "\(name)/new", "--format", format])
            XCTAssertEqual(result.status, 1, "\(name) has breaking changes: \(result.stderr)", file: file, line: line)
            XCTAssertEqual(result.stderr, "", file: file, line: line)
            let expected = Self.fixtures.appendingPathComponent("\(name)/expected.\(ext)")
            if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
                try Data(result.stdout.utf8).write(to: expected)
                XCTFail("recorded new baseline \(expected.path); read its diff, then run the tests again", file: file, line: line)
                continue
            }
            assertSameBytes(Data(result.stdout.utf8), try Data(contentsOf: expected), "\(name)/expected.\(ext)", file: file, line: line)
        }
    }

    /// Markdown pages: role, required flag, optional field, description, filters, a range
    /// filter, a parameter default, an enum value added, one renamed, an enum removed.
    func testMarkdownChanges() throws {
        try assertReports("markdown")
    }

    /// Rendered pages: a new required request field, a removed and a retyped field, a changed
    /// default, a renamed record field, an operation added and one removed.
    func testRenderedChanges() throws {
        try assertReports("rendered")
    }

    func testASnapshotAgainstItselfHasNoChanges() throws {
        for side in ["markdown/old", "rendered/new"] {
            let result = try diff([side, side])
            XCTAssertEqual(result.status, 0)
            XCTAssertEqual(result.stdout, "No API changes.\n")
        }
    }

    func testAFolderAgainstItsOwnSchemaHasNoChanges() throws {
        let result = try CLI.run(["diff", "spec/docs", "spec/schema.json"], in: repositoryRoot)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "No API changes.\n")
    }

    /// The get page in the Markdown export and as rendered text state the same facts.
    func testTheTwoFormatsOfOneEndpointHaveNoChanges() throws {
        for (old, new) in [("cross-format/markdown", "cross-format/rendered"), ("cross-format/rendered", "cross-format/markdown")] {
            let result = try diff([old, new, "--format", "json"])
            XCTAssertEqual(result.status, 0, result.stdout)
            XCTAssertTrue(result.stdout.contains("\"changes\" : [\n\n  ]"), result.stdout)
        }
    }

    func testFailOnAdditiveFailsForAnyAPIChange() throws {
        let additiveOnly = try diff(["cross-format/rendered", "rendered/old", "--fail-on", "additive"])
        XCTAssertEqual(additiveOnly.status, 1)
        let breakingOnly = try diff(["rendered/old", "rendered/old", "--fail-on", "additive"])
        XCTAssertEqual(breakingOnly.status, 0)
    }

    func testBadInputExitsTwo() throws {
        let missing = try diff(["markdown/old", "no-such-folder"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("no-such-folder: error: no such file or folder"), missing.stderr)
        let notSchema = try diff(["markdown/old", "markdown/old/000_49fd64d59c0cccb4.txt"])
        XCTAssertEqual(notSchema.status, 2)
        XCTAssertTrue(notSchema.stderr.contains("error: not a schema file"), notSchema.stderr)
        let usage = try diff(["markdown/old"])
        XCTAssertEqual(usage.status, 64)
        XCTAssertTrue(usage.stderr.hasPrefix("Error: Expected two snapshots"), usage.stderr)
    }
}
