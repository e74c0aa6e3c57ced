import Foundation
import XCTest

/// `--openapi FILE` and `--no-openapi`: where the OpenAPI document goes, or that it is left
/// out; `check` compares it like any other output, and the page URLs of `sources.json` reach it.
final class OpenAPIOptionTests: XCTestCase {
    func testTheDocumentGoesBesideTheSchemaElsewhereOrNowhere() throws {
        let workspace = try Workspace(generate: true)
        let committed = try Data(contentsOf: repositoryRoot.appendingPathComponent("spec/openapi.json"))
        XCTAssertEqual(try Data(contentsOf: workspace.url("spec/openapi.json")), committed)

        let moved = try workspace.run(["generate"] + workspaceOutputs + ["--openapi", "api/nexudus.json"])
        XCTAssertEqual(moved.status, 0, moved.stderr)
        XCTAssertEqual(try Data(contentsOf: workspace.url("api/nexudus.json")), committed)

        try FileManager.default.removeItem(at: workspace.url("spec/openapi.json"))
        let left = try workspace.run(["generate", "--no-openapi"] + workspaceOutputs)
        XCTAssertEqual(left.status, 0, left.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.url("spec/openapi.json").path))
        XCTAssertEqual(try workspace.run(["check", "--no-openapi"] + workspaceOutputs).status, 0)
    }

    func testCheckNamesAnEditedOrMissingDocumentAndItsFix() throws {
        let workspace = try Workspace(generate: true)
        try workspace.replace("\"title\": \"Nexudus REST API\"", with: "\"title\": \"Edited\"", in: "spec/openapi.json")
        let edited = try workspace.run(["check"] + workspaceOutputs)
        XCTAssertEqual(edited.status, 1)
        XCTAssertTrue(edited.stderr.hasPrefix("spec/openapi.json: error: differs from what the docs give\n"), edited.stderr)
        XCTAssertTrue(edited.stderr.contains("+     \"title\": \"Nexudus REST API\""), edited.stderr)

        try FileManager.default.removeItem(at: workspace.url("spec/openapi.json"))
        let missing = try workspace.run(["check", "--openapi", "spec/openapi.json"] + workspaceOutputs)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("spec/openapi.json: error: missing; the docs give this file"), missing.stderr)
        XCTAssertTrue(missing.stderr.contains("--openapi spec/openapi.json' and commit"), missing.stderr)
    }

    func testBothOptionsAtOnceAreAUsageError() throws {
        let result = try Workspace().run(["generate", "--no-openapi", "--openapi", "x.json"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.hasPrefix("Error: --openapi and --no-openapi cannot be given together\n"), result.stderr)
    }

    /// A page `fetch` recorded is named by its URL; a changed `sources.json` is not answered
    /// from the cache, since the document would change.
    func testThePageURLsOfSourcesJSONReachTheDocument() throws {
        let workspace = try Workspace(generate: true)
        let manifest = """
            {"index": "https://developers.nexudus.com/llms.txt", "pages": [{"file": "003_1c1542fb87353d24.txt", \
            "sha256": "0", "url": "https://developers.nexudus.com/rest-api/spaces/get-coworkeridentitychecks-by-id.md"}], "version": 1}
            """
        try workspace.write("spec/docs/sources.json", manifest)
        let result = try workspace.run(["generate"] + workspaceOutputs)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stdout.hasPrefix("Wrote 0 file(s)"), result.stdout)
        XCTAssertTrue(try workspace.read("spec/openapi.json")
            .contains("\"url\": \"https://developers.nexudus.com/rest-api/spaces/get-coworkeridentitychecks-by-id.md\""))
        // The doc comments name the page by the same URL, from the same one reading of the file.
        XCTAssertTrue(try workspace.read("Generated/Models/CoworkerIdentityCheck.swift")
            .contains("Documented in <https://developers.nexudus.com/rest-api/spaces/get-coworkeridentitychecks-by-id.md>, line"))
    }
}
