import Diagnostics
@testable import DocsParser
import Foundation
import TestSupport
import XCTest

/// The five real seed pages in `spec/docs/`.
enum Seed: String, CaseIterable {
    case markdownCreate = "000_49fd64d59c0cccb4.txt"
    case renderedUpdate = "001_edbeff8a5b28dd5a.txt"
    case search = "002_0222b7055e792214.txt"
    case get = "003_1c1542fb87353d24.txt"
    case coworkerCreate = "004_171b5e522a1534d0.txt"

    var file: String { "spec/docs/\(rawValue)" }

    var text: String {
        let url = packageRoot.appendingPathComponent(file)
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            fatalError("cannot read \(url.path)")
        }
        return text
    }

    var lines: [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    func parse() -> ParsedPage { PageReader.parse(file: file, text: text) }
}

/// A fixture page under `Tests/DocsParserTests/Fixtures/`.
func fixtureText(_ name: String) -> String {
    let url = packageRoot.appendingPathComponent("Tests/DocsParserTests/Fixtures/\(name)")
    guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
        fatalError("cannot read fixture \(url.path)")
    }
    return text
}

func parsePage(_ text: String, file: String = "page.txt") -> ParsedPage {
    PageReader.parse(file: file, text: text)
}

extension ParsedPage {
    func parameter(_ name: String, file: StaticString = #filePath, line: UInt = #line) -> PageParameter? {
        let found = parameters.filter { $0.name == name }
        XCTAssertEqual(found.count, 1, "expected exactly one parameter '\(name)' on \(self.file)", file: file, line: line)
        return found.first
    }

    func responseField(_ name: String, status: Int = 200, file: StaticString = #filePath, line: UInt = #line) -> ResponseField? {
        let found = responseFields.filter { $0.name == name && $0.status == status }
        XCTAssertEqual(found.count, 1, "expected exactly one \(status) response field '\(name)' on \(self.file)", file: file, line: line)
        return found.first
    }

    func enumNamed(_ name: String, file: StaticString = #filePath, line: UInt = #line) -> PageEnum? {
        let found = enums.filter { $0.name == name }
        XCTAssertEqual(found.count, 1, "expected exactly one enum '\(name)' on \(self.file)", file: file, line: line)
        return found.first
    }

    var bodyFields: [PageParameter] { parameters.filter { $0.in == .body } }
    var queryParameters: [PageParameter] { parameters.filter { $0.in == .query } }
    var pathParameters: [PageParameter] { parameters.filter { $0.in == .path } }

    /// `(id, severity, line)` of every diagnostic, sorted, for exact comparisons.
    var diagnosticSummary: [String] {
        diagnostics.sortedForOutput().map { "\($0.severity.rawValue) \($0.id.rawValue) @\($0.location?.line ?? 0)" }
    }
}

/// `[(value, name)]` as `"0 None"` strings, in the order given, for compact assertions.
func valueList(_ values: [EnumValue]) -> [String] {
    values.map { "\($0.value) \($0.name)" }
}

/// Asserts a parameter's documented facts in one line.
func assertParameter(
    _ parameter: PageParameter?, in location: ParameterLocation, type: String, required: Bool = false,
    default defaultValue: String? = nil, enum enumName: String? = nil, nullable: Bool = false, group: ParameterGroup? = nil,
    file: StaticString = #filePath, line: UInt = #line
) {
    guard let parameter else { return XCTFail("parameter missing", file: file, line: line) }
    XCTAssertEqual(parameter.in, location, "\(parameter.name).in", file: file, line: line)
    XCTAssertEqual(parameter.type, type, "\(parameter.name).type", file: file, line: line)
    XCTAssertEqual(parameter.required, required, "\(parameter.name).required", file: file, line: line)
    XCTAssertEqual(parameter.default, defaultValue, "\(parameter.name).default", file: file, line: line)
    XCTAssertEqual(parameter.enum, enumName, "\(parameter.name).enum", file: file, line: line)
    XCTAssertEqual(parameter.nullable, nullable, "\(parameter.name).nullable", file: file, line: line)
    XCTAssertEqual(parameter.group, group, "\(parameter.name).group", file: file, line: line)
}

/// The 1-based numbers of the lines of `text` equal (after trimming) to `content`.
func lineNumbers(of content: String, in text: String) -> [Int] {
    text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        .filter { $0.element.trimmingCharacters(in: .whitespaces) == content }
        .map { $0.offset + 1 }
}
