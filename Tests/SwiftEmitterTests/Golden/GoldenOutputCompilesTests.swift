import Foundation
import SwiftEmitter
import XCTest

/// Each golden case's output compiles on its own in Swift 6 language mode with no warnings:
/// the SDK files are built into a `NexudusAPI` module (`swiftc -emit-module -wmo`, which
/// checks every body), then the conformance tests emitted from the case's examples are
/// type-checked against that module, `import XCTest` included. The cases run side by side.
final class GoldenOutputCompilesTests: XCTestCase {
    func testEveryGoldenCaseCompilesWithoutWarnings() throws {
        let names = try EmitterFixtures.caseNames()
        XCTAssertFalse(names.isEmpty)
        let outputs = try names.map { name in try Output(caseName: name, files: try EmitterFixtures.emitCase(name)) }
        defer { for output in outputs { try? FileManager.default.removeItem(at: output.folder) } }
        for output in outputs {
            XCTAssertFalse(output.sdkPaths.isEmpty, "'\(output.caseName)' emitted no SDK files")
            XCTAssertFalse(output.testPaths.isEmpty, "'\(output.caseName)' emitted no conformance tests")
        }
        let results = Results(count: outputs.count)
        DispatchQueue.concurrentPerform(iterations: outputs.count) { index in
            results.set(index, Result { try outputs[index].compile() })
        }
        for (index, output) in outputs.enumerated() {
            for step in try results.get(index).get() {
                let shown = step.output.replacingOccurrences(of: output.folder.path + "/", with: "")
                XCTAssertEqual(step.status, 0, "swiftc failed on the '\(output.caseName)' \(step.name):\n\(shown)")
                XCTAssertFalse(step.output.contains("warning:"), "swiftc warned on the '\(output.caseName)' \(step.name):\n\(shown)")
            }
        }
    }

    /// One case's files, written (and nothing else) into a fresh temporary folder: the SDK
    /// under `Sources/`, the conformance tests under `Tests/`.
    fileprivate struct Output {
        struct Step {
            var name: String
            var status: Int32
            var output: String
        }

        var caseName: String
        var folder: URL
        var sdkPaths: [String] = []
        var testPaths: [String] = []

        init(caseName: String, files: [RenderedFile]) throws {
            self.caseName = caseName
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("swift-emitter-\(caseName)-\(UUID().uuidString)")
            for rendered in files {
                let url = folder.appendingPathComponent(rendered.root == .sdk ? "Sources" : "Tests").appendingPathComponent(rendered.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(rendered.contents.utf8).write(to: url)
                if rendered.root == .sdk { sdkPaths.append(url.path) } else { testPaths.append(url.path) }
            }
        }

        /// Builds the module, then (only if that worked) type-checks the tests against it.
        func compile() throws -> [Step] {
            let modules = folder.appendingPathComponent("Modules")
            try FileManager.default.createDirectory(at: modules, withIntermediateDirectories: true)
            // `-wmo`: one frontend for the whole module, not one per file, each parsing them all.
            let common = ["-parse-as-library", "-swift-version", "6", "-wmo"]
            let (sdkStatus, sdkOutput) = try Swiftc.run(common + [
                "-emit-module", "-module-name", "NexudusAPI",
                "-emit-module-path", modules.appendingPathComponent("NexudusAPI.swiftmodule").path,
            ] + sdkPaths)
            var steps = [Step(name: "SDK", status: sdkStatus, output: sdkOutput)]
            guard sdkStatus == 0 else { return steps }
            let (testStatus, testOutput) = try Swiftc.run(common + [
                "-typecheck", "-module-name", "NexudusAPIConformanceTests", "-I", modules.path,
            ] + testPaths)
            steps.append(Step(name: "conformance tests", status: testStatus, output: testOutput))
            return steps
        }
    }
}

/// Slots the concurrent `swiftc` runs write their results into.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<[GoldenOutputCompilesTests.Output.Step], any Error>?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<[GoldenOutputCompilesTests.Output.Step], any Error>) {
        lock.withLock { values[index] = value }
    }

    func get(_ index: Int) -> Result<[GoldenOutputCompilesTests.Output.Step], any Error> {
        lock.withLock { values[index] ?? .failure(CocoaError(.fileNoSuchFile)) }
    }
}
