import APISchema
import Diagnostics
import Foundation
@testable import GeneratorCore
import TestSupport
import XCTest

/// `spec/schema.json` is written by a streaming writer instead of `JSONEncoder`; it must give
/// the very same bytes, escapes, key order and layout included.
final class StableJSONTests: XCTestCase {
    private func seedSchema() throws -> APISchema {
        var options = GeneratorOptions()
        options.specDirectory = packageRoot.appendingPathComponent("spec/docs").path
        let pipeline = GeneratorPipeline(options: options)
        return pipeline.merge(pipeline.parse(try pipeline.readSources())).0
    }

    private func assertSameAsJSONEncoder(_ schema: APISchema, file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = [UInt8](try JSONEncoder.stable.encode(schema))
        let streamed = try XCTUnwrap(try? StableJSON.encode(schema), "the streaming writer refused the schema", file: file, line: line)
        XCTAssertEqual(String(decoding: streamed, as: UTF8.self), String(decoding: expected, as: UTF8.self), file: file, line: line)
        XCTAssertEqual(streamed, expected, file: file, line: line)
        XCTAssertEqual(SchemaFile.encode(schema), expected + [UInt8(ascii: "\n")], "with the long lists written on all cores", file: file, line: line)
    }

    func testSeedSchema() throws {
        try assertSameAsJSONEncoder(try seedSchema())
    }

    func testEscapesEmptyListsAndMissingValues() throws {
        var schema = try seedSchema()
        let awkward = "quote \" backslash \\ slash / controls \u{0}\u{1}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1F} del \u{7F} é e\u{301} 😀 \u{2028}\u{85}"
        schema.entities[0].description = awkward
        schema.entities[0].fields = []
        schema.entities[1].fields[0].children = [Field(name: awkward, type: .object, default: awkward, description: "",
                                                       enum: nil, source: .init(file: awkward, line: 0, column: -1)),
                                                 Field(name: "extremes", type: .integer, description: "", enum: nil,
                                                       source: .init(file: "x.md", line: Int.max, column: Int.min))]
        schema.operations[0].title = nil
        schema.operations[0].summary = awkward
        schema.operations[0].notes = []
        schema.operations[1].parameters = []
        schema.enums[0].values = []
        try assertSameAsJSONEncoder(schema)
        try assertSameAsJSONEncoder(APISchema())
    }

    /// Every schema the repo records: each golden case's and the fixture SDK's.
    func testEveryRecordedSchema() throws {
        let goldens = packageRoot.appendingPathComponent("Tests/APISchemaTests/Goldens")
        let files = try FileManager.default.contentsOfDirectory(atPath: goldens.path).filter { $0.hasSuffix(".json") }.sorted()
            .map { goldens.appendingPathComponent($0) } + [packageRoot.appendingPathComponent("Tests/FixtureSDK/schema.json")]
        XCTAssertGreaterThan(files.count, 3)
        for url in files {
            try assertSameAsJSONEncoder(try APISchema.decode(from: try Data(contentsOf: url)))
        }
    }

    /// Every member of every type set, and every kind of field type, so a member the hand
    /// writer forgets cannot hide behind a value that is nil in the recorded schemas.
    func testEveryMemberPresent() throws {
        var schema = try seedSchema()
        let types: [FieldType] = [.string, .integer, .number, .boolean, .dateTime, .json, .object, .array(.array(.integer)),
                                  .enumeration("eGender"), .record("Coworker"), .array(.record("Coworker"))]
        let source = SourceLocation(file: "a.md", line: 3, column: 9)
        var fields = types.enumerated().map { index, type in
            Field(name: "F\(index)", type: type, documentedType: "t\(index)", required: index % 2 == 0, default: "d\(index)",
                  description: "x", enum: "eGender", nullable: true, format: "date-time", source: source)
        }
        fields[0].secret = true
        fields[1].secret = false
        fields[2].children = [fields[3]]
        schema.entities[0].fields = fields
        schema.entities[0].listingOmits = ["F1", "F2"]
        schema.enums[0].isFlags = true
        let note = try decode(Note.self, #"{"kind": "partialRecords", "text": "n", "fields": ["F1"], "source": {"file": "a.md", "line": 3, "column": 9}}"#)
        for index in schema.operations.indices {
            schema.operations[index].body = fields
            schema.operations[index].parameters = types.map {
                Parameter(name: "p", in: .query, type: $0, required: true, default: "1", description: "d", enum: "eGender", nullable: true,
                          group: .range, field: "F0", format: "int64", source: source)
            }
            schema.operations[index].title = "t"
            schema.operations[index].summary = "s"
            schema.operations[index].description = "d"
            schema.operations[index].role = "r"
            schema.operations[index].sortDirection = SortDirectionEncoding(ascending: "1", descending: "2")
            schema.operations[index].requestExamples = [RequestExample(title: "t", method: "GET", url: "/u", body: "{}", at: source),
                                                        RequestExample(title: nil, method: "GET", url: "/u", body: nil, at: source)]
            schema.operations[index].notes = [note]
            var withExample = try decode(Response.self, #"{"status": 200, "fields": [], "example": "{}"}"#)
            withExample.fields = fields
            schema.operations[index].responses = [withExample, try decode(Response.self, #"{"status": 400, "fields": []}"#)]
        }
        try assertSameAsJSONEncoder(schema)
    }

    /// Notes and responses have no public initializer: the merge alone makes them.
    private func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
        try JSONDecoder().decode(type, from: Data(json.utf8))
    }
}
