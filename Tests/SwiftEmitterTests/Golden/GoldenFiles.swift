import Foundation
import SwiftEmitter
import XCTest

/// Byte-exact comparison of emitted files with the goldens under `Goldens/<case>/` (and
/// `Goldens/Shared/` for the files every case emits alike).
///
/// `UPDATE_GOLDENS=1 swift test` rewrites a case's goldens (deleting ones no longer
/// produced) and still fails the test with "recorded new baseline", so a record run can
/// never pass CI. Review the golden diff like code; never edit a golden by hand.
enum GoldenFiles {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" }

    /// Files every case emits alike (runtime support, the conformance support file) are kept
    /// once, in `Goldens/Shared/`, so a change to them is one golden diff, not one per case.
    static let sharedFolderName = "Shared"

    static func isShared(_ goldenPath: String) -> Bool {
        goldenPath.hasPrefix("Runtime/") || goldenPath == "ConformanceTests/ConformanceSupport.swift"
    }

    static func assertMatches(
        _ files: [RenderedFile], goldenCase name: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let produced = Dictionary(files.map { (EmitterFixtures.goldenPath(of: $0), $0.contents) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(produced.count, files.count, "two emitted files share a golden path", file: file, line: line)
        let own = produced.filter { !isShared($0.key) }
        let shared = produced.filter { isShared($0.key) }
        if isRecording {
            try record(own, in: EmitterFixtures.goldensFolder.appendingPathComponent(name))
            try record(shared, in: EmitterFixtures.goldensFolder.appendingPathComponent(sharedFolderName))
            XCTFail("recorded new baseline for '\(name)' (\(own.count) files, \(shared.count) shared) in \(EmitterFixtures.goldensFolder.path); review the diff, then run without UPDATE_GOLDENS",
                    file: file, line: line)
            return
        }
        try compare(own, with: name, file: file, line: line)
        try compare(shared, with: sharedFolderName, file: file, line: line)
    }

    private static func compare(_ produced: [String: String], with folderName: String, file: StaticString, line: UInt) throws {
        let folder = EmitterFixtures.goldensFolder.appendingPathComponent(folderName)
        let existing = Set(try relativeFiles(in: folder))
        let missing = produced.keys.filter { !existing.contains($0) }.sorted()
        let stale = existing.subtracting(produced.keys).sorted()
        XCTAssertEqual(missing, [], "emitted files with no golden in Goldens/\(folderName) \(hint)", file: file, line: line)
        XCTAssertEqual(stale, [], "goldens in Goldens/\(folderName) the emitter no longer produces \(hint)", file: file, line: line)
        for path in produced.keys.sorted() where existing.contains(path) {
            let expected = try Data(contentsOf: folder.appendingPathComponent(path))
            let actual = Data(produced[path]!.utf8)
            if expected != actual {
                XCTFail("Goldens/\(folderName)/\(path) differs from the emitter's output\n"
                        + mismatchWindow(expected: String(decoding: expected, as: UTF8.self), actual: produced[path]!) + "\n\(hint)",
                        file: file, line: line)
            }
        }
    }

    static let hint = "(run `UPDATE_GOLDENS=1 swift test --scratch-path .build-emit --filter SwiftEmitterTests` to record, then review the diff)"

    /// A numbered window of both versions around the first line that differs.
    static func mismatchWindow(expected: String, actual: String, context: Int = 3) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var first = 0
        while first < expectedLines.count, first < actualLines.count, expectedLines[first].utf8.elementsEqual(actualLines[first].utf8) {
            first += 1
        }
        func window(_ lines: [Substring]) -> String {
            guard !lines.isEmpty else { return "    (empty)" }
            let range = max(0, first - context)...min(lines.count - 1, first + context)
            return range.map { index in
                let marker = index == first ? ">" : " "
                let text = lines[index]
                // Invisible differences (trailing blanks, `\r`, tabs) are shown escaped.
                let shown = text.allSatisfy { $0 != "\r" && $0 != "\t" } && text.last != " " ? String(text) : String(reflecting: String(text))
                return "\(marker)\(String(format: "%5d", index + 1)) | \(shown)"
            }.joined(separator: "\n")
        }
        let where_ = first < max(expectedLines.count, actualLines.count) ? "line \(first + 1)" : "the end of the file"
        return "first difference at \(where_) (golden has \(expectedLines.count) lines, output has \(actualLines.count)):\n"
            + "--- golden\n" + window(expectedLines) + "\n+++ emitted\n" + window(actualLines)
    }

    static func record(_ files: [String: String], in folder: URL) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder.path) { try manager.removeItem(at: folder) }
        for (path, contents) in files {
            let url = folder.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
    }

    /// Every regular file under `folder`, as paths relative to it.
    static func relativeFiles(in folder: URL) throws -> [String] {
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        return paths.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }
}
