import APISchema
import Diagnostics
import DocsParser
import XCTest

/// One enum per name across pages, whatever each page lost or left out.
final class EnumMergeTests: XCTestCase {
    func testUnnamedRenderedTableTakesTheNameOfTheEnumWithItsValues() throws {
        let (schema, diagnostics) = SchemaMerger.merge([MergePages.seed(0), MergePages.seed(1)])
        XCTAssertEqual(schema.enums.map(\.name), ["eIdVerificationStatus"])
        let status = try XCTUnwrap(schema.enumType(named: "eIdVerificationStatus"))
        XCTAssertEqual(status.sources.map(\.file), ["spec/docs/000_49fd64d59c0cccb4.txt", "spec/docs/001_edbeff8a5b28dd5a.txt"])
        XCTAssertEqual(status.sources.map(\.line), [30, 30])
        XCTAssertEqual(diagnostics, [], diagnostics.map(\.rendered).joined(separator: "\n"))
    }

    func testUnnamedTableNoPageNamesStaysAWarning() {
        let (schema, diagnostics) = SchemaMerger.merge([MergePages.seed(1)])
        XCTAssertEqual(schema.enums, [])
        XCTAssertEqual(diagnostics.map(\.id), [.unnamedEnumTable, .unnamedEnumTable], "the page's and the merge's")
        XCTAssertTrue(diagnostics.allSatisfy { $0.severity == .warning && $0.location?.line == 30 })
    }

    /// The hand-written rendered search page names none of its five tables and none of
    /// its filters' enums; the get page (values inline) recovers all of them.
    func testRenderedSearchRecoversEveryEnumFromTheGetPage() throws {
        let (alone, aloneDiagnostics) = SchemaMerger.merge([MergePages.renderedSearch])
        XCTAssertEqual(alone.enums, [])
        XCTAssertEqual(aloneDiagnostics.filter { $0.id == .unnamedEnumTable }.count, 10, "five on the page, five from the merge")

        let (schema, diagnostics) = SchemaMerger.merge([MergePages.renderedSearch, MergePages.seed(3)])
        XCTAssertEqual(diagnostics.filter { $0.severity != .note }, [], diagnostics.map(\.rendered).joined(separator: "\n"))
        XCTAssertEqual(schema.enums.map(\.name), ["eAddressCheckDocumentType", "eIdVerificationStatus", "eIdVerificationType",
                                                  "eIdentityCheckDocumentType", "eIdentityCheckProvider"])
        for enumType in schema.enums {
            XCTAssertTrue(enumType.sources.contains { $0.file.hasSuffix("search-coworkeridentitychecks.rendered.txt") }, enumType.name)
        }
        let search = try XCTUnwrap(schema.operations.first { $0.id == "CoworkerIdentityCheck.search" })
        let enumByFilter = Dictionary(uniqueKeysWithValues: search.parameters.compactMap { p in p.enum.map { (p.name, $0) } })
        XCTAssertEqual(enumByFilter, [
            "CoworkerIdentityCheck_IdentityCheckProvider": "eIdentityCheckProvider",
            "CoworkerIdentityCheck_IdentityDocumentType": "eIdentityCheckDocumentType",
            "CoworkerIdentityCheck_AddressDocumentType": "eAddressCheckDocumentType",
            "CoworkerIdentityCheck_VerificationType": "eIdVerificationType",
            "CoworkerIdentityCheck_VerificationStatus": "eIdVerificationStatus",
        ])
    }

    /// Both formats of the search page give the same schema for it, but for the places.
    func testMarkdownAndRenderedSearchMergeToTheSameOperation() throws {
        let (fromMarkdown, _) = SchemaMerger.merge([MergePages.seed(2), MergePages.seed(3)])
        let (fromRendered, _) = SchemaMerger.merge([MergePages.renderedSearch, MergePages.seed(3)])
        let lhs = try XCTUnwrap(fromMarkdown.operations.first { $0.kind == .search })
        let rhs = try XCTUnwrap(fromRendered.operations.first { $0.kind == .search })
        XCTAssertEqual(lhs.parameters.map(\.name), rhs.parameters.map(\.name))
        XCTAssertEqual(lhs.parameters.map(\.enum), rhs.parameters.map(\.enum))
        XCTAssertEqual(lhs.parameters.map(\.field), rhs.parameters.map(\.field))
        XCTAssertEqual(lhs.parameters.map(\.format), rhs.parameters.map(\.format))
        XCTAssertEqual(lhs.sortDirection, rhs.sortDirection)
        XCTAssertEqual(lhs.notes.map(\.kind), rhs.notes.map(\.kind))
        XCTAssertEqual(fromMarkdown.entities.map(\.listingOmits), fromRendered.entities.map(\.listingOmits))
        XCTAssertEqual(fromMarkdown.enums.map(\.values), fromRendered.enums.map(\.values))
    }

    func testSameEnumWithAndWithoutNoneAcrossFormatsIsOneEnum() throws {
        let (schema, diagnostics) = SchemaMerger.merge([
            MergePages.markdownCreate("a.md", entity: "Alpha",
                                      enums: MergePages.accordion("eKind", [(0, "None"), (1, "Small"), (2, "Large")]),
                                      fields: "<ParamField body=\"Kind\" type=\"integer\">\n  Kind. See eKind enum above.\n</ParamField>"),
            MergePages.renderedUpdate("b.txt", entity: "Alpha", tables: [[(2, "Large"), (1, "Small")]],
                                      fields: "Kind\ninteger\nKind. See eKind enum above."),
        ])
        XCTAssertEqual(diagnostics, [], diagnostics.map(\.rendered).joined(separator: "\n"))
        XCTAssertEqual(schema.enums.map(\.name), ["eKind"])
        XCTAssertEqual(schema.enumType(named: "eKind")?.values.map(\.value), [0, 1, 2], "sorted by value")
        XCTAssertEqual(schema.enumType(named: "eKind")?.sources.map(\.file), ["a.md", "b.txt"])
    }

