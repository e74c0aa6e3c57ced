import APISchema
import Diagnostics
import Foundation
import SwiftEmitter
import TestSupport
import XCTest

/// A documented `None` is the case `noneValue`, because every generated property is
/// optional and `.none` there is Swift's "no value". Writing `.none` must not pass in
/// silence: the compiler warns and points at the documented value. Proof by `swiftc`, on
/// the emitted enum and flag set compiled with the runtime's sources in one module.
final class NoneCaseCompilesTests: XCTestCase {
    func testDotNoneOnAnOptionalDrawsTheCompilersWarning() throws {
        let source = SourceLocation(file: "spec/docs/a.md", line: 1)
        let schema = APISchema(enums: [
            EnumType(name: "eStatus", values: [.init(value: 0, name: "None"), .init(value: 1, name: "Manual")], sources: [source]),
            EnumType(name: "eDays", values: [.init(value: 0, name: "None"), .init(value: 1, name: "Monday"), .init(value: 2, name: "Tuesday")],
                     isFlags: true, sources: [source]),
        ])
        let (files, diagnostics) = SwiftEmitter(templates: try EmitterFixtures.templates()).emit(schema)
        XCTAssertEqual(diagnostics.map(\.rendered), [])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("none-case-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var paths: [String] = []
        for file in files where file.root == .sdk && file.path.hasPrefix("Enums/") {
            let url = folder.appendingPathComponent((file.path as NSString).lastPathComponent)
            try Data(file.contents.utf8).write(to: url)
            paths.append(url.path)
        }
        XCTAssertEqual(paths.count, 2)
        let use = folder.appendingPathComponent("Use.swift")
        try Data("""
            struct Query { var status: Status?; var days: Days? }
            func clear(_ query: inout Query) {
                query.status = .none
                query.days = .none
                query.status = .noneValue
                query.days = .noneValue
            }
            """.utf8).write(to: use)
        let runtime = packageRoot.appendingPathComponent("Sources/NexudusRuntime")
        let runtimeSources = try FileManager.default.contentsOfDirectory(atPath: runtime.path).filter { $0.hasSuffix(".swift") }.sorted()
            .map { runtime.appendingPathComponent($0).path }
        let (status, output) = try Swiftc.run(["-parse-as-library", "-typecheck", "-swift-version", "6", "-module-name", "App", "-package-name", "app"]
            + runtimeSources + paths + [use.path])
        XCTAssertEqual(status, 0, output)
        let warnings = output.split(separator: "\n").filter { $0.contains(": warning: ") }
        XCTAssertEqual(warnings.count, 2, output)
        XCTAssertTrue(warnings.allSatisfy { $0.contains("Use.swift") && $0.contains("assuming you mean 'Optional<") }, output)
        XCTAssertTrue(output.contains("did you mean 'Status.none' instead?"), output)
        XCTAssertTrue(output.contains("did you mean 'Days.none' instead?"), output)
    }
}
