import Diagnostics
@testable import DocsParser
import XCTest

/// One endpoint in both formats must give the same facts. Seeds 000/001 are the create and
/// update pages of one entity (Markdown and rendered); the fixture
/// `search-coworkeridentitychecks.rendered.txt` is seed 002 written out by hand as
/// rendered page text.
final class CrossFormatTests: XCTestCase {
    struct FieldFacts: Equatable {
        var name: String, type: String, required: Bool, defaultValue: String?, group: ParameterGroup?, location: ParameterLocation
    }

    struct ResponseFacts: Equatable {
        var status: Int, name: String, type: String, children: [String]
    }

    static func facts(_ parameters: [PageParameter]) -> [FieldFacts] {
        parameters.map { FieldFacts(name: $0.name, type: $0.type, required: $0.required, defaultValue: $0.default, group: $0.group, location: $0.in) }
    }

    static func facts(_ fields: [ResponseField]) -> [ResponseFacts] {
        fields.map { ResponseFacts(status: $0.status, name: $0.name, type: $0.type, children: $0.children.map { "\($0.name): \($0.type)" }) }
    }

    // MARK: Create (Markdown) and update (rendered) of CoworkerIdentityCheckDocument

    let create = Seed.markdownCreate.parse()
    let update = Seed.renderedUpdate.parse()

    func testSameEntityAndFormatsDiffer() {
        XCTAssertEqual(create.format, .markdown)
        XCTAssertEqual(update.format, .rendered)
        XCTAssertEqual(create.entity, update.entity)
        XCTAssertEqual(create.path, update.path)
        XCTAssertEqual([create.operation, update.operation], [.create, .update])
    }

    func testSameBodyFieldsExceptTheUpdatesId() {
        XCTAssertEqual(update.bodyFields.first?.name, "Id")
        XCTAssertEqual(Self.facts(create.bodyFields), Self.facts(update.bodyFields.filter { $0.name != "Id" }))
        XCTAssertEqual(create.bodyFields.map(\.description), update.bodyFields.filter { $0.name != "Id" }.map(\.description),
                       "these descriptions carry no markup, so both formats read them alike")
        XCTAssertFalse(create.bodyFields.contains { $0.name == "Id" })
    }

    func testSameResponseFieldsIncludingTheErrorBody() {
        XCTAssertEqual(Self.facts(create.responseFields), Self.facts(update.responseFields))
        let errors = update.responseFields.first { $0.status == 400 && $0.name == "Errors" }
        XCTAssertEqual(errors?.children.map(\.name), ["AttemptedValue", "Message", "PropertyName"])
        XCTAssertEqual(create.exampleResponses.map(\.status), update.exampleResponses.map(\.status))
        XCTAssertEqual(OrderedJSON.parse(create.exampleResponses[1].json), OrderedJSON.parse(update.exampleResponses[1].json))
    }

    func testSameEnumValuesButOnlyMarkdownKeepsTheName() {
        XCTAssertEqual(create.enums.map(\.values), update.enums.map(\.values))
        XCTAssertEqual(create.enums.map(\.name), ["eIdVerificationStatus"])
        XCTAssertEqual(update.enums.map(\.name), [nil], "the merge names it; see APISchemaTests")
    }

    // MARK: Search, Markdown (seed 002) against the same page as rendered text

    let markdown = Seed.search.parse()
    let rendered = parsePage(fixtureText("search-coworkeridentitychecks.rendered.txt"),
                             file: "Tests/DocsParserTests/Fixtures/search-coworkeridentitychecks.rendered.txt")

    func testSearchEndpointFacts() {
        XCTAssertEqual(rendered.format, .rendered)
        XCTAssertEqual(rendered.method, markdown.method)
        XCTAssertEqual(rendered.path, markdown.path)
        XCTAssertEqual(rendered.entity, markdown.entity)
        XCTAssertEqual(rendered.operation, markdown.operation)
        XCTAssertEqual(rendered.role, markdown.role)
        XCTAssertEqual(rendered.sortDirection, markdown.sortDirection)
        XCTAssertEqual(rendered.sortDirection, SortDirectionEncoding(ascending: "0", descending: "1"))
    }

    func testSearchParametersAgree() {
        XCTAssertEqual(rendered.parameters.count, 40)
        XCTAssertEqual(Self.facts(rendered.parameters), Self.facts(markdown.parameters))
        XCTAssertEqual(rendered.parameters.map(\.nullable), markdown.parameters.map(\.nullable))
    }

    /// The rendered page lost the enum names, and its filters say nothing of enums, so
    /// only the Markdown filters name theirs; everything else agrees.
    func testEnumReferencesOnlyInMarkdown() {
        let markdownEnums = Dictionary(uniqueKeysWithValues: markdown.parameters.map { ($0.name, $0.enum) })
        XCTAssertEqual(markdownEnums.values.compactMap { $0 }.count, 5)
        for parameter in rendered.parameters {
            XCTAssertNil(parameter.enum, parameter.name)
        }
    }

    func testSearchEnumsSameValuesNamesLost() {
        XCTAssertEqual(rendered.enums.map(\.values), markdown.enums.map(\.values))
        XCTAssertEqual(rendered.enums.map(\.name), [nil, nil, nil, nil, nil])
        XCTAssertEqual(rendered.diagnostics.map(\.id), Array(repeating: .unnamedEnumTable, count: 5))
        XCTAssertEqual(rendered.diagnostics.map(\.severity), Array(repeating: .warning, count: 5))
        XCTAssertEqual(rendered.diagnostics.compactMap(\.location?.line), [36, 40, 53, 64, 68])
    }

    func testSearchResponseFieldsAgree() {
        XCTAssertEqual(Self.facts(rendered.responseFields), Self.facts(markdown.responseFields))
        XCTAssertEqual(rendered.responseFields.first?.description,
                       "The list of CoworkerIdentityCheck records matching the query. See the Get one CoworkerIdentityCheck endpoint for the full list of properties returned for each record.",
                       "the partial-records warning under Records is a note, not part of Records' description")
    }

    func testSearchNotesAgree() {
        XCTAssertEqual(rendered.notes.map(\.kind), markdown.notes.map(\.kind))
        XCTAssertEqual(rendered.notes.map(\.fields), markdown.notes.map(\.fields))
        XCTAssertTrue(rendered.notes.first?.text.contains("To get all fields, fetch the full record") == true)
    }

    func testSearchExamplesAgree() throws {
        XCTAssertEqual(rendered.requestExamples.map(\.title), markdown.requestExamples.map(\.title))
        XCTAssertEqual(rendered.requestExamples.map(\.url), markdown.requestExamples.map(\.url))
        XCTAssertEqual(rendered.requestExamples.map(\.method), markdown.requestExamples.map(\.method))
        XCTAssertEqual(rendered.exampleResponses.map(\.status), [200])
        XCTAssertEqual(OrderedJSON.parse(try XCTUnwrap(rendered.exampleResponses.first).json),
                       OrderedJSON.parse(try XCTUnwrap(markdown.exampleResponses.first).json))
    }
}
