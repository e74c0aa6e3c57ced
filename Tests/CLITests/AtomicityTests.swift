import Foundation
import XCTest

/// Nothing half-written: whatever stops a run, the output folder and the schema stay
/// exactly as they were, even when the rest of the docs would change them.
final class AtomicityTests: XCTestCase {
    /// A workspace with generated output and a pending doc change that would rewrite the
    /// schema and a model, so a run that wrote anything at all would show in a snapshot.
    private func workspaceWithPendingChange() throws -> Workspace {
        let workspace = try Workspace(generate: true)
        try workspace.replace("Name of the location (business) this check belongs to.",
                              with: "Name of the location (business) this identity check belongs to.",
                              in: "spec/docs/003_1c1542fb87353d24.txt")
        return workspace
    }

    func testEmptyPageStopsEverything() throws {
        let workspace = try workspaceWithPendingChange()
        try workspace.write("spec/docs/005_empty.txt", "")
        let before = try workspace.snapshot()

        let result = try workspace.run(["generate"] + workspaceOutputs)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, """
            spec/docs/005_empty.txt:1:1: error: page is empty
            error: the documentation has errors; nothing was written

            """)
        assertUnchanged(before, try workspace.snapshot(), "a failed generate")
    }

    func testNonUTF8PageStopsEverything() throws {
        let workspace = try workspaceWithPendingChange()
        var page = Data("Skip to main content\nGET\n".utf8)
        page += Data([0x2F, 0xFF, 0xFE, 0x61, 0x70, 0x69, 0x0A])
        try workspace.write("spec/docs/006_bytes.txt", page)
        let before = try workspace.snapshot()

        let result = try workspace.run(["generate"] + workspaceOutputs)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        // The first bad byte is the second of line 3.
        XCTAssertTrue(result.stderr.hasPrefix("spec/docs/006_bytes.txt:3:2: error: "), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("error: the documentation has errors; nothing was written\n"), result.stderr)
        assertUnchanged(before, try workspace.snapshot(), "a failed generate")
    }

    func testEmptyDocsFolderIsAnErrorNotAnEmptySDK() throws {
        let workspace = try Workspace(generate: true)
        try FileManager.default.createDirectory(at: workspace.url("no-pages"), withIntermediateDirectories: true)
        let before = try workspace.snapshot()
        let result = try workspace.run(["generate", "--spec", "no-pages", "--schema", "spec/schema.json", "--out", "Generated",
                                        "--tests-out", "Tests/NexudusAPIConformanceTests"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "no-pages: error: no documentation pages (*.md, *.mdx, *.txt) in this folder; nothing was written\n")
        assertUnchanged(before, try workspace.snapshot(), "a failed generate")

        let missing = try workspace.run(["generate", "--spec", "nowhere"] + workspaceOutputs.dropFirst(2))
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "nowhere: error: no such documentation folder\n")
        assertUnchanged(before, try workspace.snapshot(), "a failed generate")
    }

    /// `--out` below a regular file cannot be written: exit 1, and the schema, which could
    /// have been written, is not.
    func testUnwritableOutputChangesNothing() throws {
        let workspace = try workspaceWithPendingChange()
        try workspace.write("blocker", "a regular file\n")
        let before = try workspace.snapshot()

        let result = try workspace.run(["generate", "--spec", "spec/docs", "--schema", "spec/schema.json",
                                        "--out", "blocker/Generated", "--tests-out", "Tests/NexudusAPIConformanceTests"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.hasPrefix("blocker/Generated/"), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix(": error: cannot write: 'blocker' is a file, not a folder; nothing was changed\n"), result.stderr)
        assertUnchanged(before, try workspace.snapshot(), "a failed generate")
    }

    /// Folders made for files that were staged are removed again when a later file fails.
    func testFailedRunRemovesTheFoldersItMade() throws {
        let workspace = try Workspace()
        try workspace.write("blocker", "a regular file\n")
        let before = try workspace.snapshot()

        let result = try workspace.run(["generate", "--schema", "new/schema.json", "--out", "new/Generated",
                                        "--tests-out", "blocker/Tests"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("blocker/Tests/"), result.stderr)
        assertUnchanged(before, try workspace.snapshot(), "a failed generate")
    }

    /// A broken template: exit 1, the template's own path:line:col, nothing written.
    /// `generate` with the templates copied to `custom` and `ending` appended to its enum
    /// template, from a workspace with a pending change; the run and whether it changed
    /// nothing. `brokenLine` is the first line of `ending` in the template.
    private func generateWithEnumTemplateEnding(_ ending: String) throws -> (result: CLIResult, brokenLine: Int, assertNothingChanged: () throws -> Void) {
        let workspace = try workspaceWithPendingChange()
        try copyTree(workspace.url("templates"), to: workspace.url("custom"))
        let original = try workspace.read("custom/enum.swift.mustache")
        XCTAssertTrue(original.hasSuffix("\n"))
        try workspace.write("custom/enum.swift.mustache", original + ending)
        let before = try workspace.snapshot()
        let result = try workspace.run(["generate", "--templates", "custom", "--spec", "spec/docs", "--schema", "spec/schema.json",
                                        "--out", "Generated", "--tests-out", "Tests/NexudusAPIConformanceTests"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        return (result, original.components(separatedBy: "\n").count, { assertUnchanged(before, try workspace.snapshot(), "a failed generate") })
    }

    func testTemplateErrorChangesNothing() throws {
        let (result, brokenLine, assertNothingChanged) = try generateWithEnumTemplateEnding("{{#x}}\nunclosed\n")
        let lines = result.stderr.components(separatedBy: "\n")
        XCTAssertEqual(lines.first, "custom/enum.swift.mustache:\(brokenLine):1: error: unclosed section '{{#x}}': missing '{{/x}}'")
        XCTAssertTrue(result.stderr.hasSuffix("error: the templates have errors; nothing was written\n"), result.stderr)
        try assertNothingChanged()
    }

    /// A template that fails while it renders (an unknown variable): exit 1, and nothing
    /// written, though the schema file and the OpenAPI document, made meanwhile on a thread
    /// of their own, were already staged with the pending change.
    func testRenderErrorChangesNothing() throws {
        let (result, _, assertNothingChanged) = try generateWithEnumTemplateEnding("{{noSuchValue}}\n")
        XCTAssertTrue(result.stderr.contains("error: unknown variable 'noSuchValue'"), result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix("error: generation failed; nothing was written\n"), result.stderr)
        try assertNothingChanged()
    }

    /// A templates folder that is not there: exit 1, nothing written.
    func testMissingTemplatesFolderChangesNothing() throws {
        let workspace = try workspaceWithPendingChange()
        let before = try workspace.snapshot()
        let result = try workspace.run(["generate", "--templates", "no-such-templates", "--spec", "spec/docs",
                                        "--schema", "spec/schema.json", "--out", "Generated", "--tests-out", "Tests/NexudusAPIConformanceTests"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.hasPrefix("no-such-templates:1:1: error: no such templates folder\n"), result.stderr)
        assertUnchanged(before, try workspace.snapshot(), "a failed generate")
    }
}
