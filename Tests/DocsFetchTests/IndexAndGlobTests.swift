@testable import DocsFetch
import XCTest

final class IndexAndGlobTests: XCTestCase {
    func testIndexReadsListLinksUnderSections() {
        let index = LLMSIndex(text: """
            # Nexudus
            > Fetch the complete documentation index at: https://learn.nexudus.com/llms.txt

            ## REST API
            - [Get Charges](https://learn.nexudus.com/rest-api/billing/get-charges.md): List charges.
            * [Get [Batch] Businesses](/rest-api/sys/get-businesses-batch)
            - not a link
            A [link](https://x/y) in prose.

            ## SDK
              - [Swift](https://learn.nexudus.com/sdk/swift "The Swift SDK"): Install.
            """)
        XCTAssertEqual(index.links.map(\.target), [
            "https://learn.nexudus.com/rest-api/billing/get-charges.md", "/rest-api/sys/get-businesses-batch", "https://learn.nexudus.com/sdk/swift",
        ])
        XCTAssertEqual(index.links.map(\.title), ["Get Charges", "Get [Batch] Businesses", "Swift"])
        XCTAssertEqual(index.links.map(\.section), ["REST API", "REST API", "SDK"])
        XCTAssertEqual(index.links.map(\.line), [5, 6, 11])
    }

    func testHTMLOrProseIsNoIndex() {
        XCTAssertTrue(LLMSIndex(text: "<html><body><a href='/x'>x</a></body></html>").links.isEmpty)
        XCTAssertTrue(LLMSIndex(text: "# Title\n\nSee [the docs](https://x/y).\n").links.isEmpty)
    }

    func testGlobs() {
        let rest = Glob("rest-api/**")
        XCTAssertTrue(rest.matches("rest-api/billing/get-charges.md"))
        XCTAssertTrue(rest.matches("rest-api/billing/get-charges"))
        XCTAssertTrue(rest.matches("rest-api"), "** may match no segment")
        XCTAssertFalse(rest.matches("api/rest-api/x"))
        XCTAssertFalse(rest.matches("rest-apis/x"))
        XCTAssertTrue(Glob("rest-api/*/get-*").matches("rest-api/billing/get-charges.md"))
        XCTAssertFalse(Glob("rest-api/*").matches("rest-api/billing/get-charges.md"), "* stays inside one segment")
        XCTAssertTrue(Glob("**/get-charges.md").matches("rest-api/billing/get-charges.md"))
        XCTAssertTrue(Glob("rest-api/**/*.md").matches("rest-api/a/b/c.md"))
        XCTAssertFalse(Glob("rest-api/**/*.md").matches("rest-api/a/b/c.txt"))
        XCTAssertTrue(Glob("rest-api/sys/get-?usinesses*").matches("rest-api/sys/get-businesses-batch"))
        XCTAssertFalse(Glob("rest-api/sys/get-?").matches("rest-api/sys/get-"))
    }

    func testLinkPolicyNamesFilesByTheLinkAndAddsMarkdown() throws {
        let policy = LinkPolicy(indexURL: URL(string: "https://learn.nexudus.com/llms.txt")!, allowedHosts: ["docs.nexudus.com"])
        let plain = try policy.target(forLink: "https://learn.nexudus.com/rest-api/billing/get-charges#top").get()
        XCTAssertEqual(plain.file, "rest-api/billing/get-charges.md")
        XCTAssertEqual(plain.url.absoluteString, "https://learn.nexudus.com/rest-api/billing/get-charges.md")
        XCTAssertEqual(plain.link.absoluteString, "https://learn.nexudus.com/rest-api/billing/get-charges")
        XCTAssertEqual(try policy.target(forLink: "/rest-api/sys/get-businesses-batch.md").get().file, "rest-api/sys/get-businesses-batch.md")
        XCTAssertEqual(try policy.target(forLink: "rest-api/a%20b").get().file, "rest-api/a b.md")
        XCTAssertEqual(try policy.target(forLink: "https://DOCS.nexudus.com/rest-api/x.txt").get().file, "rest-api/x.txt", "an allowed host, any case")
    }

    func testLinkPolicyRefusesWhatCouldLeaveOut() {
        let policy = LinkPolicy(indexURL: URL(string: "https://learn.nexudus.com/llms.txt")!, allowedHosts: [])
        let refused: [(String, DiagnosticIDName)] = [
            ("../x.md", .unsafeLink), ("/rest-api/../../x.md", .unsafeLink), ("/rest-api/%2e%2e/x.md", .unsafeLink),
            ("/rest-api/.%2E/x.md", .unsafeLink), ("/rest-api/a\\b.md", .unsafeLink), ("/rest-api/a%5cb.md", .unsafeLink),
            ("/rest-api/a%2f..%2fb.md", .unsafeLink), ("/rest-api//x.md", .unsafeLink), ("/rest-api/a%00.md", .unsafeLink),
            ("/sources.json", .unsafeLink), ("https://evil.example/rest-api/x.md", .foreignHost),
            ("ftp://learn.nexudus.com/rest-api/x.md", .foreignHost), ("file:///etc/passwd", .foreignHost),
        ]
        for (link, id) in refused {
            switch policy.target(forLink: link) {
            case .success(let target): XCTFail("\(link) was accepted as \(target.file)")
            case .failure(let rejection): XCTAssertEqual(rejection.id.rawValue, id.rawValue, link)
            }
        }
    }
}

/// The two ids the link rules use, so the table above reads as data.
enum DiagnosticIDName: String {
    case unsafeLink, foreignHost
}
