import APISchema
import Diagnostics
import DocsParser
import Foundation
import TestSupport
import XCTest

/// Merging pages into one schema: records from get pages, listings from search pages,
/// bodies from create/update pages, one enum per name, contradictions with both places.
final class SchemaMergeTests: XCTestCase {
    static let docs = packageRoot.appendingPathComponent("spec/docs")

    static func seedPages() throws -> [ParsedPage] {
        let names = try FileManager.default.contentsOfDirectory(atPath: docs.path).sorted()
        return try names.map { name in
            PageReader.parse(file: "spec/docs/\(name)", data: try Data(contentsOf: docs.appendingPathComponent(name)))
        }
    }

    func testTheSeedsMergeIntoOneSchema() throws {
        let (schema, diagnostics) = SchemaMerger.merge(try Self.seedPages())
        XCTAssertFalse(diagnostics.hasErrors, diagnostics.map(\.rendered).joined(separator: "\n"))
        XCTAssertEqual(schema.operations.map(\.id), [
            "Coworker.create", "CoworkerIdentityCheck.get", "CoworkerIdentityCheck.search",
            "CoworkerIdentityCheckDocument.create", "CoworkerIdentityCheckDocument.update",
        ])
        XCTAssertEqual(schema.enums.map(\.name), [
            "eAddressCheckDocumentType", "eCoworkerAttendance", "eCoworkerRecordType", "eCoworkerTaxRateType", "eGender",
            "eIdVerificationStatus", "eIdVerificationType", "eIdentityCheckDocumentType", "eIdentityCheckProvider",
            "eRegularPaymentProvider",
        ])
        // The rendered update page lost its table's name; the merge found it by its values.
        let status = try XCTUnwrap(schema.enumType(named: "eIdVerificationStatus"))
        XCTAssertTrue(status.sources.contains { $0.file.hasSuffix("001_edbeff8a5b28dd5a.txt") })
        XCTAssertFalse(diagnostics.contains { $0.id == .unnamedEnumTable })
    }

    func testTheRecordComesFromTheGetPageAndTheListingFromTheSearchPage() throws {
        let (schema, _) = SchemaMerger.merge(try Self.seedPages())
        let check = try XCTUnwrap(schema.entity(named: "CoworkerIdentityCheck"))
        XCTAssertEqual(check.fields.count, 37)
        XCTAssertEqual(check.fields.first { $0.name == "VerificationStatus" }?.enum, "eIdVerificationStatus")
        XCTAssertEqual(check.fields.first { $0.name == "UpdatedOn" }?.format, "date-time")
        XCTAssertEqual(check.listingOmits, ["Description", "IdentityCheckProvider1", "VerificationType1", "Description1",
                                            "IdentityCheckProvider2", "VerificationType2", "Description2"])
        let search = try XCTUnwrap(schema.operations.first { $0.id == "CoworkerIdentityCheck.search" })
        let status = try XCTUnwrap(search.parameters.first { $0.name == "CoworkerIdentityCheck_VerificationStatus" })
        XCTAssertEqual(status.field, "VerificationStatus")
        XCTAssertEqual(status.enum, "eIdVerificationStatus")
        XCTAssertEqual(search.parameters.first { $0.name == "CoworkerIdentityCheck_Business" }?.field, "BusinessId")
        XCTAssertEqual(search.sortDirection, SortDirectionEncoding(ascending: "0", descending: "1"))
        let create = try XCTUnwrap(schema.operations.first { $0.id == "Coworker.create" })
        XCTAssertEqual(create.body.count, 183)
        XCTAssertEqual(create.body.filter(\.required).map(\.name), ["FullName", "Email", "CountryId", "SimpleTimeZoneId"])
        XCTAssertEqual(create.body.first { $0.name == "ZoomAccessToken" }?.secret, true)
        XCTAssertNil(create.body.first { $0.name == "FullName" }?.secret)
    }

    func testPageOrderDoesNotChangeTheSchema() throws {
        let pages = try Self.seedPages()
        let (reference, _) = SchemaMerger.merge(pages)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5 {
            XCTAssertEqual(SchemaMerger.merge(pages.shuffled(using: &generator)).0, reference)
        }
    }

    func testTheSchemaRoundTripsThroughJSON() throws {
        let (schema, _) = SchemaMerger.merge(try Self.seedPages())
        let data = try JSONEncoder().encode(schema)
        XCTAssertEqual(try APISchema.decode(from: data), schema)
    }

    private func accordion(_ name: String, _ rows: [(Int, String)]) -> String {
        "<Accordion title=\"\(name) — Status values\">\n  | Value | Name |\n  | ----- | ---- |\n"
            + rows.map { "  | \($0.0) | \($0.1) |" }.joined(separator: "\n") + "\n</Accordion>"
    }

    private func page(_ file: String, entity: String, enums: String) -> ParsedPage {
        PageReader.parse(file: file, text: """
            # Create \(entity)

            ## Authentication

            <Note>
              The authenticated user must be a full unrestricted administrator or have the **`\(entity)-Create`** role.
            </Note>

            ## Enums

            \(enums)

            ## Request Body

            <ParamField body="Status" type="integer">
              Status. See eStatus enum above.
            </ParamField>

            ## Code Examples

            ```bash
            curl -X POST "https://spaces.nexudus.com/api/spaces/\(entity.lowercased())s" -d '{}'
            ```
            """)
    }

    func testTheSameEnumWithAndWithoutItsNoneRowIsOneEnum() {
        let (schema, diagnostics) = SchemaMerger.merge([
            page("a.md", entity: "Alpha", enums: accordion("eStatus", [(1, "Open"), (2, "Closed")])),
            page("b.md", entity: "Beta", enums: accordion("eStatus", [(0, "None"), (2, "Closed"), (1, "Open")])),
        ])
        XCTAssertEqual(schema.enumType(named: "eStatus")?.values.map(\.name), ["None", "Open", "Closed"])
        XCTAssertEqual(diagnostics.filter { $0.severity != .note }.map(\.id), [])
    }

    func testAValueNamedTwoWaysIsAnErrorNamingBothPages() throws {
        let (_, diagnostics) = SchemaMerger.merge([
            page("a.md", entity: "Alpha", enums: accordion("eStatus", [(1, "Open"), (2, "Closed")])),
            page("b.md", entity: "Beta", enums: accordion("eStatus", [(1, "Open"), (2, "Shut")])),
        ])
        let conflict = try XCTUnwrap(diagnostics.first { $0.id == .conflictingEnumValue })
        XCTAssertEqual(conflict.severity, .error)
        XCTAssertEqual(conflict.location?.file, "b.md")
        XCTAssertEqual(conflict.notes.first?.location?.file, "a.md")
        XCTAssertTrue(conflict.rendered.contains("b.md:11:1: error: enum 'eStatus' value 2 is named 'Shut' here but 'Closed' elsewhere"), conflict.rendered)
    }

    func testAFlagEnumIsMarked() {
        let (schema, _) = SchemaMerger.merge([
            page("a.md", entity: "Alpha", enums: accordion("eStatus", [(0, "None"), (1, "A"), (2, "B"), (4, "C"), (8, "D"), (16, "E")])),
        ])
        XCTAssertEqual(schema.enumType(named: "eStatus")?.isFlags, true)
    }

    func testAReferenceToAnEnumNoPageDefinesIsAWarning() throws {
        let (schema, diagnostics) = SchemaMerger.merge([page("a.md", entity: "Alpha", enums: "")])
        let warning = try XCTUnwrap(diagnostics.first { $0.id == .unresolvedEnumReference })
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertNil(schema.operations.first?.body.first?.enum)
    }
}
