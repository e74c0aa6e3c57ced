import Foundation
import TestSupport
import XCTest

/// `RequestBody.init(unchecked:_:)` skips the required-field check, so it takes a proof,
/// `UncheckedFields`, that only code of the runtime's package can make: an app that
/// imports the SDK cannot build a body that would trap on a read. Proof by `swiftc`: the
/// runtime built as the package builds it, then an app module of another package.
final class UncheckedFieldsCompilesTests: XCTestCase {
    func testAnAppCannotMakeTheProof() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("unchecked-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let runtime = try GoldenOutputCompilesTests.Output.compileRuntime(into: folder)
        XCTAssertEqual(runtime.status, 0, runtime.output)
        let app = folder.appendingPathComponent("App.swift")
        try Data("""
            import NexudusRuntime
            let proof = UncheckedFields()
            """.utf8).write(to: app)
        let (status, output) = try Swiftc.run(["-typecheck", "-swift-version", "6", "-module-name", "App", "-package-name", "someapp",
                                               "-I", folder.path, app.path])
        XCTAssertNotEqual(status, 0, output)
        XCTAssertTrue(output.contains("App.swift:2:"), output)
        XCTAssertTrue(output.contains("'package' protection level"), output)
    }
}
