@testable import APISchema
import DocsParser
import XCTest

/// When several pages describe one entity or field, the merge keeps the text that kept its
/// structure: the export's over a rendering's, then the get page's, the create page's, the
/// search page's (README, "Descriptions").
final class DescriptionChoiceTests: XCTestCase {
    private let folder = "Tests/APISchemaTests/Fixtures/Cases/structured-descriptions/"
    private func page(_ name: String) -> ParsedPage { MergePages.load(folder + name) }

    /// The seeds: the check's record comes from the rendered get page, whose text glues the
    /// table's cells; the Markdown search page has the table, so its text wins.
    func testTheExportsTextWinsOverTheRenderedGetPage() throws {
        let (schema, _) = SchemaMerger.merge(MergePages.seeds)
        let check = try XCTUnwrap(schema.entity(named: "CoworkerIdentityCheck"))
        XCTAssertEqual(check.source?.file, "spec/docs/003_1c1542fb87353d24.txt", "the record itself is still the get page's")
        let text = try XCTUnwrap(check.description)
        XCTAssertTrue(text.contains("| VerificationType | Purpose"), text)
        XCTAssertTrue(text.contains("`Pending` → `Submitted` → `Successful`"), text)
        XCTAssertFalse(text.contains("VerificationTypePurpose"), text)
    }

    /// Among exports, the create page's text wins over the search page's; the rendered get
    /// page's loses to both, whatever the order of the pages.
    func testAmongExportsTheCreatePageWinsOverTheSearchPage() throws {
        let pages = [page("search-lockers.md"), page("get-locker.txt"), page("create-locker.md")]
        for order in [pages, pages.reversed()] {
            let (schema, _) = SchemaMerger.merge(order)
            let text = try XCTUnwrap(schema.entity(named: "Locker")?.description)
            XCTAssertTrue(text.hasPrefix("A **Locker** is a lockable box"), text)
            XCTAssertTrue(text.contains("| Small (1) | A laptop and a bag |"), text)
        }
    }

    func testAmongRenderingsTheGetPageWins() throws {
        let (schema, _) = SchemaMerger.merge([page("search-lockers.md"), page("get-locker.txt")])
        // The search export still ranks over the rendered get page.
        XCTAssertEqual(schema.entity(named: "Locker")?.description?.hasPrefix("Lockers of every location"), true)
        let (getOnly, _) = SchemaMerger.merge([page("get-locker.txt")])
        XCTAssertEqual(getOnly.entity(named: "Locker")?.description?.hasPrefix("A Locker is a lockable box"), true)
    }

    func testTheRankOrdersFormatThenKindThenFile() {
        let markdown = SchemaMerger.PageOrigin(page("create-locker.md"))
        let rendered = SchemaMerger.PageOrigin(page("get-locker.txt"))
        XCTAssertLessThan(DescriptionChoice.rank(markdown, kind: .search), DescriptionChoice.rank(rendered, kind: .get))
        XCTAssertLessThan(DescriptionChoice.rank(markdown, kind: .get), DescriptionChoice.rank(markdown, kind: .create))
        XCTAssertLessThan(DescriptionChoice.rank(markdown, kind: .create), DescriptionChoice.rank(markdown, kind: .search))
        XCTAssertLessThan(DescriptionChoice.rank(markdown, kind: .search), DescriptionChoice.rank(markdown, kind: .update))
    }

    /// A record field takes the export's text of the same field when it says the same words;
    /// a text that says something else is another fact, and the record keeps its own.
    func testAFieldTakesTheSameWordsWithTheirStructureAndKeepsDifferentWords() throws {
        let (schema, diagnostics) = SchemaMerger.merge([page("get-locker.txt"), page("create-locker.md"), page("search-lockers.md")])
        XCTAssertEqual(diagnostics.filter { $0.severity != .note }.map(\.rendered), [])
        let fields = try XCTUnwrap(schema.entity(named: "Locker")).fields
        let status = try XCTUnwrap(fields.first { $0.name == "Status" })
        XCTAssertEqual(status.description, "Where the booking is: `Free` → `Booked` → `Released`. See `eLockerStatus` enum values: 1 = Free, 2 = Booked, 3 = Released.")
        XCTAssertEqual(status.source.file, folder + "get-locker.txt", "the field is still the get page's")
        let size = try XCTUnwrap(fields.first { $0.name == "Size" })
        XCTAssertEqual(size.description, "How big the locker is. See eLockerSize enum values: 1 = Small, 2 = Large.")
        // The request body keeps its own words too.
        let body = try XCTUnwrap(schema.operations.first { $0.id == "Locker.create" }).body
        XCTAssertEqual(body.first { $0.name == "Size" }?.description,
                       "How big the locker is, when it is not small. Defaults to eLockerSize.Small. See eLockerSize enum above.")
    }
}