    func testUnnamedTableMatchingTwoEnumsIsNotGuessed() {
        let rows = [(1, "On"), (2, "Off")]
        let (schema, diagnostics) = SchemaMerger.merge([
            MergePages.markdownCreate("a.md", entity: "Alpha", enums: MergePages.accordion("eSwitch", rows) + "\n\n" + MergePages.accordion("eToggle", rows),
                                      fields: "<ParamField body=\"Name\" type=\"string\">\n  Name.\n</ParamField>"),
            MergePages.renderedUpdate("b.txt", entity: "Beta", tables: [rows], fields: "Name\nstring\nName."),
        ])
        XCTAssertEqual(schema.enums.map(\.name), ["eSwitch", "eToggle"])
        XCTAssertEqual(schema.enums.map { $0.sources.map(\.file) }, [["a.md"], ["a.md"]])
        let merged = diagnostics.filter { $0.id == .unnamedEnumTable && $0.message.contains("matches several enums (eSwitch, eToggle)") }
        XCTAssertEqual(merged.map(\.severity), [.warning])
    }

    func testValueWithTwoNamesIsAnErrorWithANoteAtTheOtherPlace() throws {
        let (_, diagnostics) = SchemaMerger.merge([
            MergePages.markdownCreate("a.md", entity: "Alpha", enums: MergePages.accordion("eKind", [(1, "Small"), (2, "Large")]), fields: ""),
            MergePages.markdownCreate("b.md", entity: "Beta", enums: MergePages.accordion("eKind", [(1, "Small"), (3, "Large")]), fields: ""),
        ])
        let conflict = try XCTUnwrap(diagnostics.first { $0.id == .conflictingEnumValue })
        XCTAssertEqual(conflict.severity, .error)
        XCTAssertEqual(conflict.location, SourceLocation(file: "b.md", line: 11))
        XCTAssertEqual(conflict.notes.map(\.location), [SourceLocation(file: "a.md", line: 11)])
        XCTAssertEqual(conflict.rendered.split(separator: "\n").count, 2)
        XCTAssertTrue(conflict.rendered.contains("a.md:11:1: note: "), conflict.rendered)
    }

    func testFlagEnumListedInlineOnAGetPageIsMarkedAsFlags() throws {
        let (schema, diagnostics) = SchemaMerger.merge([PageReader.parse(file: "get-business.txt", text: """
            Skip to main content
            GET
            /
            api
            /
            sys
            /
            businesses
            /
            {id}
            Retrieve a Business.

            Authentication

            The authenticated user must be a full unrestricted administrator or have the Business-Read role.

            Path Parameters

            id
            integer
            required
            The Id of the Business record to retrieve.

            Response

            200

            DefaultLanguage
            integer
            Language. See eLanguage enum values: 3 = EnglishUK, 1 = EnglishUS, 2 = Spanish.
            VisitedHelpItems
            integer
            Visited. See eHelpItemFlag enum values: 0 = None, 1 = WelcomePage, 2 = GridPage, 4 = EditPage, 8 = SettingsPage, 16 = HelpPage.
            """)])
        XCTAssertEqual(diagnostics, [], diagnostics.map(\.rendered).joined(separator: "\n"))
        XCTAssertEqual(schema.enumType(named: "eHelpItemFlag")?.isFlags, true)
        XCTAssertEqual(schema.enumType(named: "eLanguage")?.isFlags, false)
        XCTAssertEqual(schema.enumType(named: "eLanguage")?.values.map(\.name), ["EnglishUS", "Spanish", "EnglishUK"])
        XCTAssertEqual(schema.entity(named: "Business")?.fields.map(\.enum), ["eLanguage", "eHelpItemFlag"])
    }

    /// A field naming an enum its page does not list takes it from another page; with no
    /// such page the reference is a warning and the field stays a plain integer.
    func testReferenceResolvedFromAnotherPageElseWarned() throws {
        let referring = MergePages.markdownCreate("b.md", entity: "Beta",
                                                  fields: "<ParamField body=\"Kind\" type=\"integer\">\n  Kind. See eKind enum above.\n</ParamField>")
        let defining = MergePages.markdownCreate("a.md", entity: "Alpha", enums: MergePages.accordion("eKind", [(1, "Small")]), fields: "")
        let (schema, diagnostics) = SchemaMerger.merge([referring, defining])
        XCTAssertFalse(diagnostics.contains { $0.id == .unresolvedEnumReference })
        XCTAssertEqual(schema.operations.first { $0.entity == "Beta" }?.body.first?.enum, "eKind")

        let (alone, warnings) = SchemaMerger.merge([referring])
        let warning = try XCTUnwrap(warnings.first { $0.id == .unresolvedEnumReference })
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertEqual(warning.location, SourceLocation(file: "b.md", line: 15))
        XCTAssertNil(alone.operations.first?.body.first?.enum)
        XCTAssertEqual(alone.operations.first?.body.first?.type, .integer)
        XCTAssertEqual(alone.operations.first?.body.first?.documentedType, "integer")
    }
}
