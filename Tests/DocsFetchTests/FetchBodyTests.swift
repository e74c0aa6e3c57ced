import Diagnostics
import DocsFetch
import DocsFetchTestSupport
import Foundation
import XCTest

/// Bodies that are not documentation pages, and links that would leave --out.
final class FetchBodyTests: XCTestCase {
    /// Serves `body` for the "get charges" page and returns the run's diagnostics.
    private func run(serving route: DocsSite.Route) async throws -> (FetchHarness, FetchReport) {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        harness.site.set(FetchHarness.getPage, route)
        return (harness, await harness.run())
    }

    private func assertFails(_ route: DocsSite.Route, with id: DiagnosticID, file: StaticString = #filePath, line: UInt = #line) async throws {
        let (harness, report) = try await run(serving: route)
        XCTAssertEqual(report.status, .pagesFailed, file: file, line: line)
        XCTAssertEqual(report.diagnostics.map(\.id), [id], "\(report.diagnostics.map(\.rendered))", file: file, line: line)
        XCTAssertTrue(report.diagnostics[0].message.hasPrefix(harness.site.base + FetchHarness.getPage), report.diagnostics[0].message, file: file, line: line)
        XCTAssertEqual(report.failed, [harness.site.base + FetchHarness.getPage], file: file, line: line)
        XCTAssertFalse(FileManager.default.fileExists(atPath: harness.out.path), "nothing is written", file: file, line: line)
    }

    func testHTMLPageFails() async throws {
        try await assertFails(.page(Data("<!DOCTYPE html>\n<html><body># Get charges</body></html>".utf8), contentType: "text/plain"), with: .htmlPage)
        try await assertFails(.page(Data("# Get charges\n".utf8), contentType: "text/html; charset=utf-8"), with: .htmlPage)
    }

    func testNonUTF8BodyFails() async throws {
        try await assertFails(.page(Data([0x23, 0x20, 0x47, 0xFF, 0xFE, 0x0A])), with: .notUTF8)
    }

    func testEmptyBodyFails() async throws {
        try await assertFails(.page(Data()), with: .emptyFile)
        try await assertFails(.page(Data(" \n\n".utf8)), with: .emptyFile)
    }

    func testOversizedBodyFails() async throws {
        let big = Data(repeating: UInt8(ascii: "a"), count: PageCheck.maximumPageSize + 1)
        try await assertFails(.page(big), with: .fileTooLarge)
    }

    func testPageTheParserFindsCutOffFails() async throws {
        let cut = try DocsSite.seed("000_49fd64d59c0cccb4.txt").prefix(3000)
        let (harness, report) = try await run(serving: .page(Data(cut)))
        XCTAssertEqual(report.status, .pagesFailed)
        XCTAssertEqual(report.diagnostics.map(\.id), [.unclosedTag])
        XCTAssertEqual(report.diagnostics[0].location?.description, harness.site.base + FetchHarness.getPage + ":89:1")
        XCTAssertTrue(report.diagnostics[0].message.hasPrefix("page is cut off or unreadable: <CodeGroup> opened here is never closed"), report.diagnostics[0].message)
    }

    /// A page whose blocks all close but that stops before the code samples every page of
    /// its kind has: the parser's `truncatedPage`, which fails the page like an open block.
    func testPageCutBeforeItsCodeSamplesFails() async throws {
        let lines = String(decoding: try DocsSite.seed("000_49fd64d59c0cccb4.txt"), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let cut = lines.prefix { !$0.hasPrefix("## Code Examples") }.joined(separator: "\n")
        let (harness, report) = try await run(serving: .page(Data(cut.utf8)))
        XCTAssertEqual(report.status, .pagesFailed)
        XCTAssertEqual(report.diagnostics.map(\.id), [.truncatedPage], "\(report.diagnostics.map(\.rendered))")
        XCTAssertEqual(report.failed, [harness.site.base + FetchHarness.getPage])
        XCTAssertTrue(report.diagnostics[0].message.hasPrefix("page is cut off or unreadable: "), report.diagnostics[0].message)
        XCTAssertFalse(FileManager.default.fileExists(atPath: harness.out.path), "nothing is written")
    }

    func testOverviewPageIsSkippedWithAWarningAndNotWritten() async throws {
        let overview = "# Billing overview\n\nCharges, invoices and payments are described on the pages below.\n"
        let (harness, report) = try await run(serving: .page(Data(overview.utf8)))
        XCTAssertEqual(report.status, .completed)
        XCTAssertEqual(report.summary, "2 new, 0 changed, 0 unchanged, 0 removed, 1 skipped, 0 failed")
        XCTAssertEqual(report.diagnostics.map(\.id), [.notAnEndpointPage])
        XCTAssertEqual(report.diagnostics[0].severity, .warning)
        XCTAssertNil(harness.file("rest-api/billing/get-charges.md"))
        XCTAssertNil(try SourcesManifest.read(from: harness.out)?.page(forFile: "rest-api/billing/get-charges.md"))
    }

    func testTraversalBackslashAndOtherHostLinksAreSkippedAndNeverRequested() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        harness.serveIndex(extra: [
            "- [Up](../outside.md): parent of the index",
            "- [Up inside](/rest-api/../../outside.md): folded away by resolution",
            "- [Encoded](/rest-api/%2e%2e/%2E%2E/outside.md): encoded dots",
            "- [Backslash](/rest-api/..\\\\outside.md): a backslash",
            "- [Encoded backslash](/rest-api/a%5Cb.md): an encoded backslash",
            "- [Other host](http://docs.example.invalid/rest-api/billing/get-other.md): another host",
            "- [Not http](ftp://127.0.0.1/rest-api/billing/get-ftp.md): another scheme",
            "- [Again](\(harness.site.base)/rest-api/billing/get-charges): the same file as a link above",
        ])
        let report = await harness.run()
        XCTAssertEqual(report.status, .completed, "\(report.diagnostics.map(\.rendered))")
        XCTAssertEqual(report.summary, "3 new, 0 changed, 0 unchanged, 0 removed, 8 skipped, 0 failed")
        XCTAssertEqual(report.diagnostics.map(\.id).sorted { $0.rawValue < $1.rawValue },
                       [.duplicateLink, .foreignHost, .foreignHost, .unsafeLink, .unsafeLink, .unsafeLink, .unsafeLink, .unsafeLink])
        XCTAssertTrue(report.diagnostics.allSatisfy { $0.severity == .warning })
        XCTAssertEqual(Set(harness.site.requests.map(\.target)), ["/llms.txt", FetchHarness.createPage, FetchHarness.updatePage, FetchHarness.getPage])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: harness.root.path), ["spec"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: harness.out.deletingLastPathComponent().path), ["docs"])
    }
}
