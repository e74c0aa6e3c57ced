import Foundation
import TestSupport
import XCTest

/// `clear`, `omit` and `state(of:)` take a key path to an optional property, so a required
/// field, whose property is never nil, cannot be cleared or left out: a body that would trap
/// on its next read does not compile. Proof by `swiftc`, against the runtime built as the
/// package builds it, with a body of one required and one optional field.
final class RequiredFieldKeyPathCompilesTests: XCTestCase {
    func testARequiredFieldCannotBeClearedButAnOptionalOneCan() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("required-keypath-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let runtime = try GoldenOutputCompilesTests.Output.compileRuntime(into: folder)
        XCTAssertEqual(runtime.status, 0, runtime.output)
        let body = """
            import NexudusRuntime

            struct Body: RequestBody {
                private(set) var fields: JSONObject
                init(unchecked fields: JSONObject, _ proof: UncheckedFields) { self.fields = fields }
                var name: String {
                    get { fields["Name"] ?? "" }
                    set { fields["Name"] = newValue }
                }
                var notes: String? {
                    get { fields["Notes"] }
                    set { fields["Notes"] = newValue }
                }
                static let layout = JSONLayout([JSONField("Name", "name", String.self, required: true), JSONField("Notes", "notes", String.self)])
                func validate() -> [ValidationError] { [] }
            }

            func change(_ body: inout Body) {
                body.clear(\\.notes)
                _ = body.state(of: \\.notes)
            }

            """
        func typecheck(_ lines: String) throws -> (Int32, String) {
            let app = folder.appendingPathComponent("App.swift")
            try Data((body + lines).utf8).write(to: app)
            return try Swiftc.run(["-typecheck", "-swift-version", "6", "-module-name", "App", "-package-name", "someapp",
                                   "-I", folder.path, app.path])
        }
        let optional = try typecheck("")
        XCTAssertEqual(optional.0, 0, optional.1)
        for call in ["body.clear(\\.name)", "body.omit(\\.name)", "_ = body.state(of: \\.name)"] {
            let (status, output) = try typecheck("func required(_ body: inout Body) { \(call) }\n")
            XCTAssertNotEqual(status, 0, "\(call) compiled")
            XCTAssertTrue(output.contains("App.swift:22:"), output)
            XCTAssertTrue(output.contains("'WritableKeyPath<Body, String>' to expected argument type 'WritableKeyPath<Body, String?>'"), output)
        }
    }
}
