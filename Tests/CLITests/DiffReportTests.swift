import Foundation
import XCTest

/// `diff` over fixture pairs, one per group of changes, each compared with its expected
/// report in text, JSON and Markdown (`Fixtures/Diff/<case>/expected.*`), and the rules of
/// the README's "How drift is classified" checked against every report.
final class DiffReportTests: XCTestCase {
    static let cases = ["markdown-create", "markdown-search", "rendered-record", "rendered-requests", "additive-only", "documentation-only"]

    /// Markdown create page: fields added (optional and required), removed, renamed,
    /// retyped, made required and optional, a default added, a description, the role.
    func testMarkdownCreatePage() throws {
        try DiffGoldens.assertReports("markdown-create", status: 1)
    }

    /// Markdown search page: enums added and removed, enum values added, removed and
    /// renamed, filters and range filters added and removed, parameter defaults changed and
    /// removed, the `dir` encoding, the summary and a filter's description.
    func testMarkdownSearchPage() throws {
        try DiffGoldens.assertReports("markdown-search", status: 1)
    }

    /// Rendered get page: record fields added, removed, renamed, retyped, an enum
    /// reference changed, inline enum values added, removed and renamed, the role, a path
    /// parameter's description.
    func testRenderedRecordPage() throws {
        try DiffGoldens.assertReports("rendered-record", status: 1)
    }

    /// Rendered create and update pages: the update page goes, a delete page comes; request
    /// fields added, removed, renamed, retyped, made required and optional; defaults changed
    /// and removed; enum values in the rendered tables added, removed and renamed.
    func testRenderedRequestPages() throws {
        try DiffGoldens.assertReports("rendered-requests", status: 1)
    }

    /// A new optional field, a new enum value (our enums are open) and a description: exit 0.
    func testAdditiveChangesExitZero() throws {
        try DiffGoldens.assertReports("additive-only", status: 0)
    }

    /// Only prose changed: exit 0, and no Swift symbol changes.
    func testDocumentationChangesExitZero() throws {
        try DiffGoldens.assertReports("documentation-only", status: 0)
        let document = try DiffGoldens.document(try DiffGoldens.diff(["documentation-only/old", "documentation-only/new", "--format", "json"]))
        XCTAssertEqual(Set(document.changes.map(\.impact)), ["documentation"])
        XCTAssertEqual(document.swiftSymbols.added + document.swiftSymbols.removed + document.swiftSymbols.changed, [])
    }

    /// Every kind of change the issue names occurs in some fixture, in both page formats
    /// where the format can state it, so no rule goes untested.
    func testTheFixturesCoverEveryKindOfChange() throws {
        var kindsByCase: [String: Set<String>] = [:]
        var subjects: [String] = []
        for name in Self.cases {
            let document = try DiffGoldens.document(try DiffGoldens.diff(["\(name)/old", "\(name)/new", "--format", "json"]))
            kindsByCase[name] = Set(document.changes.map(\.kind))
            subjects += document.changes.map { "\($0.kind) \($0.subject)" }
        }
        let all = kindsByCase.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        let required: Set = [
            "operationAdded", "operationRemoved", "fieldAdded", "fieldRemoved", "fieldRenamed", "fieldRetyped",
            "fieldBecameRequired", "fieldBecameOptional", "enumAdded", "enumRemoved", "enumValueAdded", "enumValueRemoved",
            "enumValueRenamed", "filterAdded", "filterRemoved", "defaultAdded", "defaultChanged", "defaultRemoved", "roleChanged",
            "descriptionChanged", "enumReferenceChanged", "sortDirectionChanged",
        ]
        XCTAssertEqual(required.subtracting(all), [], "kinds no fixture shows")
        for prefix in ["filterAdded CoworkerIdentityCheck.search filter from_", "filterRemoved CoworkerIdentityCheck.search filter from_"] {
            XCTAssertTrue(subjects.contains { $0.hasPrefix(prefix) }, "no range filter change: \(prefix)")
        }
        // Both page formats: the same kinds from a Markdown page and from a rendered one.
        let markdown = kindsByCase["markdown-create"]!.union(kindsByCase["markdown-search"]!)
        let rendered = kindsByCase["rendered-record"]!.union(kindsByCase["rendered-requests"]!)
        for kind in ["fieldAdded", "fieldRemoved", "fieldRenamed", "fieldRetyped", "fieldBecameRequired", "fieldBecameOptional",
                     "enumAdded", "enumRemoved", "enumValueAdded", "enumValueRemoved", "enumValueRenamed", "defaultChanged",
                     "defaultRemoved", "roleChanged", "descriptionChanged"] {
            XCTAssertTrue(markdown.contains(kind), "no Markdown fixture shows \(kind)")
            XCTAssertTrue(rendered.contains(kind), "no rendered fixture shows \(kind)")
        }
    }

