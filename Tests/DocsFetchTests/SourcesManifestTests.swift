import DocsFetch
import XCTest

final class SourcesManifestTests: XCTestCase {
    func testEncodingIsSortedStableAndRoundTrips() throws {
        let pages = [
            SourcesManifest.Page(url: "https://learn.nexudus.com/rest-api/sys/get-b", file: "rest-api/sys/get-b.md", sha256: "bb", etag: "\"2\""),
            SourcesManifest.Page(url: "https://learn.nexudus.com/rest-api/billing/get-a.md", file: "rest-api/billing/get-a.md", sha256: "aa", lastModified: "Tue, 01 Dec 2026 10:00:00 GMT"),
        ]
        let manifest = SourcesManifest(index: "https://learn.nexudus.com/llms.txt", pages: pages)
        XCTAssertEqual(manifest.pages.map(\.file), ["rest-api/billing/get-a.md", "rest-api/sys/get-b.md"])
        XCTAssertEqual(manifest.encoded(), SourcesManifest(index: manifest.index, pages: pages.reversed()).encoded(), "order in, same bytes out")
        XCTAssertEqual(String(decoding: manifest.encoded(), as: UTF8.self), """
            {
              "index" : "https://learn.nexudus.com/llms.txt",
              "pages" : [
                {
                  "file" : "rest-api/billing/get-a.md",
                  "lastModified" : "Tue, 01 Dec 2026 10:00:00 GMT",
                  "sha256" : "aa",
                  "url" : "https://learn.nexudus.com/rest-api/billing/get-a.md"
                },
                {
                  "etag" : "\\"2\\"",
                  "file" : "rest-api/sys/get-b.md",
                  "sha256" : "bb",
                  "url" : "https://learn.nexudus.com/rest-api/sys/get-b"
                }
              ],
              "version" : 1
            }

            """)
        XCTAssertEqual(try SourcesManifest(data: manifest.encoded()), manifest)
    }

    func testLookupByFile() {
        let manifest = SourcesManifest(index: "i", pages: (0..<50).map {
            SourcesManifest.Page(url: "https://x/p\($0)", file: "rest-api/p\($0).md", sha256: "\($0)")
        })
        XCTAssertEqual(manifest.url(forFile: "rest-api/p17.md"), "https://x/p17")
        XCTAssertEqual(manifest.url(forFile: "./rest-api/p0.md"), "https://x/p0")
        XCTAssertNil(manifest.url(forFile: "rest-api/p50.md"))
        XCTAssertNil(manifest.page(forFile: ""))
    }

    func testReadingAFolderWithoutOneAndABrokenOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertNil(try SourcesManifest.read(from: folder))
        try Data("[]".utf8).write(to: folder.appendingPathComponent(SourcesManifest.fileName))
        XCTAssertThrowsError(try SourcesManifest.read(from: folder))
    }
}
