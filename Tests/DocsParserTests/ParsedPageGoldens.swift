@testable import DocsParser
import Foundation
import TestSupport

/// Where the parser's goldens live and how they are written and compared.
enum ParsedPageGoldens {
    static let folder = packageRoot.appendingPathComponent("Tests/DocsParserTests/Fixtures/Parsed")
    static let hint = "(if the change is intended, run `UPDATE_GOLDENS=1 swift test --filter DocsParserTests.ParsedPageGoldenTests` and review the golden diff)"

    struct Page {
        /// Relative to the package root, as `parse --json` run there names it.
        var path: String
    }

    /// Every `.txt` page under `Fixtures/` and every seed page, sorted.
    static func pages() throws -> [Page] {
        let manager = FileManager.default
        let fixtures = "Tests/DocsParserTests/Fixtures"
        let fixturePaths = try manager.subpathsOfDirectory(atPath: packageRoot.appendingPathComponent(fixtures).path)
            .filter { $0.hasSuffix(".txt") }
            .map { "\(fixtures)/\($0)" }
        let seedPaths = try manager.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("spec/docs").path)
            .filter { $0.hasSuffix(".txt") }
            .map { "spec/docs/\($0)" }
        return (fixturePaths + seedPaths).sorted().map(Page.init)
    }

    /// `Fixtures/Pages/learn-get.txt` is `Pages-learn-get.json`; a seed is `seed-000_….json`.
    static func goldenName(of path: String) -> String {
        let name: String
        if path.hasPrefix("spec/docs/") {
            name = "seed-" + path.dropFirst("spec/docs/".count)
        } else {
            name = path.dropFirst("Tests/DocsParserTests/Fixtures/".count).replacingOccurrences(of: "/", with: "-")
        }
        return (name.hasSuffix(".txt") ? String(name.dropLast(4)) : name) + ".json"
    }

    /// The bytes `nexudus-codegen parse --json <path>` prints for the page.
    static func json(of path: String) throws -> Data {
        let data = try Data(contentsOf: packageRoot.appendingPathComponent(path))
        let page = PageReader.parse(file: path, data: data)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode([page]) + Data("\n".utf8)
    }
}
