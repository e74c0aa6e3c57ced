import Foundation
@testable import GeneratorCore
import XCTest

/// `fetch` lays pages out by their URL path, so every command reads a folder of pages
/// with its subfolders.
final class PageSourceTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("page-sources-\(UUID().uuidString)")
        for (path, text) in [("rest-api/billing/get-charges.md", "a"), ("rest-api/sys/get-businesses.mdx", "b"), ("000_seed.txt", "c"),
                             ("sources.json", "{}"), ("notes.html", "<p>"), (".hidden/page.md", "d"), ("rest-api/.draft.md", "e")] {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testReadsEveryPageBelowTheFolderSortedByPath() throws {
        let sources = try PageSource.read(in: folder.path)
        XCTAssertEqual(sources.map { String($0.path.dropFirst(folder.path.count + 1)) },
                       ["000_seed.txt", "rest-api/billing/get-charges.md", "rest-api/sys/get-businesses.mdx"])
        XCTAssertEqual(sources.map { String(decoding: $0.data, as: UTF8.self) }, ["c", "a", "b"])
    }

    func testAMissingFolderIsAnInputError() {
        XCTAssertThrowsError(try PageSource.read(in: folder.appendingPathComponent("nope").path)) { error in
            let error = error as? GeneratorError
            XCTAssertEqual(error?.kind, .invalidInput)
            XCTAssertEqual(error?.diagnostic.id, .noSuchFile)
            XCTAssertEqual(error?.diagnostic.rendered, "\(folder.appendingPathComponent("nope").path): error: no such documentation folder")
        }
    }
}
