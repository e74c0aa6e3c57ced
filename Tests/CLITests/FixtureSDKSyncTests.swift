import Foundation
import XCTest

/// The fixture SDK (`Tests/FixtureSDK`: pages of the endpoint kinds spec/docs has no page
/// of, and the `NexudusFixtureAPI` target generated from them) must be what the generator
/// gives today, so its loopback tests run against current generated code.
final class FixtureSDKSyncTests: XCTestCase {
    static let options = ["--spec", "Tests/FixtureSDK/pages", "--schema", "Tests/FixtureSDK/schema.json",
                          "--out", "Tests/FixtureSDK/Generated", "--tests-out", "Tests/FixtureSDK/ConformanceTests",
                          "--templates", "templates", "--no-cache"]

    func testTheFixtureSDKIsInSyncWithItsPages() throws {
        let result = try CLI.run(["check"] + Self.options, in: repositoryRoot)
        XCTAssertEqual(result.status, 0, "Tests/FixtureSDK is stale; run `swift run nexudus-codegen generate "
                       + Self.options.dropLast().joined(separator: " ") + "`:\n" + result.stderr)
        XCTAssertEqual(result.stdout, "Generated code is in sync with the docs.\n")
    }
}
