@testable import DocsParser
import Foundation
import TestSupport
import XCTest

/// The parser's golden layer: every fixture page (`Fixtures/**/*.txt`) and every seed page
/// (`spec/docs/`) against the `parse --json` output recorded for it in `Fixtures/Parsed/`,
/// byte for byte. A parser change shows up here, in the layer that changed.
///
/// `UPDATE_GOLDENS=1 swift test --filter DocsParserTests.ParsedPageGoldenTests` rewrites
/// the goldens (deleting those of pages no longer there) and still fails the run with
/// "recorded new baseline", so a record run can never pass CI. Review the golden diff
/// like code; never edit a golden by hand.
final class ParsedPageGoldenTests: XCTestCase {
    func testEveryFixturePageParsesToItsRecordedJSON() throws {
        let pages = try ParsedPageGoldens.pages()
        XCTAssertGreaterThanOrEqual(pages.count, 20, "fixture pages found: \(pages.map(\.path))")
        var produced: [String: Data] = [:]
        for page in pages {
            produced[ParsedPageGoldens.goldenName(of: page.path)] = try ParsedPageGoldens.json(of: page.path)
        }
        XCTAssertEqual(produced.count, pages.count, "two pages share a golden name")
        try Golden.assertFolderMatches(produced, folder: ParsedPageGoldens.folder, name: "Fixtures/Parsed", hint: ParsedPageGoldens.hint)
    }

    /// The golden is what `parse --json` prints for the page, so the two cannot drift apart
    /// unnoticed: same encoder settings, one page per array, a final newline.
    func testAGoldenIsTheShapeOfParseJSON() throws {
        let path = "Tests/DocsParserTests/Fixtures/Pages/learn-search.txt"
        let json = try ParsedPageGoldens.json(of: path)
        let decoded = try JSONDecoder().decode([ParsedPage].self, from: json)
        XCTAssertEqual(decoded.count, 1)
        XCTAssertEqual(decoded.first?.file, path)
        XCTAssertEqual(decoded.first?.format, .learnRendered)
        XCTAssertEqual(json.last, UInt8(ascii: "\n"))
        let text = String(decoding: json, as: UTF8.self)
        XCTAssertTrue(text.contains("\"method\" : \"GET\""), "pretty printed with sorted keys, as parse --json")
        XCTAssertTrue(text.contains("\"path\" : \"/api/spaces/coworkeridentitychecks\""), "slashes not escaped")
    }
}
