import LoopbackSupport
import Diagnostics
import DocsFetch
import DocsFetchTestSupport
import Foundation
import XCTest

/// A whole run against a loopback site: what lands in --out, sources.json, and a second
/// run against the same site.
final class FetchSiteTests: XCTestCase {
    func testFetchesRESTPagesAtTheirURLPathsWithSources() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        let report = await harness.run()

        XCTAssertEqual(report.status, .completed, "\(report.diagnostics.map(\.rendered))")
        XCTAssertEqual(report.summary, "3 new, 0 changed, 0 unchanged, 0 removed, 0 skipped, 0 failed")
        XCTAssertEqual(harness.file("rest-api/spaces/create-coworkeridentitycheckdocument.md"), try DocsSite.seed("000_49fd64d59c0cccb4.txt"))
        XCTAssertEqual(harness.file("rest-api/billing/get-charges.md"), try DocsSite.seed("002_0222b7055e792214.txt"))
        XCTAssertNil(harness.file("api/introduction.md"), "pages outside rest-api/ are not fetched")
        XCTAssertEqual(harness.site.hits("/api/introduction.md"), 0)
        XCTAssertEqual(harness.site.hits("/sdk/swift.md"), 0)

        let manifest = try XCTUnwrap(try SourcesManifest.read(from: harness.out))
        XCTAssertEqual(manifest.pages.map(\.file), [
            "rest-api/billing/get-charges.md",
            "rest-api/spaces/create-coworkeridentitycheckdocument.md",
            "rest-api/spaces/update-coworkeridentitycheckdocument.md",
        ])
        let create = try XCTUnwrap(manifest.page(forFile: "rest-api/spaces/create-coworkeridentitycheckdocument.md"))
        XCTAssertEqual(create.url, harness.site.base + "/rest-api/spaces/create-coworkeridentitycheckdocument", "the link as listed, not the .md export")
        XCTAssertEqual(create.sha256, SHA256.hex(try DocsSite.seed("000_49fd64d59c0cccb4.txt")))
        XCTAssertEqual(create.etag, "\"create-1\"")
        XCTAssertNil(create.lastModified)
        XCTAssertEqual(manifest.page(forFile: "rest-api/spaces/update-coworkeridentitycheckdocument.md")?.lastModified, "Tue, 01 Dec 2026 10:00:00 GMT")
        XCTAssertEqual(manifest.url(forFile: "rest-api/billing/get-charges.md"), harness.site.base + "/rest-api/billing/get-charges.md")
    }

    func testSecondRunSendsConditionsWritesNothingAndCountsAllUnchanged() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        _ = await harness.run()
        let before = try harness.snapshot()

        let second = await harness.run()
        XCTAssertEqual(second.status, .completed)
        XCTAssertEqual(second.summary, "0 new, 0 changed, 3 unchanged, 0 removed, 0 skipped, 0 failed")
        XCTAssertFalse(second.wroteFiles)
        XCTAssertEqual(try harness.snapshot(), before, "an unchanged site writes nothing")

        let conditional = harness.site.requests.suffix(3)
        let byTarget = Dictionary(conditional.map { ($0.target, $0) }, uniquingKeysWith: { $1 })
        XCTAssertEqual(byTarget[FetchHarness.createPage]?.header("if-none-match"), "\"create-1\"")
        XCTAssertNil(byTarget[FetchHarness.createPage]?.header("if-modified-since"))
        XCTAssertEqual(byTarget[FetchHarness.updatePage]?.header("if-modified-since"), "Tue, 01 Dec 2026 10:00:00 GMT")
        XCTAssertEqual(byTarget[FetchHarness.getPage]?.header("if-none-match"), "\"get-1\"")
    }

    func test304KeepsTheFileForAnETagAndForALastModified() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        _ = await harness.run()
        let before = try harness.snapshot()
        // New bodies under the same validators: only a 304 can keep the old files.
        harness.site.set(FetchHarness.createPage, .page(Data("# Other\n".utf8), etag: "\"create-1\""))
        harness.site.set(FetchHarness.updatePage, .page(Data("# Other\n".utf8), lastModified: "Tue, 01 Dec 2026 10:00:00 GMT"))
        let report = await harness.run()
        XCTAssertEqual(report.unchanged, [
            "rest-api/billing/get-charges.md",
            "rest-api/spaces/create-coworkeridentitycheckdocument.md",
            "rest-api/spaces/update-coworkeridentitycheckdocument.md",
        ])
        XCTAssertEqual(try harness.snapshot(), before)
    }

    func test304ToARequestWithoutConditionsFails() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        harness.site.set(FetchHarness.getPage, .answers([CannedResponse(status: 304)]))
        let report = await harness.run()
        XCTAssertEqual(report.status, .pagesFailed)
        XCTAssertEqual(report.diagnostics.map(\.message), ["\(harness.site.base + FetchHarness.getPage): HTTP 304 to a request without conditions"])
    }

    func testALeftoverStagingFolderIsCleanedUp() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        let leftover = harness.root.appendingPathComponent("spec/.nexudus-fetch-staged-docs-killed/rest-api")
        try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
        _ = await harness.run()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: harness.root.appendingPathComponent("spec").path), ["docs"])
    }

    func testSameSiteGivesTheSameSourcesBytes() async throws {
        let first = try FetchHarness()
        try first.serveStandardSite()
        _ = await first.run()
        let bytes = try XCTUnwrap(first.file("sources.json"))
        try FileManager.default.removeItem(at: first.out)
        _ = await first.run()
        XCTAssertEqual(first.file("sources.json"), bytes)
        XCTAssertFalse(String(decoding: bytes, as: UTF8.self).contains("2026-"), "no timestamps")
    }

    func testChangedPageIsRewrittenAndALocallyEditedFileIsFetchedWithoutConditions() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        _ = await harness.run()
        let changed = Data((String(decoding: try DocsSite.seed("002_0222b7055e792214.txt"), as: UTF8.self) + "\nMore text.\n").utf8)
        harness.site.set(FetchHarness.getPage, .page(changed, etag: "\"get-2\""))
        try Data("edited by hand".utf8).write(to: harness.out.appendingPathComponent("rest-api/spaces/create-coworkeridentitycheckdocument.md"))

        let report = await harness.run()
        XCTAssertEqual(report.summary, "0 new, 2 changed, 1 unchanged, 0 removed, 0 skipped, 0 failed")
        XCTAssertEqual(report.changed, ["rest-api/billing/get-charges.md", "rest-api/spaces/create-coworkeridentitycheckdocument.md"])
        XCTAssertEqual(harness.file("rest-api/billing/get-charges.md"), changed)
        XCTAssertEqual(harness.file("rest-api/spaces/create-coworkeridentitycheckdocument.md"), try DocsSite.seed("000_49fd64d59c0cccb4.txt"))
        let edited = harness.site.requests.last { $0.target == FetchHarness.createPage }
        XCTAssertNil(edited?.header("if-none-match"), "a file whose digest no longer matches is fetched in full")
        XCTAssertEqual(try SourcesManifest.read(from: harness.out)?.page(forFile: "rest-api/billing/get-charges.md")?.etag, "\"get-2\"")
    }

    func testPageThatLeftTheIndexIsRemovedButOtherFilesStay() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        _ = await harness.run()
        try Data("mine".utf8).write(to: harness.out.appendingPathComponent("rest-api/billing/notes.md"))
        try Data("mine".utf8).write(to: harness.out.appendingPathComponent("README.md"))
        let lines = ["## REST API", "- [Get Charges](/rest-api/billing/get-charges.md): still here"]
        harness.site.set("/llms.txt", .page(Data(lines.joined(separator: "\n").utf8)))

        let report = await harness.run()
        XCTAssertEqual(report.summary, "0 new, 0 changed, 1 unchanged, 2 removed, 0 skipped, 0 failed")
        XCTAssertNil(harness.file("rest-api/spaces/create-coworkeridentitycheckdocument.md"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: harness.out.appendingPathComponent("rest-api/spaces").path), "an emptied folder goes too")
        XCTAssertEqual(harness.file("rest-api/billing/notes.md"), Data("mine".utf8))
        XCTAssertEqual(harness.file("README.md"), Data("mine".utf8))
        XCTAssertEqual(try SourcesManifest.read(from: harness.out)?.pages.map(\.file), ["rest-api/billing/get-charges.md"])
    }

    func testIncludeAndExcludeGlobsMatchTheURLPath() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        harness.site.set("/api/introduction.md", .page(try DocsSite.seed("003_1c1542fb87353d24.txt")))
        let report = await harness.run(harness.options {
            $0.include = ["rest-api/**", "api/*.md"]
            $0.exclude = ["rest-api/spaces/*"]
        })
        XCTAssertEqual(report.new, ["api/introduction.md", "rest-api/billing/get-charges.md"])
        XCTAssertEqual(harness.site.hits(FetchHarness.createPage), 0)
    }

    func testNoStagingFolderIsLeftBeside() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        _ = await harness.run()
        let beside = try FileManager.default.contentsOfDirectory(atPath: harness.out.deletingLastPathComponent().path)
        XCTAssertEqual(beside, ["docs"])
    }
}
