import Diagnostics
@testable import DocsParser
import XCTest

/// How enums vary across the family: repeated titles, values out of numeric order, flag
/// values, titles without the " — Field values" tail, names with digits, values listed
/// only inline, and references to an enum the page does not list.
final class FamilyEnumVariantsTests: XCTestCase {
    static func markdown(enums: String, fields: String) -> String {
        """
        # Create Gizmo

        > Create a new Gizmo record.

        ## Authentication

        <Note>
          The authenticated user must be a full unrestricted administrator or have the **`Gizmo-Create`** role.
        </Note>

        ## Enums

        \(enums)

        ## Request Body

        \(fields)

        ## Code Examples

        ```bash cURL
        curl -X POST "https://spaces.nexudus.com/api/spaces/gizmos" -d '{}'
        ```
        """
    }

    /// A rendered get page of `Business` whose skeleton has the integer `fields` and whose
    /// 200 response lists `response` (it starts on line 32).
    static func getBusiness(_ fields: String..., response: String) -> String {
        let skeleton = fields.map { "  \"\($0)\": 123" }.joined(separator: ",\n")
        return """
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
            {
            \(skeleton)
            }
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

            \(response)
            """
    }

    static func accordion(_ title: String, _ rows: [(Int, String)]) -> String {
        "<Accordion title=\"\(title)\">\n  | Value | Name |\n  | ----- | ---- |\n"
            + rows.map { "  | \($0.0) | \($0.1) |" }.joined(separator: "\n") + "\n</Accordion>"
    }

    static func rendered(enums: String, fields: String) -> String {
        """
        Skip to main content
        POST
        /
        api
        /
        spaces
        /
        gizmos
        Creates a Gizmo.

        Authentication

        The authenticated user must be a full unrestricted administrator or have the Gizmo-Create role.

        Enums

        \(enums)

        Request Body

        Optional Fields

        \(fields)
        """
    }

    func testRepeatedAccordionIsOneEnum() throws {
        let table = Self.accordion("eLanguage — DefaultLanguage values", [(3, "EnglishUK"), (1, "EnglishUS"), (2, "Spanish")])
        let page = parsePage(Self.markdown(enums: table + "\n\n" + table, fields: ""), file: "gizmo.md")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
        XCTAssertEqual(page.enums.count, 1)
        let language = try XCTUnwrap(page.enumNamed("eLanguage"))
        XCTAssertEqual(valueList(language.values), ["3 EnglishUK", "1 EnglishUS", "2 Spanish"], "documented order is kept")
        XCTAssertEqual(language.fields, ["DefaultLanguage"])
    }

    func testRepeatedTableThatDisagreesIsReported() {
        let page = parsePage(Self.markdown(
            enums: Self.accordion("eLanguage — DefaultLanguage values", [(1, "EnglishUS"), (2, "Spanish")]) + "\n\n"
                + Self.accordion("eLanguage — Language values", [(1, "EnglishUS"), (2, "French"), (3, "EnglishUK")]),
            fields: ""), file: "gizmo.md")
        XCTAssertEqual(page.diagnosticSummary, ["error conflictingEnumValue @20", "warning enumValueSetDiffers @20"])
        XCTAssertEqual(page.enums.map(\.fields), [["DefaultLanguage", "Language"]])
        XCTAssertEqual(page.enums.first.map { valueList($0.values) }, ["1 EnglishUS", "2 Spanish", "3 EnglishUK"])
        XCTAssertEqual(page.diagnostics.first { $0.id == .conflictingEnumValue }?.notes.first?.location?.line, 13)
    }

    /// Flags, `1 None`, gaps and sentinels, and names that hold digits are kept as written.
    func testFlagsGapsAndDigitsInMarkdown() throws {
        let page = parsePage(Self.markdown(
            enums: Self.accordion("eHelpItemFlag — VisitedHelpItems values",
                                  [(0, "None"), (1, "WelcomePage"), (2, "GridPage"), (4, "EditPage"), (8, "SettingsPage"), (16, "HelpPage")])
                + "\n\n" + Self.accordion("eCancellationReason", [(1, "None"), (2, "Every3Months"), (19, "Covid19"), (99, "Other")]),
            fields: ""), file: "gizmo.md")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
        XCTAssertEqual(valueList(try XCTUnwrap(page.enumNamed("eHelpItemFlag")).values),
                       ["0 None", "1 WelcomePage", "2 GridPage", "4 EditPage", "8 SettingsPage", "16 HelpPage"])
        let reason = try XCTUnwrap(page.enumNamed("eCancellationReason"), "a title that is only the enum's name")
        XCTAssertEqual(valueList(reason.values), ["1 None", "2 Every3Months", "19 Covid19", "99 Other"])
        XCTAssertEqual(reason.fields, [])
    }

    func testRenderedRowsWithDigitsOutOfOrder() throws {
        let page = parsePage(Self.rendered(
            enums: "ValueName\n3EnglishUK\n1EnglishUS\n2Spanish\nValueName\n2Every3Months\n19Covid19\n10NEXUSCard",
            fields: """
                DefaultLanguage
                integer
                Language. Defaults to eLanguage.EnglishUS. See eLanguage enum above.
                CancellationReason
                integer
                Why. See eCancellationReason? enum above.
                """), file: "gizmo.txt")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
        XCTAssertEqual(page.enums.map(\.name), ["eLanguage", "eCancellationReason"])
        XCTAssertEqual(valueList(try XCTUnwrap(page.enumNamed("eLanguage")).values), ["3 EnglishUK", "1 EnglishUS", "2 Spanish"])
        XCTAssertEqual(valueList(try XCTUnwrap(page.enumNamed("eCancellationReason")).values), ["2 Every3Months", "19 Covid19", "10 NEXUSCard"])
        assertParameter(page.parameter("DefaultLanguage"), in: .body, type: "integer", default: "EnglishUS", enum: "eLanguage")
        assertParameter(page.parameter("CancellationReason"), in: .body, type: "integer", enum: "eCancellationReason", nullable: true)
    }

