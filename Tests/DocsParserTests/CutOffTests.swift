import Diagnostics
@testable import DocsParser
import XCTest

/// Pages saved or served incompletely (`Fixtures/Pages/*-cut-*.txt`): each is one
/// `truncatedPage` error at the line where it stops, still reports what it states, and
/// never gets a made-up path. Complete pages are never reported cut off.
final class CutOffTests: XCTestCase {
    private func page(_ name: String) -> (ParsedPage, String) {
        let text = fixtureText("Pages/\(name).txt")
        return (PageReader.parse(file: "\(name).txt", text: text), text)
    }

    private func lastLineNumber(_ text: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty }! + 1
    }

    private func assertCutOff(_ name: String, at expectedLine: Int? = nil, saying fragment: String, file: StaticString = #filePath, line: UInt = #line) {
        let (parsed, text) = page(name)
        let cut = parsed.diagnostics.filter { $0.id == .truncatedPage }
        XCTAssertEqual(cut.count, 1, "\(name): \(parsed.diagnosticSummary)", file: file, line: line)
        XCTAssertEqual(cut.first?.severity, .error, file: file, line: line)
        XCTAssertEqual(cut.first?.location?.line, expectedLine ?? lastLineNumber(text), name, file: file, line: line)
        XCTAssertTrue(cut.first?.message.contains(fragment) == true, "'\(fragment)' not in: \(cut.first?.message ?? "")", file: file, line: line)
    }

    func testEveryCompletePageAndSeedIsNotCutOff() {
        for name in ["learn-search", "learn-get", "learn-create", "learn-update", "learn-delete", "learn-create-lost-field-names"] {
            XCTAssertFalse(CutOff.isCutOff(page(name).0), name)
        }
        for seed in Seed.allCases {
            XCTAssertFalse(CutOff.isCutOff(seed.parse()), seed.rawValue)
        }
    }

    func testLearnPagesCutOffAreToldApart() {
        assertCutOff("learn-search-cut-mid-enum-row", saying: "in the middle of the enum table row '| 4 | Uniform'")
        assertCutOff("learn-get-cut-field-without-type", saying: "after the field name 'IdentityDocumentNumber', before its type line")
        assertCutOff("learn-create-cut-mid-example", saying: "inside the JSON block opened on line")
        assertCutOff("learn-update-cut-before-code-samples", saying: "before the code samples and the Response section every update page has")
        assertCutOff("learn-get-cut-after-title", saying: "it ends after 'Get one CoworkerIdentityCheck'")
        assertCutOff("learn-search-cut-before-method", saying: "every search page has")
    }

    func testMarkdownExportsCutOffAreToldApart() {
        assertCutOff("markdown-create-cut-before-code-samples", saying: "it ends after '</ParamField>', before the code samples")
        assertCutOff("markdown-search-cut-mid-table", saying: "inside the <Accordion> opened on line 41")
        assertCutOff("markdown-create-cut-mid-field", saying: "inside the <ParamField> opened on line 53")
    }

    /// What a cut-off page still states is read; a row or a field cut in two is not.
    func testWhatComesBeforeTheCutIsKept() {
        let table = page("markdown-search-cut-mid-table").0
        XCTAssertEqual(table.enumNamed("eIdentityCheckDocumentType").map { valueList($0.values) }, ["0 None", "1 Passport", "2 DriversLicense", "3 IdCard"])
        let learnTable = page("learn-search-cut-mid-enum-row").0
        XCTAssertEqual(learnTable.enumNamed("eIdentityCheckDocumentType").map { valueList($0.values) }, ["0 None", "1 Passport", "2 DriversLicense", "3 IdCard"])
        let field = page("learn-get-cut-field-without-type").0
        XCTAssertEqual(field.responseFields.last?.name, "IdentityDocumentType")
        XCTAssertNil(field.responseFields.first { $0.name == "IdentityDocumentNumber" })
        let example = page("learn-create-cut-mid-example").0
        XCTAssertEqual(example.exampleResponses, [], "a JSON block cut in two is no example")
        XCTAssertEqual(example.responseFields.filter { $0.status == 200 }.count, 5)
        let midField = page("markdown-create-cut-mid-field").0
        XCTAssertEqual(midField.bodyFields.map(\.name), ["CoworkerId", "CoworkerIdentityCheckId", "Name"])
    }

    /// Cut before the code samples, an export has no path: its title and role still say
    /// the entity, the operation and the method, and an error says it cannot be generated.
    func testAPageWithoutMethodOrPathStillReportsWhatItsTitleAndRoleState() {
        let cases: [(String, HTTPMethod, OperationKind, String, String?)] = [
            ("markdown-create-cut-before-code-samples", .post, .create, "CoworkerIdentityCheckDocument", "CoworkerIdentityCheckDocument-Create"),
            ("markdown-search-cut-mid-table", .get, .search, "CoworkerIdentityCheck", "CoworkerIdentityCheck-List"),
            ("markdown-create-cut-mid-field", .post, .create, "CoworkerIdentityCheckDocument", "CoworkerIdentityCheckDocument-Create"),
            ("learn-update-cut-before-code-samples", .put, .update, "CoworkerIdentityCheckDocument", "CoworkerIdentityCheckDocument-Edit"),
            ("learn-search-cut-mid-enum-row", .get, .search, "CoworkerIdentityCheck", "CoworkerIdentityCheck-List"),
            ("learn-get-cut-after-title", .get, .get, "CoworkerIdentityCheck", nil),
            ("learn-search-cut-before-method", .get, .search, "CoworkerIdentityCheck", nil),
        ]
        for (name, method, operation, entity, role) in cases {
            let parsed = page(name).0
            XCTAssertNil(parsed.path, "\(name): a path is never made up")
            XCTAssertEqual(parsed.method, method, name)
            XCTAssertEqual(parsed.operation, operation, name)
            XCTAssertEqual(parsed.entity, entity, name)
            XCTAssertEqual(parsed.role, role, name)
            let missing = parsed.diagnostics.filter { $0.id == .missingPath }
            XCTAssertEqual(missing.count, 1, "\(name): \(parsed.diagnosticSummary)")
            XCTAssertEqual(missing.first?.severity, .error, name)
            XCTAssertTrue(missing.first?.message.contains("cannot be generated until its method and path are known") == true, name)
        }
    }

    /// Titles name the operation the way the family of pages does.
    func testTitlesAndRolesNameTheOperation() {
        XCTAssertEqual(TitleFacts.operation(title: "Search Bookings"), .search)
        XCTAssertEqual(TitleFacts.operation(title: "Get one Booking"), .get)
        XCTAssertEqual(TitleFacts.operation(title: "Create Resource"), .create)
        XCTAssertEqual(TitleFacts.operation(title: "Update Tariff"), .update)
        XCTAssertEqual(TitleFacts.operation(title: "Delete Tariff"), .delete)
        XCTAssertEqual(TitleFacts.operation(title: "Run a command on Booking"), .runCommand)
        XCTAssertEqual(TitleFacts.operation(title: "Custom Fields in Records"), nil)
        XCTAssertEqual(TitleFacts.operation(role: "Booking-List"), .search)
        XCTAssertEqual(TitleFacts.operation(role: "Tariff-Edit"), .update)
        let run = parsePage("# Run a command on Booking\n\n> Runs a command.\n\n## Authentication\n\nHave the Booking-Edit role.\n", file: "run.md")
        XCTAssertEqual(run.operation, .runCommand)
        XCTAssertEqual(run.method, .post)
        XCTAssertEqual(run.entity, "Booking")
        XCTAssertNil(run.path)
    }

    /// Only a page that lost its path is judged by the sections it lacks, and a delete
    /// needs no Response section.
    func testADeleteWithoutCodeSamplesIsNotCutOffButAGetIs() {
        let delete = parsePage("# Delete Tariff\n\n> Delete a Tariff record.\n\n## Authentication\n\nHave the Tariff-Delete role.\n", file: "delete.md")
        XCTAssertEqual(delete.operation, .delete)
        XCTAssertFalse(CutOff.isCutOff(delete), delete.diagnosticSummary.description)
        let get = parsePage("# Get one Tariff\n\n> Retrieve a Tariff record.\n\n## Authentication\n\nHave the Tariff-Read role.\n", file: "get.md")
        XCTAssertEqual(get.diagnosticSummary, ["error missingPath @1", "warning missingMethod @1", "error truncatedPage @7"])
    }

    /// An enum title at the page's end is where it was cut; one before the next heading
    /// lost its table.
    func testAnEnumTitleWithoutItsTable() {
        let head = "Gizmos\nSearch Gizmos\nSearch and list Gizmo records.\nGET\nSearch Gizmos\n/api/spaces/gizmos\nGizmos.\nAuthentication\nHave the Gizmo-List role.Enums\neGizmoKind — Kind values\neGizmoKind — Kind values\n"
        let cut = parsePage(head, file: "cut.txt")
        XCTAssertEqual(cut.diagnosticSummary, ["error truncatedPage @11"])
        let lost = parsePage(head + "Response\n200\nTotalItems\ninteger\nTotal.\n", file: "lost.txt")
        XCTAssertEqual(lost.diagnosticSummary, ["warning truncatedTable @10"])
        XCTAssertEqual(lost.enums, [])
    }

    /// An example without its label that never closes runs to the page's end (found by the
    /// fuzzer: the reader went on past the last line).
    func testAnUnlabelledExampleCutInTwo() {
        let page = parsePage("Gizmos\nGet one Gizmo\nRetrieve a Gizmo.\nGET\nGet one Gizmo\n/api/spaces/gizmos/{id}\nA gizmo.\nAuthentication\nHave the Gizmo-Read role.Path Parameters\nid\ninteger\nrequired\nThe Id.\nResponse\n200\nId\ninteger\nThe Id.\n{\n  \"Id\": 1,\n", file: "cut.txt")
        XCTAssertEqual(page.diagnosticSummary, ["error invalidExampleJSON @19", "error truncatedPage @20"])
        XCTAssertEqual(page.responseFields.map(\.name), ["Id"])
    }

    /// The developers rendering that lost its path: the role still names what it is.
    func testARenderedPageWithoutItsPathStillReportsItsRole() {
        let page = parsePage("Skip to main content\nGET\n\nA coworker.\n\nAuthentication\n\nHave the Coworker-Read role.\n\nResponse\n\n200\n\nId\ninteger\nThe Id.\n", file: "rendered.txt")
        XCTAssertEqual(page.format, .rendered)
        XCTAssertNil(page.path)
        XCTAssertEqual(page.operation, .get)
        XCTAssertEqual(page.entity, "Coworker")
        XCTAssertEqual(page.diagnostics.filter { $0.severity == .error }.map(\.id), [.missingPath])
    }
}