    /// The classification table of the README, checked against every report: each kind of
    /// change has the impact the rules give it, for a client of our Swift SDK.
    func testEveryChangeHasTheImpactTheRulesGive() throws {
        let rules: [String: String] = [
            "operationAdded": "additive", "operationRemoved": "breaking", "pathChanged": "breaking",
            "fieldRemoved": "breaking", "fieldRenamed": "breaking", "fieldRetyped": "breaking", "enumReferenceChanged": "breaking",
            "fieldBecameRequired": "breaking", "enumAdded": "additive", "enumRemoved": "breaking", "enumKindChanged": "breaking",
            "enumValueAdded": "additive", "enumValueRemoved": "breaking", "enumValueRenamed": "breaking",
            "filterAdded": "additive", "filterRemoved": "breaking", "roleChanged": "breaking",
            "sortDirectionChanged": "additive", "descriptionChanged": "documentation", "defaultAdded": "additive", "defaultChanged": "additive",
            "listingFieldRemoved": "breaking", "listingFieldAdded": "additive",
        ]
        for name in Self.cases {
            let document = try DiffGoldens.document(try DiffGoldens.diff(["\(name)/old", "\(name)/new", "--format", "json"]))
            for change in document.changes {
                let where_ = "\(name): \(change.kind) \(change.subject)"
                let isRequestBody = change.subject.contains(" body ")
                switch change.kind {
                case "fieldAdded":
                    // Breaking only when it adds a required initializer parameter or argument.
                    XCTAssertEqual(change.impact, change.detail.hasPrefix("new required ") ? "breaking" : "additive", where_)
                case "fieldBecameOptional":
                    // A request property becomes optional (breaking); a query argument relaxes (additive).
                    XCTAssertEqual(change.impact, isRequestBody ? "breaking" : "additive", where_)
                case "defaultRemoved":
                    // A request field's default is a constant of the body, which goes away; a query
                    // parameter's is the server's alone.
                    XCTAssertEqual(change.impact, isRequestBody ? "breaking" : "additive", where_)
                default:
                    XCTAssertEqual(change.impact, rules[change.kind], where_)
                }
            }
            // The summary counts what the list holds.
            for impact in ["breaking", "additive", "documentation"] {
                XCTAssertEqual(document.summary[impact], document.changes.filter { $0.impact == impact }.count, "\(name) \(impact)")
            }
        }
    }

    /// The three formats tell the same story: the text summary line is the Markdown's.
    func testTheFormatsAgree() throws {
        for name in Self.cases {
            let text = try DiffGoldens.diff(["\(name)/old", "\(name)/new"]).stdout
            let markdown = try DiffGoldens.diff(["\(name)/old", "\(name)/new", "--format", "markdown"]).stdout
            let summary = try XCTUnwrap(text.split(separator: "\n").first).replacingOccurrences(of: "API changes: ", with: "")
            XCTAssertTrue(markdown.contains("**\(summary)**"), "\(name): \(summary) not in\n\(markdown)")
        }
    }
}
