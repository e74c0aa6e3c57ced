import APISchema
import Diagnostics
import SwiftEmitter
import XCTest

/// Inline snippets: a few lines of schema or page in, the lines of Swift they must give out.
/// Each pins a naming clash the context builders resolve.
final class ContextSnippetTests: XCTestCase {
    private let here = SourceLocation(file: "x.md", line: 1)

    private func file(_ files: [RenderedFile], _ path: String, line: UInt = #line) throws -> String {
        try XCTUnwrap(files.first { $0.path == path }, "no \(path) in \(files.map(\.path))", line: line).contents
    }

    /// A nested struct shadows same-named outer types inside its parent, so an object field
    /// must not name its struct after the enum a sibling property uses.
    func testNestedTypeDoesNotShadowASiblingsType() throws {
        let schema = APISchema(
            entities: [Entity(name: "Coworker", fields: [
                Field(name: "Gender", type: .object, children: [Field(name: "Code", type: .integer, source: here)], source: here),
                Field(name: "Sex", type: .enumeration("eGender"), documentedType: "integer", enum: "eGender", source: here),
            ])],
            enums: [EnumType(name: "eGender", values: [.init(value: 1, name: "Male")], sources: [here])])
        let (files, diagnostics) = SwiftEmitter(templates: try EmitterFixtures.templates()).emit(schema)
        XCTAssertEqual(diagnostics.map(\.rendered), [])
        let model = try file(files, "Models/Coworker.swift")
        XCTAssertTrue(model.contains("    public let gender: GenderItem?\n"), model)
        XCTAssertTrue(model.contains("    public let sex: Gender?\n"), model)
        XCTAssertTrue(model.contains("    public struct GenderItem: JSONRecordValue {\n"), model)
    }

    /// Every request body with documented defaults declares `Defaults`, so neither an object
    /// field nor an enum may give its type that name: inside a body it would mean the body's own.
    func testNoTypeIsNamedDefaults() throws {
        let schema = APISchema(
            entities: [Entity(name: "Coworker", fields: [
                Field(name: "Defaults", type: .object, children: [Field(name: "Code", type: .integer, source: here)], source: here),
                Field(name: "Kind", type: .enumeration("eDefaults"), documentedType: "integer", enum: "eDefaults", source: here),
            ])],
            enums: [EnumType(name: "eDefaults", values: [.init(value: 1, name: "Plain")], sources: [here])])
        let (files, diagnostics) = SwiftEmitter(templates: try EmitterFixtures.templates()).emit(schema)
        XCTAssertEqual(diagnostics.map(\.rendered), [])
        let model = try file(files, "Models/Coworker.swift")
        XCTAssertTrue(model.contains("    public let defaults: DefaultsValueItem?\n"), model)
        XCTAssertTrue(model.contains("    public let kind: DefaultsValue?\n"), model)
        XCTAssertTrue(model.contains("    public struct DefaultsValueItem: JSONRecordValue {\n"), model)
        XCTAssertTrue(try file(files, "Enums/DefaultsValue.swift").contains("public enum DefaultsValue: JSONIntegerCoded"))
    }

    /// `Type` takes `TypeValue`, Swift's `Type` being taken: an entity `TypeValue` as well
    /// would declare that type twice, an SDK that does not compile. An error, and no files.
    func testEntitiesWhoseSwiftTypesClashAreAnError() throws {
        let there = SourceLocation(file: "y.md", line: 7)
        let schema = APISchema(entities: [
            Entity(name: "Type", fields: [Field(name: "Code", type: .integer, source: here)], source: here),
            Entity(name: "TypeValue", fields: [Field(name: "Code", type: .integer, source: there)], source: there),
        ])
        let (files, diagnostics) = SwiftEmitter(templates: try EmitterFixtures.templates()).emit(schema)
        XCTAssertEqual(files, [])
        XCTAssertEqual(diagnostics.map(\.rendered), [
            "x.md:1:1: error: the record of 'Type' and the record of 'TypeValue' would both be the Swift type 'TypeValue'\n"
                + "y.md:7:1: note: the record of 'TypeValue' is documented here",
        ])
    }

    /// `Validate` in a request body would redeclare the request's `validate()`.
    func testABodyFieldNamedValidateIsRenamed() throws {
        let page = EmitterFixtures.Page(file: "create-gate.md", text: """
        # Create Gate

        ## Authentication

        <Note>
          The authenticated user must be a full unrestricted administrator or have the **`Gate-Create`** role.
        </Note>

        ## Request Body

        ### Required Fields

        <ParamField body="Validate" type="boolean" required>
          Whether to validate.
        </ParamField>

        ## Code Examples

        ```bash cURL
        curl -X POST "https://spaces.nexudus.com/api/spaces/gates" -d '{"Validate": true}'
        ```
        """)
        let request = try file(try EmitterFixtures.emit([page]), "Requests/CreateGateRequest.swift")
        XCTAssertTrue(request.contains("    public var validate2: Bool {\n        get { fields[required: \"Validate\"] }\n"), request)
        XCTAssertTrue(request.contains("        validate2 required Validate\n"), request)
        XCTAssertTrue(request.contains("    public func validate() -> [ValidationError] {\n"), request)
    }

    /// The update's `init?(updating:)` reads the record through the model's own property
    /// names, where a field named `AdditionalProperties` is `additionalProperties2` (in both).
    func testUpdateFromRecordUsesTheModelsPropertyNames() throws {
        let get = EmitterFixtures.Page(file: "get-gate.txt", text: """
        Skip to main content
        GET
        /
        api
        /
        spaces
        /
        gates
        /
        {id}
        A Gate lets people in.

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
        AdditionalProperties
        string
        Extra settings.
        """)
        let update = EmitterFixtures.Page(file: "update-gate.txt", text: """
        Skip to main content
        PUT
        /
        api
        /
        spaces
        /
        gates
        Updates an existing Gate record.

        Authentication

        The authenticated user must be a full unrestricted administrator or have the Gate-Edit role.

        Request Body

        Required Fields

        Id
        integer
        required
        The Id of the Gate record to update.

        Optional Fields

        AdditionalProperties
        string
        Extra settings.
        """)
        let files = try EmitterFixtures.emit([get, update])
        XCTAssertTrue(try file(files, "Models/Gate.swift").contains("    public let additionalProperties2: String?\n"))
        let request = try file(files, "Requests/UpdateGateRequest.swift")
        XCTAssertTrue(request.contains("        self.additionalProperties2 = record.additionalProperties2\n"), request)
    }
}
