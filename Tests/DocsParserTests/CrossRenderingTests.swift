@testable import DocsParser
import XCTest

/// Each learn site page states what the seed of the same endpoint states, in the export or
/// the developers rendering: the facts the merge builds the API from.
final class CrossRenderingTests: XCTestCase {
    private func learn(_ name: String) -> ParsedPage {
        PageReader.parse(file: "\(name).txt", text: fixtureText("Pages/\(name).txt"))
    }

    private func assertSameFacts(_ name: String, as seed: Seed, file: StaticString = #filePath, line: UInt = #line) {
        let page = learn(name)
        let other = seed.parse()
        XCTAssertEqual(page.method, other.method, file: file, line: line)
        XCTAssertEqual(page.path, other.path, file: file, line: line)
        XCTAssertEqual(page.entity, other.entity, file: file, line: line)
        XCTAssertEqual(page.operation, other.operation, file: file, line: line)
        XCTAssertEqual(page.role, other.role, file: file, line: line)
        XCTAssertEqual(page.sortDirection, other.sortDirection, file: file, line: line)
        func parameters(_ page: ParsedPage) -> [String] {
            page.parameters.map { "\($0.in) \($0.name) \($0.type) \($0.required) \($0.default ?? "-") \($0.enum ?? "-") \($0.group.map { "\($0)" } ?? "-")" }
        }
        XCTAssertEqual(parameters(page), parameters(other), file: file, line: line)
        func fields(_ fields: [ResponseField]) -> [String] {
            fields.flatMap { ["\($0.status) \($0.name) \($0.type) \($0.enum ?? "-")"] + self.childNames($0) }
        }
        XCTAssertEqual(fields(page.responseFields), fields(other.responseFields), file: file, line: line)
        // The developers rendering drops an enum table's name (the merge recovers it); the
        // learn site keeps it.
        XCTAssertEqual(page.enums.map { valueList($0.values) }, other.enums.map { valueList($0.values) }, file: file, line: line)
        for (learnEnum, otherEnum) in zip(page.enums, other.enums) {
            XCTAssertNotNil(learnEnum.name, file: file, line: line)
            if let name = otherEnum.name { XCTAssertEqual(learnEnum.name, name, file: file, line: line) }
        }
        XCTAssertEqual(page.notes.map(\.kind), other.notes.map(\.kind), file: file, line: line)
        XCTAssertEqual(page.requestExamples.map(\.url), other.requestExamples.map(\.url), file: file, line: line)
        XCTAssertEqual(page.exampleResponses.map(\.status), other.exampleResponses.map(\.status), file: file, line: line)
    }

    private func childNames(_ field: ResponseField) -> [String] {
        field.children.map { "  \($0.name) \($0.type)" }
    }

    func testTheLearnSearchStatesWhatTheExportStates() {
        assertSameFacts("learn-search", as: .search)
    }

    func testTheLearnCreateStatesWhatTheExportStates() {
        assertSameFacts("learn-create", as: .markdownCreate)
    }

    func testTheLearnGetStatesWhatTheDevelopersRenderingStates() {
        assertSameFacts("learn-get", as: .get)
    }

    func testTheLearnUpdateStatesWhatTheDevelopersRenderingStates() {
        assertSameFacts("learn-update", as: .renderedUpdate)
    }

    /// The merge prefers the export's descriptions, then the developers rendering's.
    func testTheLearnRenderingRanksLastForDescriptions() {
        XCTAssertLessThan(PageFormat.markdown.descriptionRank, PageFormat.rendered.descriptionRank)
        XCTAssertLessThan(PageFormat.rendered.descriptionRank, PageFormat.learnRendered.descriptionRank)
    }
}
