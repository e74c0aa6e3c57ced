import APISchema
import Diagnostics
import DocsParser
import Foundation
import TestSupport
import XCTest

/// The schema layer's goldens: each case's pages (`Fixtures/Cases/<case>/`) parsed and
/// merged, written as `spec/schema.json` is, and compared byte for byte with
/// `Goldens/<case>.json`. The emitter's goldens are rendered from these files, so a change
/// to the parser or the merge shows up here, and in the Swift only if the Swift changes.
///
/// `UPDATE_GOLDENS=1 swift test` rewrites them and still fails with "recorded new
/// baseline", so a record run can never pass CI. Review the diff; never edit one by hand.
enum SchemaGoldens {
    static let casesFolder = packageRoot.appendingPathComponent("Tests/APISchemaTests/Fixtures/Cases")
    static let goldensFolder = packageRoot.appendingPathComponent("Tests/APISchemaTests/Goldens")

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
        try Golden.assertMatches(try encoded(schema), golden: goldensFolder.appendingPathComponent("\(name).json"),
                                 name: "Goldens/\(name).json", hint: hint, file: file, line: line)
    }

    static let hint = "(run `UPDATE_GOLDENS=1 swift test --filter APISchemaTests` to record, then review the diff)"
}
