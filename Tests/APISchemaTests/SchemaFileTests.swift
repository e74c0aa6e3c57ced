import APISchema
import Diagnostics
import Foundation
import TestSupport
import XCTest

/// `APISchema.decode(from:)`: the one reader of schema files, for every readable version.
final class SchemaFileTests: XCTestCase {
    static let fixture = packageRoot.appendingPathComponent("Tests/APISchemaTests/Fixtures/version-1")

    /// The last release's committed schema (version 1, types as text) and the pages it was
    /// generated from, read the way `generate` reads `spec/docs/`.
    private func versionOne() throws -> (file: Data, pages: [ParsedPageSource]) {
        let file = try Data(contentsOf: Self.fixture.appendingPathComponent("schema.json"))
        let folder = Self.fixture.appendingPathComponent("pages")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return (file, try names.map { ParsedPageSource(file: "spec/docs/\($0)", data: try Data(contentsOf: folder.appendingPathComponent($0))) })
    }

    /// The first pull request after the version change diffs against a version-1 file: the
    /// same pages must give no change at all, and the very same schema.
    func testAVersionOneFileReadsAsTheVersionTwoSchemaOfTheSamePages() throws {
        let (file, pages) = try versionOne()
        XCTAssertTrue(String(decoding: file, as: UTF8.self).contains("\"version\" : 1"), "the fixture is a version-1 file")
        let old = try APISchema.decode(from: file)
        let (new, _) = MergePages.merge(pages)
        XCTAssertEqual(SchemaDiff.compare(old, new).map { "\($0.kind) \($0.subject): \($0.detail)" }, [])
        // Descriptions say the same words (the diff above compares them so); this version keeps
        // more of their structure: a rendering's blocks as Markdown paragraphs, and the
        // export's text over a rendering's.
        XCTAssertEqual(Self.withoutDescriptions(old), Self.withoutDescriptions(new))
        XCTAssertEqual(old.version, APISchema.currentVersion)
        XCTAssertTrue(new.entities.flatMap(\.fields).contains { $0.type == .dateTime }, "the types were decided, not left as placeholders")
    }

    /// The schema with every entity, operation and field description left out.
    static func withoutDescriptions(_ schema: APISchema) -> APISchema {
        func clear(_ fields: [Field]) -> [Field] {
            fields.map { field in
                var field = field
                field.description = ""
                field.children = clear(field.children)
                return field
            }
        }
        var schema = schema
        for index in schema.entities.indices {
            schema.entities[index].description = nil
            schema.entities[index].fields = clear(schema.entities[index].fields)
        }
        for index in schema.operations.indices {
            schema.operations[index].description = nil
            schema.operations[index].body = clear(schema.operations[index].body)
            for response in schema.operations[index].responses.indices {
                schema.operations[index].responses[response].fields = clear(schema.operations[index].responses[response].fields)
            }
        }
        return schema
    }

    /// What the version-2 writer writes, the reader reads back unchanged.
    func testTheCurrentVersionRoundTrips() throws {
        let (_, pages) = try versionOne()
        let (schema, _) = MergePages.merge(pages)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(schema)
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("\"version\":2"))
        XCTAssertEqual(try APISchema.decode(from: data), schema)
    }

    func testWhatIsWrongWithAFileIsNamed() {
        func error(_ text: String) -> SchemaFileError? {
            do {
                _ = try APISchema.decode(from: Data(text.utf8))
                return nil
            } catch {
                return error
            }
        }
        XCTAssertEqual(error("Skip to main content"), .notJSON)
        XCTAssertEqual(error(#"{"entities": []}"#), .missingKey("version", path: ""))
        XCTAssertEqual(error(#"{"version": 3, "entities": []}"#), .unknownVersion(3))
        XCTAssertEqual(error(#"{"version": 0}"#), .unknownVersion(0))
        XCTAssertEqual(error(#"{"version": 2, "entities": [], "enums": []}"#), .missingKey("operations", path: ""))
        XCTAssertEqual(error(#"{"version": 2, "entities": 7, "enums": [], "operations": []}"#), .unexpectedValue(path: "entities"))
        XCTAssertEqual(String(describing: SchemaFileError.missingKey("version", path: "")), "no 'version' key")
        XCTAssertEqual(String(describing: SchemaFileError.unknownVersion(3)), "schema version 3, which this generator cannot read (it reads 1, 2)")
    }

    /// A version-2 field must carry both its decided type and the docs' text; a version-1
    /// shape inside a version-2 file is an error, not a silent guess.
    func testAVersionTwoFieldWithoutItsDecidedTypeIsAnError() throws {
        let (file, _) = try versionOne()
        let relabelled = String(decoding: file, as: UTF8.self).replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 2")
        XCTAssertThrowsError(try APISchema.decode(from: Data(relabelled.utf8))) { error in
            guard case .missingKey("documentedType", _)? = error as? SchemaFileError else {
                return XCTFail("\(error)")
            }
        }
    }
}