    /// A rendering that kept the title line, even twice, names its table directly.
    func testRenderedTitleLinesRepeatedNameTheTable() throws {
        let page = parsePage(Self.rendered(
            enums: "eGender — Gender values\neGender — Gender values\nValueName\n0None\n1NotSet\n2Male\neCoworkerRecordType — CoworkerType values\nValueName\n1Individual\n2Company",
            fields: "Salutation\nstring\nSalutation."), file: "gizmo.txt")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
        XCTAssertEqual(page.enums.map(\.name), ["eGender", "eCoworkerRecordType"])
        XCTAssertEqual(page.enums.map(\.fields), [["Gender"], ["CoworkerType"]])
        XCTAssertEqual(page.enums.map(\.location.line), [19, 24], "an enum is located at its table")
        XCTAssertEqual(valueList(try XCTUnwrap(page.enumNamed("eGender")).values), ["0 None", "1 NotSet", "2 Male"])
    }

    /// Two unnamed tables and nothing that tells them apart: both are reported, neither guessed.
    func testUnnamedTablesWithoutEvidenceAreWarnings() {
        let page = parsePage(Self.rendered(
            enums: "ValueName\n1Small\n2Large\nValueName\n1Red\n2Blue",
            fields: "Name\nstring\nName."), file: "gizmo.txt")
        XCTAssertEqual(page.enums.map(\.name), [nil, nil])
        XCTAssertEqual(page.diagnosticSummary, ["warning unnamedEnumTable @17", "warning unnamedEnumTable @20"])
    }

    /// "See eX enum values: 0 = None, …" recovers an unnamed table with exactly those
    /// values even when other tables are unnamed too.
    func testInlineValuesNameTheMatchingTable() {
        let page = parsePage(Self.rendered(
            enums: "ValueName\n1Small\n2Large\nValueName\n1Red\n2Blue",
            fields: "Colour\ninteger\nColour. See eColour enum values: 1 = Red, 2 = Blue.\nSize\ninteger\nSize. Defaults to eSize.Large. See eSize enum above."),
            file: "gizmo.txt")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
        XCTAssertEqual(page.enums.map(\.name), ["eSize", "eColour"])
        XCTAssertEqual(page.parameter("Size")?.default, "Large")
    }

    /// A field may name an enum the page never lists; the reference is kept (the merge
    /// resolves it from another page or warns).
    func testReferenceToAnEnumThePageDoesNotDefine() {
        let page = parsePage(Self.markdown(enums: "", fields: """
            <ParamField body="Provider" type="integer">
              Provider. See eRegularPaymentProvider? enum above.
            </ParamField>
            """), file: "gizmo.md")
        XCTAssertEqual(page.enums, [])
        assertParameter(page.parameter("Provider"), in: .body, type: "integer", enum: "eRegularPaymentProvider", nullable: true)
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
    }

    /// A get page lists values inline; values out of order and flags stay as written.
    func testInlineValuesOutOfOrderAndFlagsBecomePageEnums() throws {
        let page = parsePage(Self.getBusiness("DefaultLanguage", "VisitedHelpItems", response: """
            DefaultLanguage
            integer
            Language. See eLanguage enum values: 3 = EnglishUK, 1 = EnglishUS, 2 = Spanish.
            VisitedHelpItems
            integer
            Visited items. See eHelpItemFlag enum values: 0 = None, 1 = WelcomePage, 2 = GridPage, 4 = EditPage, 8 = SettingsPage, 16 = HelpPage.
            """), file: "get-business.txt")
        XCTAssertEqual(page.diagnostics, [], page.diagnosticSummary.description)
        XCTAssertEqual(page.enums.map(\.name), ["eLanguage", "eHelpItemFlag"])
        XCTAssertEqual(valueList(try XCTUnwrap(page.enumNamed("eLanguage")).values), ["3 EnglishUK", "1 EnglishUS", "2 Spanish"])
        XCTAssertEqual(try XCTUnwrap(page.enumNamed("eHelpItemFlag")).values.map(\.value), [0, 1, 2, 4, 8, 16])
        XCTAssertEqual(page.responseFields.map(\.enum), ["eLanguage", "eHelpItemFlag"])
    }

    /// Inline value names may have spaces; the list ends with the sentence that ends at a
    /// name; an item shaped like a value that cannot be read is a warning, not a silent end.
    func testInlineValueNamesWithSpacesAndUnreadableItems() throws {
        let page = parsePage(Self.getBusiness("Plan", "Tier", response: """
            Plan
            integer
            Plan. See ePlan enum values: 0 = None, 1 = Pay As You Go, 2 = Monthly. Plans change at month end, not before.
            Tier
            integer
            Tier. See eTier enum values: 1 = Bronze, 2 = , 3 = Gold.
            """), file: "get-business.txt")
        XCTAssertEqual(valueList(try XCTUnwrap(page.enumNamed("ePlan")).values), ["0 None", "1 Pay As You Go", "2 Monthly"])
        XCTAssertEqual(valueList(try XCTUnwrap(page.enumNamed("eTier")).values), ["1 Bronze"])
        XCTAssertEqual(page.diagnostics.map(\.rendered), [
            "get-business.txt:35:1: warning: 'Tier' lists a value of eTier that cannot be read, '2 ='; the values before it are kept",
        ])
    }
}
