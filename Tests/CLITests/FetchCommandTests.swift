import DocsFetchTestSupport
import Foundation
import XCTest

/// `fetch` as a user runs it: the built executable against a docs site on 127.0.0.1.
final class FetchCommandTests: XCTestCase {
    private func site() throws -> DocsSite {
        let site = try DocsSite()
        let index = """
            # Nexudus

            ## REST API
            - [Create CoworkerIdentityCheckDocument](\(site.base)/rest-api/spaces/create-coworkeridentitycheckdocument): Create one.
            - [Get Charges](/rest-api/billing/get-charges.md): List charges.
            - [Outside](/rest-api/../../outside.md): refused

            ## Guides
            - [Introduction](/api/introduction.md): not REST
            """
        site.set("/llms.txt", .page(Data(index.utf8), contentType: "text/plain"))
        site.set("/rest-api/spaces/create-coworkeridentitycheckdocument.md", .page(try DocsSite.seed("000_49fd64d59c0cccb4.txt"), etag: "\"a\""))
        site.set("/rest-api/billing/get-charges.md", .page(try DocsSite.seed("002_0222b7055e792214.txt"), lastModified: "Tue, 01 Dec 2026 10:00:00 GMT"))
        return site
    }

    private func fetch(_ site: DocsSite, in workspace: Workspace, _ extra: [String] = []) throws -> CLIResult {
        try workspace.run(["fetch", "--index", site.base + "/llms.txt", "--out", "fetched", "--retries", "0", "--timeout", "5"] + extra)
    }

    func testFetchTwicePrintsTheSummaryAndExitsZero() throws {
        let site = try site()
        defer { site.stop() }
        let workspace = try Workspace()
        let first = try fetch(site, in: workspace)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stdout, "")
        let lines = first.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.last, "fetched: 2 new, 0 changed, 0 unchanged, 0 removed, 1 skipped, 0 failed")
        XCTAssertTrue(lines.contains("fetched 2 of 2 pages, 0 failed (100%)"), first.stderr)
        XCTAssertTrue(lines.contains { $0.hasPrefix("\(site.base)/llms.txt:6:1: warning: skipped link '/rest-api/../../outside.md'") }, first.stderr)
        XCTAssertEqual(try workspace.read("fetched/rest-api/billing/get-charges.md"), String(decoding: try DocsSite.seed("002_0222b7055e792214.txt"), as: UTF8.self))

        let before = try workspace.snapshot()
        let second = try fetch(site, in: workspace, ["--quiet"])
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertEqual(second.stderr, "fetched: 0 new, 0 changed, 2 unchanged, 0 removed, 1 skipped, 0 failed\n", "--quiet: the summary only")
        assertUnchanged(before, try workspace.snapshot(), "a second fetch of the same site")
    }

    func testAFailedPageExitsOneNamesTheURLAndWritesNothing() throws {
        let site = try site()
        defer { site.stop() }
        site.remove("/rest-api/billing/get-charges.md")
        let workspace = try Workspace()
        let before = try workspace.snapshot()
        let result = try fetch(site, in: workspace, ["--quiet"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, """
            error: \(site.base)/rest-api/billing/get-charges.md: HTTP 404
            fetched: 1 new, 0 changed, 0 unchanged, 0 removed, 1 skipped, 1 failed; nothing was written (--keep-going writes the other pages)

            """)
        assertUnchanged(before, try workspace.snapshot(), "a failed fetch")

        let kept = try fetch(site, in: workspace, ["--quiet", "--keep-going"])
        XCTAssertEqual(kept.status, 1)
        XCTAssertTrue(kept.stderr.hasSuffix("1 failed; the other pages were written (--keep-going)\n"), kept.stderr)
        XCTAssertEqual(relativeFiles(under: workspace.url("fetched")), ["rest-api/spaces/create-coworkeridentitycheckdocument.md", "sources.json"])
    }

    func testIndexErrorsAndUsage() throws {
        let site = try site()
        defer { site.stop() }
        let workspace = try Workspace()
        site.set("/llms.txt", .page(Data("Just prose, no links.\n".utf8)))
        let invalid = try fetch(site, in: workspace)
        XCTAssertEqual(invalid.status, 2)
        XCTAssertEqual(invalid.stderr, "error: \(site.base)/llms.txt is not an llms.txt: it lists no '- [Title](URL)' links\n")

        site.remove("/llms.txt")
        let missing = try fetch(site, in: workspace)
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "error: cannot fetch the index: \(site.base)/llms.txt: HTTP 404\n")

        for arguments in [["fetch", "--concurrency", "0"], ["fetch", "--index", "ftp://x/llms.txt"], ["fetch", "extra"], ["fetch", "--include"], ["fetch", "--timeout", "soon"]] {
            let usage = try workspace.run(arguments)
            XCTAssertEqual(usage.status, 64, "\(arguments): \(usage.stderr)")
            XCTAssertTrue(usage.stderr.hasPrefix("Error: "), usage.stderr)
            XCTAssertTrue(usage.stderr.contains("See 'nexudus-codegen help fetch'"), usage.stderr)
        }
        let help = try workspace.run(["fetch", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("USAGE: nexudus-codegen fetch [--index URL] [--out DIR] [--include GLOB]..."), help.stdout)
        XCTAssertEqual(try workspace.run(["help", "fetch"]).stdout, help.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.url("fetched").path))
    }
}
