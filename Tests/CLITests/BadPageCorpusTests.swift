import Foundation
import XCTest

/// Every committed bad page under `Fixtures/BadPages/` (issue #6): the exact diagnostics
/// `generate` prints for it, in compiler format with the page's own place, its exit code,
/// and, when it fails, that the previous `spec/schema.json` and `Generated/` are left
/// exactly as they were. The expected lines are what a user should read, so a vaguer or
/// misplaced message fails here. `Fixtures/BadPages/README.md` says how each page was made.
final class BadPageCorpusTests: XCTestCase {
    struct Case {
        /// The folder under `Fixtures/BadPages/`.
        var name: String
        /// Valid seed pages copied beside the case's pages, for a merge to name an enum.
        var seeds: [String] = []
        var status: Int32
        var stderr: [String]
    }

    static let md = "spec/docs/\(SeedPage.markdownCreate)"
    static let rendered = "spec/docs/\(SeedPage.renderedUpdate)"

    static let cases: [Case] = [
        // 1. Empty, binary and non-UTF-8 bytes: the first bad byte is the place.
        Case(name: "empty", status: 2, stderr: ["\(md):1:1: error: page is empty", nothingWritten]),
        Case(name: "binary-png", status: 2, stderr: [
            "\(md):1:1: error: page is not valid UTF-8 (first bad byte at offset 0)", nothingWritten]),
        Case(name: "utf16", status: 2, stderr: [
            "\(rendered):1:2: error: page is not text: it has a NUL byte at offset 1 (a binary or UTF-16 file?)", nothingWritten]),
        Case(name: "nul-byte", status: 2, stderr: [
            "spec/docs/\(SeedPage.renderedGet):56:1: error: page is not text: it has a NUL byte at offset 2279 (a binary or UTF-16 file?)",
            nothingWritten]),
        Case(name: "windows-1252", status: 2, stderr: [
            "spec/docs/\(SeedPage.renderedCoworkerCreate):22:245: error: page is not valid UTF-8 (first bad byte at offset 513)",
            nothingWritten]),

        // 2. Cut off mid-field and mid-table, in both formats.
        Case(name: "cut-mid-paramfield", status: 2, stderr: [
            "\(md):1:1: warning: the page states no method; POST is what its title 'Create CoworkerIdentityCheckDocument' names (create)",
            "\(md):5:1: error: cannot find the endpoint's method and path: the page states none and has no cURL sample; it cannot be generated until its method and path are known",
            "\(md):49:1: error: <ParamField> opened here is never closed; the page is cut off, and what the tag holds up to there is read",
            "\(md):50:3: error: the page is cut off here: it ends inside the <ParamField> opened on line 49; what followed is missing, and no code is generated from the page until it is whole",
            nothingWritten]),
        Case(name: "cut-mid-field-list", seeds: [SeedPage.markdownCreate], status: 2, stderr: [
            "\(rendered):71:1: error: the page is cut off here: it ends after the field name 'ClearDocum', before its type line; what followed is missing, and no code is generated from the page until it is whole",
            "\(rendered):71:1: error: the page ends after 'ClearDocum', a field name with no type line; the page is cut off",
            nothingWritten]),
        Case(name: "cut-mid-enum-row-markdown", status: 2, stderr: [
            "\(md):1:1: warning: the page states no method; POST is what its title 'Create CoworkerIdentityCheckDocument' names (create)",
            "\(md):5:1: error: cannot find the endpoint's method and path: the page states none and has no cURL sample; it cannot be generated until its method and path are known",
            "\(md):30:1: error: <Accordion> opened here is never closed; the page is cut off, and what the tag holds up to there is read",
            "\(md):34:3: error: the page is cut off here: it ends inside the <Accordion> opened on line 30; what followed is missing, and no code is generated from the page until it is whole",
            "\(md):34:3: warning: table row is cut off (no closing '|')",
            nothingWritten]),
        Case(name: "cut-mid-enum-row-rendered", status: 2, stderr: [
            "\(rendered):33:1: error: the page is cut off here: it ends inside an enum table, after the row '2Subm'; what followed is missing, and no code is generated from the page until it is whole",
            "\(rendered):33:1: error: enum table runs to the end of the page after '2Subm'; the page is cut off and the table was not read",
            nothingWritten]),
        Case(name: "markdown-without-line-breaks", status: 2, stderr: [
            "\(md):1:1: error: 'Create CoworkerIdentityCheckDocument > Create a new Coworker…' is not an endpoint page: it states no method, path, role, parameter, response field or enum",
            nothingWritten]),

        // 3. Unclosed tags and tags missing an attribute.
        Case(name: "unclosed-tag-bracket", status: 2, stderr: [
            "\(md):53:1: error: tag '<ParamField' is not closed with '>' on its line; it was not read",
            "\(md):55:1: warning: '</ParamField>' closes nothing that is open here",
            nothingWritten]),
        Case(name: "unclosed-accordion", status: 2, stderr: [
            "\(md):30:1: error: <Accordion> opened here is not closed before '## Request Body' on line 40", nothingWritten]),
        Case(name: "unclosed-paramfield", status: 2, stderr: [
            "\(md):45:1: error: <ParamField> opened here is not closed before the next field on line 48", nothingWritten]),
        Case(name: "missing-name-attribute", status: 2, stderr: [
            "\(md):45:1: error: <ParamField> needs a name given as query=, body= or path=; this field was not read", nothingWritten]),
        Case(name: "missing-type-attribute", status: 2, stderr: [
            "\(md):83:1: error: <ParamField> 'Notes' has no type=; it was not read", nothingWritten]),

        // 4. Types: unknown, duplicated, contradicted across pages.
        Case(name: "unknown-type-markdown", status: 0, stderr: [
            "\(md):83:1: warning: unknown type 'gizmo' for 'Notes'; it is kept as written and generated as a JSON value"]),
        Case(name: "unknown-type-rendered", seeds: [SeedPage.markdownCreate], status: 0, stderr: [
            "\(rendered):80:1: warning: unknown type 'gizmo' for 'Notes'; it is kept as written and generated as a JSON value"]),
        Case(name: "duplicate-field-markdown", status: 2, stderr: [
            "\(md):87:1: error: 'Name' is documented twice in the request body, typed 'integer' here but 'string' first",
            "\(md):53:1: note: first documented here as 'string'",
            nothingWritten]),
        Case(name: "duplicate-field-rendered", seeds: [SeedPage.markdownCreate], status: 2, stderr: [
            "\(rendered):82:1: error: 'CoworkerId' is documented twice in the request body, typed 'string' here but 'integer' first",
            "\(rendered):46:1: note: first documented here as 'integer'",
            nothingWritten]),
        Case(name: "conflicting-type-two-pages", status: 0, stderr: [
            "spec/docs/005_create-document-rendered.txt:80:1: warning: 'Notes' is typed 'integer' here but 'string' on another page of the same operation",
            "\(md):83:1: note: typed 'string' here"]),

        // 5. Enums: two pages disagree, or none defines the one a field names.
        Case(name: "enum-values-differ", status: 2, stderr: [
            "spec/docs/\(SeedPage.markdownSearch):81:1: error: enum 'eIdVerificationStatus' value 3 is named 'Succeeded' here but 'Successful' elsewhere",
            "\(md):30:1: note: 'Successful' = 3 is documented here",
            nothingWritten]),
        Case(name: "undefined-enum", status: 0, stderr: [
            "\(md):83:1: warning: 'Notes' refers to enum 'eNoteKind', which no page defines; it is generated as a JSON value"]),

        // 6. A path that names no entity, on a page with no role to name it either.
        Case(name: "path-without-entity", seeds: [SeedPage.markdownSearch], status: 2, stderr: [
            "spec/docs/\(SeedPage.renderedGet):2:1: error: cannot tell which entity '/api/spaces/{id}' is about: no role or title names it",
            "spec/docs/\(SeedPage.renderedGet):2:1: warning: the page names no required role",
            nothingWritten]),
    ]

