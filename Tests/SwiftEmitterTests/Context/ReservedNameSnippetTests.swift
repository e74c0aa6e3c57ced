import APISchema
import Diagnostics
import SwiftEmitter
import XCTest

/// Names and text from the docs that the generated code's own names, or its comments, could
/// not hold until the `hostile-text` golden case found them. One snippet each, so a regression
/// names its cause.
final class ReservedNameSnippetTests: XCTestCase {
    private let here = SourceLocation(file: "x.md", line: 1)

    private func file(_ files: [RenderedFile], _ path: String, root: RenderedFile.Root = .sdk, line: UInt = #line) throws -> String {
        try XCTUnwrap(files.first { $0.root == root && $0.path == path }, "no \(path) in \(files.map(\.path))", line: line).contents
    }

    private func emit(_ schema: APISchema) throws -> [RenderedFile] {
        let (files, diagnostics) = SwiftEmitter(templates: try EmitterFixtures.templates()).emit(schema)
        XCTAssertEqual(diagnostics.map(\.rendered), [])
        return files
    }

    /// A rendered page: method, path one segment a line, then the sections as given.
    private func renderedPage(_ file: String, _ method: String, _ path: String, _ sections: String) -> EmitterFixtures.Page {
        let segments = path.split(separator: "/").map { "/\n\($0)" }.joined(separator: "\n")
        return EmitterFixtures.Page(file: file, text: "Skip to main content\n\(method)\n\(segments)\nA Gate lets people in.\n\n\(sections)")
    }

    private func fields(_ names: [String], required: Bool = false) -> String {
        names.map { "\($0)\nstring\n\(required ? "required\n" : "")The \($0)." }.joined(separator: "\n")
    }

    private func getGate(_ fieldNames: [String]) -> EmitterFixtures.Page {
        renderedPage("get-gate.txt", "GET", "api/spaces/gates/{id}", """
            Authentication

            The authenticated user must be a full unrestricted administrator or have the Gate-Read role.

            Path Parameters

            id
            integer
            required
            The Id of the Gate record to retrieve.

            Response

            200

            Id
            integer
            Unique record identifier.
            \(fields(fieldNames))
            """)
    }

    /// Every record has `additionalProperties` and `jsonKeys`, and `decoding(from:)`,
    /// `hashValue`, `hash(into:)` and `encode(to:)`: a field of such a name takes another.
    /// Names the generated code uses as locals or parameters (`container`, `reader`) are
    /// free: the code reads fields through `self.` and its own locals start with `_`.
    func testModelFieldsNamedLikeTheRecordMembersAreRenamed() throws {
        let model = try file(try EmitterFixtures.emit([getGate(["JsonKeys", "Decoding", "Container", "Reader", "Hash", "HashValue", "Encode"])]),
                             "Models/Gate.swift")
        for name in ["jsonKeys2", "decoding2", "hash2", "hashValue2", "encode2", "container", "reader"] {
            XCTAssertTrue(model.contains("    public let \(name): String?\n"), model)
        }
        XCTAssertTrue(model.contains("        try container.encode(self.container, forKey: \"Container\")\n"), model)
        XCTAssertTrue(model.contains("            case 4: _reader = try $0.read()\n"), model)
    }

    /// `validate()` fills a local `errors`; `init?(updating record:)` binds each required field
    /// to a local of its name, so a `record` local would hide the record for every later field.
    func testRequestFieldsNamedErrorsOrRecordAreRenamed() throws {
        let update = renderedPage("update-gate.txt", "PUT", "api/spaces/gates", """
            Authentication

            The authenticated user must be a full unrestricted administrator or have the Gate-Edit role.

            Request Body

            Required Fields

            Id
            integer
            required
            The Id of the Gate record to update.
            \(fields(["Record", "Errors", "Name"], required: true))
            """)
        let files = try EmitterFixtures.emit([getGate(["Record", "Errors", "Name"]), update])
        let request = try file(files, "Requests/UpdateGateRequest.swift")
        XCTAssertTrue(request.contains("        Validation.requireText(self.errors2, \"Errors\", into: &errors)\n"), request)
        XCTAssertTrue(request.contains("""
                    guard let record2 = record.record else { return nil }
                    self.record2 = record2
                    guard let errors2 = record.errors else { return nil }
                    self.errors2 = errors2
                    guard let name = record.name else { return nil }
            """), request)
    }

