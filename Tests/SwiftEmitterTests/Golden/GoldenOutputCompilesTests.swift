import Foundation
import SwiftEmitter
import TestSupport
import XCTest

/// Each golden case's output compiles on its own in Swift 6 language mode with no warnings:
/// `Sources/NexudusRuntime` is built once into its module, the SDK files into a `NexudusAPI`
/// module that re-exports it (`swiftc -emit-module -wmo`, which checks every body), then the
/// conformance tests emitted from the case's examples are type-checked against that module,
/// `import XCTest` included. The cases run side by side.
final class GoldenOutputCompilesTests: XCTestCase {
    func testEveryGoldenCaseCompilesWithoutWarnings() throws {
        let names = try EmitterFixtures.caseNames()
        XCTAssertFalse(names.isEmpty)
        let outputs = try names.map { name in try Output(caseName: name, files: try EmitterFixtures.emitCase(name)) }
        defer { for output in outputs { try? FileManager.default.removeItem(at: output.folder) } }
        let runtime = FileManager.default.temporaryDirectory.appendingPathComponent("swift-emitter-runtime-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: runtime) }
        let runtimeStep = try Output.compileRuntime(into: runtime)
        XCTAssertEqual(runtimeStep.status, 0, "swiftc failed on Sources/NexudusRuntime:\n\(runtimeStep.output)")
        XCTAssertFalse(runtimeStep.output.contains("warning:"), "swiftc warned on Sources/NexudusRuntime:\n\(runtimeStep.output)")
        guard runtimeStep.status == 0 else { return }
        for output in outputs {
            XCTAssertFalse(output.sdkPaths.isEmpty, "'\(output.caseName)' emitted no SDK files")
            XCTAssertFalse(output.testPaths.isEmpty, "'\(output.caseName)' emitted no conformance tests")
        }
        let results = Results(count: outputs.count)
        DispatchQueue.concurrentPerform(iterations: outputs.count) { index in
            results.set(index, Result { try outputs[index].compile(runtimeModules: runtime) })
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
    struct Output {
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

        // `-wmo`: one frontend for the whole module, not one per file, each parsing them all.
        // One package name, as SwiftPM gives the targets of one package.
        static let common = ["-parse-as-library", "-swift-version", "6", "-wmo", "-package-name", "nexuduscodegen"]

        /// The runtime target's sources, built into `NexudusRuntime.swiftmodule` in `folder`.
        static func compileRuntime(into folder: URL) throws -> Step {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let sourcesFolder = packageRoot.appendingPathComponent("Sources/NexudusRuntime")
            let sources = try FileManager.default.contentsOfDirectory(atPath: sourcesFolder.path).filter { $0.hasSuffix(".swift") }.sorted()
                .map { sourcesFolder.appendingPathComponent($0).path }
            let (status, output) = try Swiftc.run(common + [
                "-emit-module", "-module-name", "NexudusRuntime",
                "-emit-module-path", folder.appendingPathComponent("NexudusRuntime.swiftmodule").path,
            ] + sources)
            return Step(name: "runtime", status: status, output: output)
        }

        /// Builds the module, then (only if that worked) type-checks the tests against it.
        func compile(runtimeModules: URL) throws -> [Step] {
            let modules = folder.appendingPathComponent("Modules")
            try FileManager.default.createDirectory(at: modules, withIntermediateDirectories: true)
            let common = Self.common + ["-I", runtimeModules.path]
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
