import Diagnostics
import Foundation
import TestSupport
import XCTest

/// The catalog is the whole list of what the tool can say: every id is raised somewhere,
/// and no source file spells a diagnostic's `error:` or `warning:` prefix by hand, so
/// every message a user sees has an id tests can match and the compiler's shape.
final class DiagnosticCatalogTests: XCTestCase {
    /// Swift sources of the product, without comments, keyed by their path.
    private static let sources: [String: String] = {
        let folder = packageRoot.appendingPathComponent("Sources")
        let paths = (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []
        var sources: [String: String] = [:]
        for path in paths where path.hasSuffix(".swift") {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8) else { continue }
            sources["Sources/\(path)"] = text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
                .joined(separator: "\n")
        }
        return sources
    }()

    func testTheSourcesAreFound() {
        XCTAssertNotNil(Self.sources["Sources/Diagnostics/DiagnosticID.swift"])
        XCTAssertGreaterThan(Self.sources.count, 50)
    }

    func testEveryIdIsRaisedSomewhere() throws {
        let users = Self.sources.filter { $0.key != "Sources/Diagnostics/DiagnosticID.swift" }.values.joined(separator: "\n")
        let unused = try DiagnosticID.allCases.filter { id in
            let use = try NSRegularExpression(pattern: "\\.\(id.rawValue)\\b")
            return use.firstMatch(in: users, range: NSRange(users.startIndex..., in: users)) == nil
        }
        XCTAssertEqual(unused.map(\.rawValue), [], "catalog ids no source raises: remove them or raise them")
    }

    func testNoSourceFormatsASeverityPrefixByHand() throws {
        let handWritten = try NSRegularExpression(pattern: #""[^"\n]*\b(error|warning): "#)
        var offenders: [String] = []
        for (path, text) in Self.sources.sorted(by: { $0.key < $1.key }) {
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(line)
                if handWritten.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                    offenders.append("\(path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        XCTAssertEqual(offenders, [], "print these through a catalog Diagnostic instead")
    }

    func testTheRenderedShapeIsTheCompilers() {
        let located = Diagnostic.error(.unknownFieldType, "unknown type 'money'", at: SourceLocation(file: "spec/docs/a.md", line: 3, column: 7))
        XCTAssertEqual(located.rendered, "spec/docs/a.md:3:7: error: unknown type 'money'")
        let unlocated = Diagnostic.warning(.notAnEndpointPage, "skipped", at: nil)
        XCTAssertEqual(unlocated.rendered, "warning: skipped")
    }
}
