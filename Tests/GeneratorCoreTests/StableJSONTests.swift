import APISchema
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
                                                       enum: nil, source: .init(file: awkward, line: 0, column: -1))]
        schema.operations[0].title = nil
        schema.operations[0].summary = awkward
        schema.operations[0].notes = []
        schema.operations[1].parameters = []
        schema.enums[0].values = []
        try assertSameAsJSONEncoder(schema)
        try assertSameAsJSONEncoder(APISchema())
    }
}
