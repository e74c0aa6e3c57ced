@testable import APISchema
import DocsParser
import XCTest

/// A rendered page prints enum tables without their names; comparing two snapshots, the
/// other one may name them (`SchemaDiff.merge(_:namingTablesFrom:)`).
final class DiffSnapshotEnumsTests: XCTestCase {
    /// A rendered create page with the given enum tables and body fields.
    private func renderedPage(tables: [[(Int, String)]], fields: [String]) -> ParsedPage {
        let enums = tables.map { rows in (["ValueName"] + rows.map { "\($0.0)\($0.1)" }).joined(separator: "\n") }
        let text = """
            Skip to main content
            POST
            /
            api
            /
            spaces
            /
            desks
            Creates a Desk record.

            Authentication

            The authenticated user must be a full unrestricted administrator or have the Desk-Create role.

            Enums

            \(enums.joined(separator: "\n"))

            Request Body

            Required Fields

            Name
            string
            required
            Display name.

            Optional Fields

            \(fields.joined(separator: "\n"))
            """
        return DiffFixture.page("new/desk.txt", text)
    }

    private let states = [(0, "None"), (1, "Open"), (2, "Closed")]
    private let sizes = [(1, "Small"), (2, "Large")]

    func testATableNoFieldNamesTakesTheNameTheOtherSnapshotGives() {
        let page = renderedPage(tables: [states], fields: [])
        XCTAssertEqual(SchemaMerger.merge([page]).0.enums, [], "alone, the page names no enum")
        let other = APISchema(enums: [DiffFixture.enumType("eDeskState", [(1, "Open"), (2, "Closed")])])
        let schema = SchemaDiff.merge([page], namingTablesFrom: other)
        XCTAssertEqual(schema.enums.map(\.name), ["eDeskState"])
        XCTAssertEqual(schema.enums.first?.values.map(\.name), ["None", "Open", "Closed"], "the page's own values, `0 None` too")
        XCTAssertEqual(schema.enums.first?.sources.first?.file, "new/desk.txt")
    }

    /// Two tables and two fields naming two enums: the page alone cannot tell which is
    /// which; named from the other snapshot, the fields keep their enum types.
    func testNamedTablesKeepTheFieldsThatReferToThemTyped() {
        let page = renderedPage(tables: [states, sizes], fields: [
            "Status", "integer", "Status. See eDeskStatus enum above.",
            "Size", "integer", "Size. See eDeskSize enum above.",
        ])
        let alone = SchemaMerger.merge([page]).0
        XCTAssertEqual(alone.operations.first?.body.compactMap(\.enum), [], "alone, the references cannot be resolved")
        let other = APISchema(enums: [DiffFixture.enumType("eDeskSize", sizes), DiffFixture.enumType("eDeskStatus", states)])
        let schema = SchemaDiff.merge([page], namingTablesFrom: other)
        XCTAssertEqual(schema.enums.map(\.name), ["eDeskSize", "eDeskStatus"])
        XCTAssertEqual(schema.operations.first?.body.map { "\($0.name) \($0.enum ?? "-")" }, ["Name -", "Status eDeskStatus", "Size eDeskSize"])
        XCTAssertEqual(SchemaDiff.compare(other, schema).filter { $0.entity == "enums" }, [])
    }

    /// A table that matches no enum, or several, stays unnamed: a guess would hide a change.
    func testAnAmbiguousOrChangedTableStaysUnnamed() {
        let page = renderedPage(tables: [states], fields: [])
        let twins = APISchema(enums: [DiffFixture.enumType("eDeskState", states), DiffFixture.enumType("eRoomState", states)])
        XCTAssertEqual(SchemaDiff.merge([page], namingTablesFrom: twins).enums, [])
        let changed = APISchema(enums: [DiffFixture.enumType("eDeskState", [(1, "Open"), (2, "Closed"), (3, "Reserved")])])
        XCTAssertEqual(SchemaDiff.merge([page], namingTablesFrom: changed).enums, [])
    }

    /// An enum the page's own snapshot already names is not given to a second table.
    func testAnEnumIsNotNamedTwice() {
        let page = renderedPage(tables: [states, states.map { ($0.0, $0.1) }], fields: [])
        let other = APISchema(enums: [DiffFixture.enumType("eDeskState", states)])
        XCTAssertEqual(SchemaDiff.merge([page], namingTablesFrom: other).enums.map(\.name), ["eDeskState"])
    }
}