    func testEveryBadPageGivesItsDiagnosticAndExitCode() throws {
        for testCase in Self.cases {
            let workspace = try Workspace.withPages(from: badPagesFolder.appendingPathComponent(testCase.name), seeds: testCase.seeds)
            let before = try workspace.snapshot()
            let run = try workspace.generate(timeout: 60)
            assertRun(run.result, status: testCase.status, stderr: testCase.stderr, testCase.name)
            if testCase.status != 0 {
                assertUnchanged(before, try workspace.snapshot(), "\(testCase.name): a failed generate")
            }
        }
    }

    /// Every folder of the corpus is in the table, and every case's folder exists: a page
    /// added without its expectation, or a renamed folder, fails here.
    func testTableCoversTheCorpus() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: badPagesFolder.path)
            .filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()
        XCTAssertEqual(folders, Self.cases.map(\.name).sorted())
    }

    /// `parse` reads a page alone and says the same about it, with the path as given.
    func testParseReportsTheSameDiagnostics() throws {
        let folder = "Tests/CLITests/Fixtures/BadPages/duplicate-field-markdown"
        let run = try CLI.run(["parse", "\(folder)/\(SeedPage.markdownCreate)"], in: repositoryRoot)
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stderr, """
            \(folder)/\(SeedPage.markdownCreate):87:1: error: 'Name' is documented twice in the request body, typed 'integer' here but 'string' first
            \(folder)/\(SeedPage.markdownCreate):53:1: note: first documented here as 'string'

            """)
    }
}
