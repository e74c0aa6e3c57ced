import LoopbackSupport
import Diagnostics
import DocsFetch
import DocsFetchTestSupport
import Foundation
import XCTest

/// A failed run leaves --out byte for byte as it was; --keep-going writes what succeeded.
final class AllOrNothingTests: XCTestCase {
    /// A first good run, then a site where one page changed and one is gone.
    private func changedSiteWithOneFailure() async throws -> FetchHarness {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        let first = await harness.run()
        XCTAssertEqual(first.status, .completed)
        harness.site.set(FetchHarness.getPage, .page(Data("# Get Charges\n\nchanged\n".utf8) + (try DocsSite.seed("002_0222b7055e792214.txt")), etag: "\"get-2\""))
        harness.site.set(FetchHarness.createPage, .answers([CannedResponse(status: 500)]))
        harness.serveIndex(extra: ["- [Get Invoices](/rest-api/billing/get-invoices.md): new"])
        harness.site.set("/rest-api/billing/get-invoices.md", .page(try DocsSite.seed("004_171b5e522a1534d0.txt")))
        return harness
    }

    func testAFailingRunLeavesOutByteIdentical() async throws {
        let harness = try await changedSiteWithOneFailure()
        try Data("someone else's".utf8).write(to: harness.out.appendingPathComponent("notes.txt"))
        let before = try harness.snapshot()

        let report = await harness.run()
        XCTAssertEqual(report.status, .pagesFailed)
        XCTAssertFalse(report.wroteFiles)
        XCTAssertEqual(report.failed, [harness.site.base + FetchHarness.createPage])
        XCTAssertEqual(report.summary, "1 new, 1 changed, 1 unchanged, 0 removed, 0 skipped, 1 failed")
        XCTAssertEqual(try harness.snapshot(), before, "contents, modification times and inodes are as they were")
    }

    func testKeepGoingWritesWhatSucceededKeepsTheFailedPageAndStillFails() async throws {
        let harness = try await changedSiteWithOneFailure()
        let oldCreate = try XCTUnwrap(harness.file("rest-api/spaces/create-coworkeridentitycheckdocument.md"))
        let oldEntry = try SourcesManifest.read(from: harness.out)?.page(forFile: "rest-api/spaces/create-coworkeridentitycheckdocument.md")

        let report = await harness.run(harness.options { $0.keepGoing = true })
        XCTAssertEqual(report.status, .pagesFailed)
        XCTAssertTrue(report.wroteFiles)
        XCTAssertEqual(report.new, ["rest-api/billing/get-invoices.md"])
        XCTAssertEqual(report.changed, ["rest-api/billing/get-charges.md"])
        XCTAssertEqual(harness.file("rest-api/billing/get-invoices.md"), try DocsSite.seed("004_171b5e522a1534d0.txt"))
        XCTAssertEqual(harness.file("rest-api/spaces/create-coworkeridentitycheckdocument.md"), oldCreate, "the failed page keeps its old file")
        let manifest = try XCTUnwrap(try SourcesManifest.read(from: harness.out))
        XCTAssertEqual(manifest.page(forFile: "rest-api/spaces/create-coworkeridentitycheckdocument.md"), oldEntry, "and its old entry")
        XCTAssertEqual(manifest.page(forFile: "rest-api/billing/get-charges.md")?.etag, "\"get-2\"")
    }

    func testAWriteThatCannotBeStagedLeavesOutAlone() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        _ = await harness.run()
        // A file where a page's folder must go: staging succeeds, the move cannot, before any rename.
        harness.serveIndex(extra: ["- [Nested](/rest-api/billing/get-charges.md/nested.md): under a file"])
        harness.site.set("/rest-api/billing/get-charges.md/nested.md", .page(try DocsSite.seed("004_171b5e522a1534d0.txt")))
        // The staging folder comes and goes beside --out, so only --out itself is compared.
        let before = try harness.snapshot(of: harness.out)
        let report = await harness.run()
        XCTAssertEqual(report.status, .writeFailed)
        XCTAssertEqual(report.diagnostics.map(\.id), [.outputError])
        XCTAssertEqual(try harness.snapshot(of: harness.out), before)
    }

    func testAnUnreadableManifestRemovesNothingAndFetchesInFull() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        _ = await harness.run()
        try Data("{ not json".utf8).write(to: harness.out.appendingPathComponent("sources.json"))
        let report = await harness.run()
        XCTAssertEqual(report.status, .completed)
        XCTAssertEqual(report.diagnostics.map(\.id), [.invalidManifest])
        XCTAssertEqual(report.unchanged.count, 3, "the bytes on disk are compared")
        XCTAssertTrue(harness.site.requests.suffix(3).allSatisfy { $0.header("if-none-match") == nil && $0.header("if-modified-since") == nil })
        XCTAssertNoThrow(try SourcesManifest.read(from: harness.out), "a good manifest is written again")
    }

    func testAManifestEntryOutsideOutIsNeverRemoved() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        let outside = harness.root.appendingPathComponent("spec/keep.md")
        try FileManager.default.createDirectory(at: harness.out, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: outside)
        let hostile = SourcesManifest(index: harness.indexURL.absoluteString, pages: [SourcesManifest.Page(url: "x", file: "../keep.md", sha256: "0")])
        try hostile.encoded().write(to: harness.out.appendingPathComponent("sources.json"))
        let report = await harness.run()
        XCTAssertEqual(report.removed, [])
        XCTAssertEqual(report.diagnostics.map(\.id), [.invalidManifest])
        XCTAssertEqual(FileManager.default.contents(atPath: outside.path), Data("keep".utf8))
    }

    func testASymbolicLinkInsideOutIsNeverWrittenThrough() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        let elsewhere = harness.root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: harness.out, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: harness.out.appendingPathComponent("rest-api"), withDestinationURL: elsewhere)
        let report = await harness.run()
        XCTAssertEqual(report.status, .writeFailed)
        XCTAssertEqual(report.diagnostics.map(\.id), [.outputError])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path), [])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: harness.out.path), ["rest-api"])
    }
}
