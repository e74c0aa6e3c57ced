import LoopbackSupport
import Diagnostics
import DocsFetch
import DocsFetchTestSupport
import Foundation
import XCTest

/// Retries, waits and redirects, against the loopback site; every wait is asserted on the
/// injected clock, none is slept.
final class FetchRetryTests: XCTestCase {
    private func page(_ seed: String = "002_0222b7055e792214.txt") throws -> CannedResponse {
        CannedResponse(status: 200, headers: ["Content-Type": "text/markdown"], body: try DocsSite.seed(seed))
    }

    func test429WaitsForRetryAfterSeconds() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        harness.site.set(FetchHarness.getPage, .answers([CannedResponse(status: 429, headers: ["Retry-After": "7"]), try page()]))
        let report = await harness.run()
        XCTAssertEqual(report.status, .completed, "\(report.diagnostics.map(\.rendered))")
        XCTAssertEqual(harness.clock.waits, [7])
        XCTAssertEqual(harness.site.hits(FetchHarness.getPage), 2)
        XCTAssertEqual(harness.file("rest-api/billing/get-charges.md"), try DocsSite.seed("002_0222b7055e792214.txt"))
    }

    func test409WaitsUntilARetryAfterDate() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        // The recording clock starts at 1_700_000_000 (Tue, 14 Nov 2023 22:13:20 GMT).
        harness.site.set(FetchHarness.getPage, .answers([CannedResponse(status: 409, headers: ["Retry-After": "Tue, 14 Nov 2023 22:13:50 GMT"]), try page()]))
        let report = await harness.run()
        XCTAssertEqual(report.status, .completed)
        XCTAssertEqual(harness.clock.waits, [30])
    }

    func testRetryAfterIsCappedAndBackOffIsUsedWithoutOne() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        harness.site.set(FetchHarness.getPage, .answers([CannedResponse(status: 429, headers: ["Retry-After": "86400"]), CannedResponse(status: 429), try page()]))
        let report = await harness.run()
        XCTAssertEqual(report.status, .completed)
        XCTAssertEqual(harness.clock.waits, [120, 1])
    }

    func test500ThenSuccessBacksOff() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        harness.site.set(FetchHarness.getPage, .answers([CannedResponse(status: 500), CannedResponse(status: 503), try page()]))
        let report = await harness.run()
        XCTAssertEqual(report.status, .completed)
        XCTAssertEqual(harness.clock.waits, [0.5, 1])
        XCTAssertEqual(report.new.count, 3)
    }

    func testServerErrorsPastTheRetriesFailThePage() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        harness.site.set(FetchHarness.getPage, .answers([CannedResponse(status: 502)]))
        let report = await harness.run(harness.options { $0.retries = 1 })
        XCTAssertEqual(report.status, .pagesFailed)
        XCTAssertEqual(report.failed, [harness.site.base + FetchHarness.getPage])
        XCTAssertEqual(harness.site.hits(FetchHarness.getPage), 2)
        let error = try XCTUnwrap(report.diagnostics.first { $0.severity == .error })
        XCTAssertEqual(error.id, .httpStatus)
        XCTAssertTrue(error.message.contains(harness.site.base + FetchHarness.getPage), error.message)
    }

    func testTimeoutIsRetriedAfterBackOff() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        let slow = CannedResponse(status: 200, body: try DocsSite.seed("002_0222b7055e792214.txt"), delay: 1.5)
        harness.site.set(FetchHarness.getPage, .answers([slow, try page()]))
        let started = Date()
        let report = await harness.run(harness.options { $0.timeout = 0.3 })
        XCTAssertEqual(report.status, .completed, "\(report.diagnostics.map(\.rendered))")
        XCTAssertEqual(harness.clock.waits, [0.5])
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.4, "the slow answer was not waited for")
    }

    func testTimeoutPastTheRetriesFailsWithRequestFailed() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        harness.site.set(FetchHarness.getPage, .answers([CannedResponse(status: 200, delay: 1.5)]))
        let report = await harness.run(harness.options { $0.timeout = 0.2; $0.retries = 0 })
        XCTAssertEqual(report.status, .pagesFailed)
        XCTAssertEqual(ids(report), ["requestFailed"])
    }

    func testRedirectIsFollowedAndTheFileIsNamedByTheLink() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        harness.site.set(FetchHarness.getPage, .answers([CannedResponse(status: 301, headers: ["Location": "/moved/charges.md"])]))
        harness.site.set("/moved/charges.md", .answers([CannedResponse(status: 307, headers: ["Location": harness.site.base + "/moved/again.md"])]))
        harness.site.set("/moved/again.md", .page(try DocsSite.seed("002_0222b7055e792214.txt"), etag: "\"moved\""))
        let report = await harness.run()
        XCTAssertEqual(report.status, .completed, "\(report.diagnostics.map(\.rendered))")
        XCTAssertEqual(harness.file("rest-api/billing/get-charges.md"), try DocsSite.seed("002_0222b7055e792214.txt"))
        XCTAssertNil(harness.file("moved/again.md"))
        let entry = try SourcesManifest.read(from: harness.out)?.page(forFile: "rest-api/billing/get-charges.md")
        XCTAssertEqual(entry?.url, harness.site.base + FetchHarness.getPage)
        XCTAssertEqual(entry?.etag, "\"moved\"")
    }

    func testMoreThanFiveRedirectsFail() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        harness.site.set(FetchHarness.getPage, .answers([CannedResponse(status: 302, headers: ["Location": FetchHarness.getPage])]))
        let report = await harness.run()
        XCTAssertEqual(report.status, .pagesFailed)
        XCTAssertEqual(ids(report), ["tooManyRedirects"])
        XCTAssertEqual(harness.site.hits(FetchHarness.getPage), 6)
    }

    func testRedirectElsewhereIsSkippedWithAWarningAndNotFollowed() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        harness.site.set(FetchHarness.getPage, .answers([CannedResponse(status: 301, headers: ["Location": "http://docs.example.invalid/rest-api/billing/get-charges.md"])]))
        harness.site.set(FetchHarness.updatePage, .answers([CannedResponse(status: 301, headers: ["Location": "/rest-api/../../etc/passwd"])]))
        harness.site.set(FetchHarness.createPage, .answers([CannedResponse(status: 301, headers: ["Location": "ftp://127.0.0.1/x.md"])]))
        let report = await harness.run()
        XCTAssertEqual(report.status, .completed)
        XCTAssertEqual(report.summary, "0 new, 0 changed, 0 unchanged, 0 removed, 3 skipped, 0 failed")
        XCTAssertEqual(Set(ids(report)), ["foreignHost", "unsafeLink"])
        XCTAssertTrue(report.diagnostics.allSatisfy { $0.severity == .warning })
        XCTAssertEqual(harness.site.hits("/etc/passwd"), 0)
    }

    func test404FailsThePageNamingTheURL() async throws {
        let harness = try FetchHarness()
        try harness.serveStandardSite()
        harness.site.remove(FetchHarness.updatePage)
        let report = await harness.run()
        XCTAssertEqual(report.status, .pagesFailed)
        XCTAssertEqual(report.diagnostics.map(\.rendered), ["error: \(harness.site.base + FetchHarness.updatePage): HTTP 404"])
        XCTAssertEqual(harness.site.hits(FetchHarness.updatePage), 1, "a 404 is not retried")
        XCTAssertFalse(FileManager.default.fileExists(atPath: harness.out.path), "nothing is written")
    }

    func testUnreachableIndexAndAnIndexWithoutLinks() async throws {
        let harness = try FetchHarness()
        let missing = await harness.run(harness.options { $0.retries = 0 })
        XCTAssertEqual(missing.status, .indexUnreachable)
        XCTAssertEqual(ids(missing), ["indexUnreachable"])

        harness.site.set("/llms.txt", .page(Data("<html><body>Docs</body></html>".utf8), contentType: "text/html"))
        let invalid = await harness.run()
        XCTAssertEqual(invalid.status, .invalidIndex)
        XCTAssertEqual(ids(invalid), ["invalidIndex"])

        harness.site.stop()
        let closed = await harness.run(harness.options { $0.retries = 1 })
        XCTAssertEqual(closed.status, .indexUnreachable)
        XCTAssertEqual(harness.clock.waits, [0.5], "a refused connection backs off like a timeout")
        XCTAssertFalse(FileManager.default.fileExists(atPath: harness.out.path))
    }
}
