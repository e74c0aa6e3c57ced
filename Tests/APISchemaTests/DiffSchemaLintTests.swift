@testable import APISchema
import Diagnostics
import XCTest

/// `SchemaLint`: the same fact documented two ways on two pages, each finding naming both.
final class DiffSchemaLintTests: XCTestCase {
    typealias F = DiffFixture

    private func search(_ entity: String, _ ascending: String, _ descending: String, file: String) -> SchemaOperation {
        var operation = F.operation(entity, .search, parameters: [F.parameter("dir", "integer", group: .sorting, line: 40)],
                                    sortDirection: SortDirectionEncoding(ascending: ascending, descending: descending), file: file)
        operation.parameters[0].source = F.at(40, file)
        return operation
    }

    func testEverySearchPageThatReadsDirOtherwiseIsReported() {
        let schema = APISchema(operations: [
            search("Booking", "0", "1", file: "a.md"), search("Desk", "1", "-1", file: "b.md"), search("Room", "0", "1", file: "c.md"),
            search("Team", "1", "-1", file: "d.md"),
        ])
        let findings = SchemaLint.findings(in: schema, mergeDiagnostics: [])
        XCTAssertEqual(findings.map(\.id), [.conflictingEncoding, .conflictingEncoding])
        XCTAssertEqual(findings.map { $0.location?.file }, ["b.md", "d.md"])
        XCTAssertEqual(findings.first?.message, "'dir' means ascending = 1, descending = -1 here but ascending = 0, descending = 1 on Booking.search")
        XCTAssertEqual(findings.first?.notes, [DiagnosticNote("documented with 0/1 here", at: F.at(40, "a.md"))])
    }

    func testRequestFieldsOfOneEntityMustAgree() {
        var create = F.operation("Desk", .create, body: [F.field("Floor", "integer", default: "1", line: 10), F.field("Notes", line: 11)], file: "create.md")
        var update = F.operation("Desk", .update, body: [F.field("Floor", "integer", required: true, line: 20), F.field("Notes", "integer", line: 21)], file: "update.md")
        create.body = create.body.map { var field = $0; field.source.file = "create.md"; return field }
        update.body = update.body.map { var field = $0; field.source.file = "update.md"; return field }
        let findings = SchemaLint.findings(in: APISchema(operations: [create, update]), mergeDiagnostics: [])
        XCTAssertEqual(findings.map(\.rendered), [
            "update.md:20:1: warning: 'Floor' is required here but optional with default 1 on another page\ncreate.md:10:1: note: optional with a default here",
            "update.md:21:1: warning: 'Notes' is typed 'integer' here but 'string' on another page\ncreate.md:11:1: note: typed 'string' here",
        ])
    }

    /// Only contradictions are lint findings; other warnings of the merge are not.
    func testOnlyContradictionsOfTheMergeAreFindings() {
        let merge: [Diagnostic] = [
            .warning(.unknownHeading, "heading 'Extras' is not supported, skipping", at: F.at(3)),
            .error(.conflictingEnumValue, "enum 'eX' value 1 is named 'A' here but 'B' elsewhere", at: F.at(5, "b.md"), notes: [DiagnosticNote("'B' = 1 is documented here", at: F.at(7, "a.md"))]),
        ]
        XCTAssertEqual(SchemaLint.findings(in: APISchema(), mergeDiagnostics: merge).map(\.id), [.conflictingEnumValue])
    }

    /// A missing enum referred to from many places is one finding, the others its notes.
    func testAMissingEnumIsOneFindingWithEveryReference() {
        let reference = { (field: String, file: String, enumName: String) -> Diagnostic in
            .warning(.unresolvedEnumReference, "'\(field)' refers to enum '\(enumName)', which no page defines; it is generated as a plain integer", at: F.at(9, file))
        }
        let merge = [reference("Kind", "b.md", "eKind"), reference("Kind", "a.md", "eKind"), reference("Size", "c.md", "eSize"), reference("Type", "d.md", "eKind")]
        let findings = SchemaLint.findings(in: APISchema(), mergeDiagnostics: merge)
        XCTAssertEqual(findings.map { $0.location?.file }, ["a.md", "c.md"])
        XCTAssertEqual(findings.first?.notes.map { $0.location?.file }, ["b.md", "d.md"])
        XCTAssertEqual(findings.first?.notes.first?.message, "'eKind' is referred to here too")
        XCTAssertEqual(findings.last?.notes, [])
    }
}
