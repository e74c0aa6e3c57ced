import Foundation
import SwiftEmitter
import XCTest

/// Each golden case's SDK output type-checks on its own in Swift 6 language mode with no
/// warnings: one `swiftc -typecheck` per case over exactly the emitted SDK files, the cases
/// run side by side. (The emitted conformance tests `import NexudusAPI`, so they need the
/// built module; the package build checks them for `Generated/`.)
final class GoldenOutputCompilesTests: XCTestCase {
    func testEveryGoldenCaseTypeChecksWithoutWarnings() throws {
        let names = try EmitterFixtures.caseNames()
        XCTAssertFalse(names.isEmpty)
        let outputs = try names.map { name in
            try Output(caseName: name, files: try EmitterFixtures.emitCase(name).filter { $0.root == .sdk })
        }
        defer { for output in outputs { try? FileManager.default.removeItem(at: output.folder) } }
        let results = Results(count: outputs.count)
        DispatchQueue.concurrentPerform(iterations: outputs.count) { index in
            let arguments = ["-parse-as-library", "-typecheck", "-swift-version", "6", "-module-name", "NexudusAPI"] + outputs[index].paths
            results.set(index, Result { try Swiftc.run(arguments) })
        }
        for (index, output) in outputs.enumerated() {
            let (status, text) = try results.get(index).get()
            let shown = text.replacingOccurrences(of: output.folder.path + "/", with: "")
            XCTAssertEqual(status, 0, "swiftc failed on the '\(output.caseName)' output:\n\(shown)")
            XCTAssertFalse(text.contains("warning:"), "swiftc warned on the '\(output.caseName)' output:\n\(shown)")
        }
    }

    /// One case's SDK files, written (and nothing else) into a fresh temporary folder.
    private struct Output {
        var caseName: String
        var folder: URL
        var paths: [String]

        init(caseName: String, files: [RenderedFile]) throws {
            self.caseName = caseName
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("swift-emitter-\(caseName)-\(UUID().uuidString)")
            paths = []
            for rendered in files {
                let url = folder.appendingPathComponent(rendered.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(rendered.contents.utf8).write(to: url)
                paths.append(url.path)
            }
        }
    }
}

/// Slots the concurrent `swiftc` runs write their results into.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<(Int32, String), any Error>?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<(Int32, String), any Error>) {
        lock.withLock { values[index] = value }
    }

    func get(_ index: Int) -> Result<(Int32, String), any Error> {
        lock.withLock { values[index] ?? .failure(CocoaError(.fileNoSuchFile)) }
    }
}
