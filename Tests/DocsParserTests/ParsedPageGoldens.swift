@testable import DocsParser
import Foundation

/// Where the parser's goldens live and how they are written and compared.
enum ParsedPageGoldens {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" }

    static let folder = PackageRoot.url.appendingPathComponent("Tests/DocsParserTests/Fixtures/Parsed")
    static let hint = "(if the change is intended, run `UPDATE_GOLDENS=1 swift test --filter DocsParserTests.ParsedPageGoldenTests` and review the golden diff)"

    struct Page {
        /// Relative to the package root, as `parse --json` run there names it.
        var path: String
    }

    /// Every `.txt` page under `Fixtures/` and every seed page, sorted.
    static func pages() throws -> [Page] {
        let manager = FileManager.default
        let fixtures = "Tests/DocsParserTests/Fixtures"
        let fixturePaths = try manager.subpathsOfDirectory(atPath: PackageRoot.url.appendingPathComponent(fixtures).path)
            .filter { $0.hasSuffix(".txt") }
            .map { "\(fixtures)/\($0)" }
        let seedPaths = try manager.contentsOfDirectory(atPath: PackageRoot.url.appendingPathComponent("spec/docs").path)
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
        let data = try Data(contentsOf: PackageRoot.url.appendingPathComponent(path))
        let page = PageReader.parse(file: path, data: data)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode([page]) + Data("\n".utf8)
    }

    static func recordedNames() throws -> [String] {
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
    }

    /// Writes every golden and deletes those no page produces any more.
    static func record(_ goldens: [String: Data]) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for stale in try recordedNames() where goldens[stale] == nil {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(stale))
        }
        for (name, data) in goldens {
            try data.write(to: folder.appendingPathComponent(name))
        }
    }

    /// Nil when equal byte for byte; else a numbered window around the first line that differs.
    static func mismatch(expected: Data, actual: Data, context: Int = 3) -> String? {
        guard expected != actual else { return nil }
        let old = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let new = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
        var first = 0
        while first < old.count, first < new.count, old[first].utf8.elementsEqual(new[first].utf8) { first += 1 }
        var window: [String] = []
        for index in max(0, first - context)..<min(max(old.count, new.count), first + context + 1) {
            let before = index < old.count ? old[index] : "<end of file>"
            let after = index < new.count ? new[index] : "<end of file>"
            if before.utf8.elementsEqual(after.utf8) {
                window.append(String(format: "%5d   ", index + 1) + before)
            } else {
                window.append(String(format: "%5d - ", index + 1) + before)
                window.append(String(format: "%5d + ", index + 1) + after)
            }
        }
        return "first difference at line \(first + 1) (- golden, + parser):\n" + window.joined(separator: "\n")
    }
}
