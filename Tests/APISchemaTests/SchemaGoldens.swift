import APISchema
import Diagnostics
import DocsParser
import Foundation
import XCTest

/// The schema layer's goldens: each case's pages (`Fixtures/Cases/<case>/`) parsed and
/// merged, written as `spec/schema.json` is, and compared byte for byte with
/// `Goldens/<case>.json`. The emitter's goldens are rendered from these files, so a change
/// to the parser or the merge shows up here, and in the Swift only if the Swift changes.
///
/// `UPDATE_GOLDENS=1 swift test` rewrites them and still fails with "recorded new
/// baseline", so a record run can never pass CI. Review the diff; never edit one by hand.
enum SchemaGoldens {
    static let casesFolder = MergePages.root.appendingPathComponent("Tests/APISchemaTests/Fixtures/Cases")
    static let goldensFolder = MergePages.root.appendingPathComponent("Tests/APISchemaTests/Goldens")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" }

    static func caseNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: casesFolder.path).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// A case's pages, named by their path from the package root as `generate` names them.
    static func pages(ofCase name: String) throws -> [ParsedPage] {
        let folder = casesFolder.appendingPathComponent(name)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { ["md", "txt"].contains(($0 as NSString).pathExtension) }.sorted()
        return try files.map { file in
            PageReader.parse(file: "Tests/APISchemaTests/Fixtures/Cases/\(name)/\(file)", data: try Data(contentsOf: folder.appendingPathComponent(file)))
        }
    }

    /// The file's bytes, as `generate` writes `spec/schema.json`.
    static func encoded(_ schema: APISchema) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(schema) + Data("\n".utf8)
    }

    static func assertMatches(_ schema: APISchema, goldenCase name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let golden = goldensFolder.appendingPathComponent("\(name).json")
        let produced = try encoded(schema)
        if isRecording {
            try produced.write(to: golden)
            XCTFail("recorded new baseline Goldens/\(name).json; review its diff, then run without UPDATE_GOLDENS", file: file, line: line)
            return
        }
        guard let expected = FileManager.default.contents(atPath: golden.path) else {
            return XCTFail("no golden Goldens/\(name).json \(hint)", file: file, line: line)
        }
        guard expected != produced else { return }
        let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let producedLines = String(decoding: produced, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(expectedLines, producedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, producedLines.count)
        let show = { (lines: [Substring]) in lines[min(first, lines.count)..<min(first + 3, lines.count)].joined(separator: "\n") }
        XCTFail("Goldens/\(name).json differs from the merged schema at line \(first + 1)\n--- golden\n\(show(expectedLines))\n+++ merged\n\(show(producedLines))\n\(hint)",
                file: file, line: line)
    }

    static let hint = "(run `UPDATE_GOLDENS=1 swift test --filter APISchemaTests` to record, then review the diff)"
}