    /// `queryItems` fills a local `items`; a filter of that name would be read as the list.
    func testAFilterNamedItemsIsRenamed() throws {
        let search = renderedPage("search-gates.txt", "GET", "api/spaces/gates", """
            Authentication

            The authenticated user must be a full unrestricted administrator or have the Gate-List role.

            Query Parameters

            Gate_Items
            string
            Filter by Items.
            """)
        let query = try file(try EmitterFixtures.emit([search]), "Queries/GateSearch.swift")
        XCTAssertTrue(query.contains("    public var items2: String?\n"), query)
        XCTAssertTrue(query.contains("        if let value = items2 { items.append(URLQueryItem(name: \"Gate_Items\", value: value.queryText)) }\n"), query)
    }

    /// `SortField` is `CaseIterable`: a case named `allCases` would make `SortField.allCases`
    /// ambiguous for callers. The conformance test picks the same case name.
    func testASortFieldNamedAllCasesIsRenamed() throws {
        let search = renderedPage("search-gates.txt", "GET", "api/spaces/gates", """
            Authentication

            The authenticated user must be a full unrestricted administrator or have the Gate-List role.

            Query Parameters

            orderBy
            string
            The property name to sort results by.

            Code Examples

            curl -X GET \\
              "https://spaces.nexudus.com/api/spaces/gates?orderBy=AllCases"
            """)
        let files = try EmitterFixtures.emit([getGate(["AllCases"]), search])
        XCTAssertTrue(try file(files, "Queries/GateSearch.swift").contains("        case allCases2 = \"AllCases\"\n"))
        XCTAssertTrue(try file(files, "GateConformanceTests.swift", root: .tests).contains("        query.orderBy = .allCases2\n"))
    }

    /// Path parameters that collide after camel-casing are `default` and `default2`, in the
    /// endpoint and in the conformance test that calls it (with keyword labels unescaped, as
    /// Swift warns about backticks there); `body` is the request's own parameter.
    func testPathParametersAreNamedAlikeInTheEndpointAndItsTest() throws {
        let delete = renderedPage("delete-gate.txt", "DELETE", "api/spaces/gates/{default}/{Default}", """
            Authentication

            The authenticated user must be a full unrestricted administrator or have the Gate-Delete role.

            Path Parameters

            default
            integer
            required
            The Id of the Gate.
            Default
            integer
            required
            The Id of its copy.

            Code Examples

            curl -X DELETE \\
              "https://spaces.nexudus.com/api/spaces/gates/12/34"
            """)
        let update = renderedPage("update-gate.txt", "PUT", "api/spaces/gates/{body}", """
            Authentication

            The authenticated user must be a full unrestricted administrator or have the Gate-Edit role.

            Path Parameters

            body
            integer
            required
            The Id of the Gate.

            Request Body

            Required Fields

            \(fields(["Name"], required: true))
            """)
        let files = try EmitterFixtures.emit([delete, update])
        let endpoints = try file(files, "Endpoints/GateAPI.swift")
        XCTAssertTrue(endpoints.contains("    public static func delete(`default`: Int, default2: Int) -> Endpoint<ActionResult> {\n"), endpoints)
        XCTAssertTrue(endpoints.contains("    public static func update(body2: Int, _ body: UpdateGateRequest) -> Endpoint<ActionResult> {\n"), endpoints)
        let tests = try file(files, "GateConformanceTests.swift", root: .tests)
        XCTAssertTrue(tests.contains("GateAPI.delete(default: 12, default2: 34).relativeURL"), tests)
    }

    /// A lone `\r` ends a `//` comment for Swift: an enum value's name shown in a `///` line
    /// is kept to one line, and its string literal still holds the exact name.
    func testAnEnumValueNameCannotEndItsDocComment() throws {
        let name = "Open\rpublic func injected() {}"
        for isFlags in [false, true] {
            let enumFile = try file(try emit(APISchema(enums: [
                EnumType(name: "eGateState", values: [.init(value: 1, name: name)], isFlags: isFlags, sources: [here]),
            ])), "Enums/GateState.swift")
            XCTAssertFalse(enumFile.contains("\r"), enumFile)
            XCTAssertTrue(enumFile.contains("    /// `1`: Open public func injected() {}.\n"), enumFile)
            XCTAssertTrue(enumFile.contains(#""Open\rpublic func injected() {}""#), enumFile)
        }
    }

    /// The "Documented in `file:line`" line names a file; a line break in its name must not
    /// end the comment either.
    func testASourceFileNameCannotEndItsDocComment() throws {
        let source = SourceLocation(file: "gate\n}\npublic func injected() {}.md", line: 3)
        let model = try file(try emit(APISchema(entities: [
            Entity(name: "Gate", fields: [Field(name: "Name", type: .string, source: source)], source: source),
        ])), "Models/Gate.swift")
        XCTAssertTrue(model.contains("/// Documented in `gate } public func injected() {}.md:3`.\n"), model)
        XCTAssertEqual(SwiftCodeScan.codeLines(containing: "injected", in: [(path: "Gate.swift", contents: model)]), [])
    }
}
