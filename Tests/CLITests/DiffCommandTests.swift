import Foundation
import XCTest

/// `diff` exit codes, a snapshot against itself, the two page formats of one endpoint, and
/// the classified summary `check` prints when the docs changed the API.
final class DiffCommandTests: XCTestCase {
    private func diff(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> CLIResult {
        try DiffGoldens.diff(arguments, file: file, line: line)
    }

    static let emptyReports = ["text": "No API changes.\n", "markdown": "### API changes\n\nNo API changes.\n"]

    /// Asserts that a diff reports nothing, in every format, and exits 0 even with `--fail-on additive`.
    private func assertNoChanges(_ old: String, _ new: String, in directory: URL? = nil, file: StaticString = #filePath, line: UInt = #line) throws {
        for (format, _) in DiffGoldens.formats {
            for failOn in ["breaking", "additive"] {
                let arguments = ["diff", old, new, "--format", format, "--fail-on", failOn]
                let result = try CLI.run(arguments, in: directory ?? DiffGoldens.fixtures, file: file, line: line)
                XCTAssertEqual(result.status, 0, "\(arguments): \(result.stdout)\(result.stderr)", file: file, line: line)
                XCTAssertEqual(result.stderr, "", "\(arguments)", file: file, line: line)
                if let expected = Self.emptyReports[format] {
                    XCTAssertEqual(result.stdout, expected, "\(arguments)", file: file, line: line)
                } else {
                    let document = try DiffGoldens.document(result, file: file, line: line)
                    XCTAssertEqual(document.changes.count, 0, "\(arguments)", file: file, line: line)
                    XCTAssertEqual(document.summary, ["breaking": 0, "additive": 0, "documentation": 0], file: file, line: line)
                    XCTAssertEqual(document.swiftSymbols.added + document.swiftSymbols.removed + document.swiftSymbols.changed, [], file: file, line: line)
                }
            }
        }
    }

    // MARK: Nothing changed

    func testEverySnapshotAgainstItselfReportsNothing() throws {
        for name in DiffReportTests.cases {
            try assertNoChanges("\(name)/old", "\(name)/old")
            try assertNoChanges("\(name)/new", "\(name)/new")
        }
    }

    /// A folder of pages and the schema `generate` wrote from it are one snapshot, either way round.
    func testAFolderAgainstItsOwnSchemaReportsNothing() throws {
        let workspace = try Workspace(generate: true)
        try assertNoChanges("spec/docs", "spec/schema.json", in: workspace.root)
        try assertNoChanges("spec/schema.json", "spec/docs", in: workspace.root)
        try assertNoChanges("spec/schema.json", "spec/schema.json", in: workspace.root)
    }

    /// The Markdown create page and the same page as the site renders it (no title or
    /// summary, markup dropped, the table flattened, quotes curled, arrows gone, the enum
    /// table without its name) state the same API.
    func testTheTwoFormatsOfOneEndpointReportNothing() throws {
        try assertNoChanges("cross-format/markdown", "cross-format/rendered")
        try assertNoChanges("cross-format/rendered", "cross-format/markdown")
    }

    /// The same page as the learn site renders it (a breadcrumb, no blank lines, the notice
    /// cut into a word, the role glued to the next heading, enums as pipe tables, children
    /// under "Hide child attributes") states the same API as the other two.
    func testTheLearnSiteRenderingOfOneEndpointReportsNothing() throws {
        for other in ["cross-format/markdown", "cross-format/rendered"] {
            try assertNoChanges(other, "cross-format/learn")
            try assertNoChanges("cross-format/learn", other)
        }
    }

    // MARK: Exit codes

    func testBreakingChangesExitOneAndOthersZero() throws {
        for (name, status) in [("markdown-create", 1), ("rendered-requests", 1), ("additive-only", 0), ("documentation-only", 0)] as [(String, Int32)] {
            let byDefault = try diff(["\(name)/old", "\(name)/new"])
            XCTAssertEqual(byDefault.status, status, name)
            let explicit = try diff(["\(name)/old", "\(name)/new", "--fail-on", "breaking"])
            XCTAssertEqual(explicit.status, status, name)
            XCTAssertEqual(explicit.stdout, byDefault.stdout, name)
        }
    }

    /// `--fail-on additive` fails for any API change; a documentation-only change is none.
    func testFailOnAdditiveFailsForAnyAPIChange() throws {
        for (name, status) in [("markdown-create", 1), ("additive-only", 1), ("documentation-only", 0)] as [(String, Int32)] {
            let result = try diff(["\(name)/old", "\(name)/new", "--fail-on", "additive", "--format", "json"])
            XCTAssertEqual(result.status, status, name)
            XCTAssertEqual(result.stderr, "", name)
        }
    }

    func testBadInputExitsTwo() throws {
        let cases: [([String], String)] = [
            (["additive-only/old", "no-such-folder"], "no-such-folder: error: no such file or folder\n"),
            (["no-such-schema.json", "additive-only/new"], "no-such-schema.json: error: no such file or folder\n"),
            (["additive-only/old/000_49fd64d59c0cccb4.txt", "additive-only/new"],
             "additive-only/old/000_49fd64d59c0cccb4.txt:1:1: error: not a schema file (not JSON); give a folder of pages or a schema.json written by 'generate'\n"),
            (["additive-only/old", "bad-input/not-a-schema.json"],
             "bad-input/not-a-schema.json:1:1: error: not a schema file (no 'version' key); give a folder of pages or a schema.json written by 'generate'\n"),
            (["bad-input/broken", "additive-only/new"],
             "bad-input/broken/000_49fd64d59c0cccb4.txt:5:1: error: cannot find the endpoint's method and path: the page states none and has no cURL sample; it cannot be generated until its method and path are known\n"
             + "bad-input/broken/000_49fd64d59c0cccb4.txt:51:1: error: the page is cut off here: it ends after '</ParamField>', before the code samples and the Response section every create page has; what followed is missing, and no code is generated from the page until it is whole\n"
             + "error: bad-input/broken has documentation errors\n"),
            // `sources.json` is what `fetch` leaves beside the pages; it is not a page.
            (["additive-only/old", "no-pages"], "no-pages: error: no documentation pages (*.md, *.mdx, *.txt) in this folder\n"),
        ]
        for (arguments, stderr) in cases {
            for format in ["text", "json", "markdown"] {
                let result = try diff(arguments + ["--format", format])
                XCTAssertEqual(result.status, 2, "\(arguments)")
                XCTAssertEqual(result.stdout, "", "no report on bad input: \(arguments)")
                XCTAssertEqual(result.stderr, stderr, "\(arguments)")
            }
        }
    }

    func testUsageErrorsExitSixtyFour() throws {
        for (arguments, message) in [
            (["additive-only/old"], "Error: Expected two snapshots: OLD and NEW"),
            (["additive-only/old", "additive-only/new", "--format", "html"], "Error: --format takes text, json or markdown"),
            (["additive-only/old", "additive-only/new", "--fail-on", "documentation"], "Error: --fail-on takes 'breaking' or 'additive'"),
        ] {
            let result = try diff(arguments)
            XCTAssertEqual(result.status, 64, "\(arguments)")
            XCTAssertTrue(result.stderr.hasPrefix(message), result.stderr)
        }
    }

    // MARK: check

    /// When the docs changed the API, `check` says how before it lists the stale files.
    func testCheckPrintsTheClassifiedChangesBeforeTheFiles() throws {
        let workspace = try Workspace(generate: true)
        try workspace.replace("<ParamField body=\"Notes\" type=\"string\">", with: "<ParamField body=\"Notes\" type=\"integer\">",
                              in: "spec/docs/000_49fd64d59c0cccb4.txt")
        let result = try workspace.run(["check"] + workspaceOutputs)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.hasPrefix("""
            The docs changed the API since spec/schema.json was generated.
            API changes: 1 breaking, 0 additive, 0 documentation-only

            CoworkerIdentityCheckDocument
              breaking      CoworkerIdentityCheckDocument.create body Notes: type changed from string to integer; the Swift property changes type

            Swift symbols (- removed, + added, ~ changed)
              ~ CreateCoworkerIdentityCheckDocumentRequest.notes: String? → Int?

            """), result.stderr)
        XCTAssertTrue(result.stderr.contains("spec/schema.json: error: differs from what the docs give"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Generated/Requests/CreateCoworkerIdentityCheckDocumentRequest.swift: error: differs from what the docs give"), result.stderr)
    }

    /// An edited generated file is drift but no API change: `check` lists the files only.
    func testCheckSaysNothingAboutTheAPIWhenOnlyAGeneratedFileChanged() throws {
        let workspace = try Workspace(generate: true)
        try workspace.replace("    case pending\n", with: "    case waiting\n", in: "Generated/Enums/IdVerificationStatus.swift")
        let result = try workspace.run(["check"] + workspaceOutputs)
        XCTAssertEqual(result.status, 1)
        XCTAssertFalse(result.stderr.contains("API changes"), result.stderr)
    }
}
