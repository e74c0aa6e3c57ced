import Foundation
import SwiftEmitter
import TestSupport
import XCTest

/// Byte-exact comparison of emitted files with the goldens under `Goldens/<case>/` (and
/// `Goldens/Shared/` for the files every case emits alike).
///
/// `UPDATE_GOLDENS=1 swift test` rewrites a case's goldens (deleting ones no longer
/// produced) and still fails the test with "recorded new baseline", so a record run can
/// never pass CI. Review the golden diff like code; never edit a golden by hand.
enum GoldenFiles {
    /// Files every case emits alike (runtime support, the conformance support file) are kept
    /// once, in `Goldens/Shared/`, so a change to them is one golden diff, not one per case.
    static let sharedFolderName = "Shared"

    static func isShared(_ goldenPath: String) -> Bool {
        goldenPath.hasPrefix("Runtime/") || goldenPath == "ConformanceTests/ConformanceSupport.swift"
    }

    static func assertMatches(
        _ files: [RenderedFile], goldenCase name: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let produced = Dictionary(files.map { (EmitterFixtures.goldenPath(of: $0), Data($0.contents.utf8)) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(produced.count, files.count, "two emitted files share a golden path", file: file, line: line)
        for (folderName, part) in [(name, produced.filter { !isShared($0.key) }), (sharedFolderName, produced.filter { isShared($0.key) })] {
            try Golden.assertFolderMatches(part, folder: EmitterFixtures.goldensFolder.appendingPathComponent(folderName),
                                           name: "Goldens/\(folderName)", hint: hint, file: file, line: line)
        }
    }

    static let hint = "(run `UPDATE_GOLDENS=1 swift test --filter SwiftEmitterTests` to record, then review the diff)"
}
