import Foundation
import XCTest

extension Golden {
    /// Compares a layer's whole output, `files` keyed by their path under `folder`, with the
    /// goldens there: a file with no golden, a golden nothing produces any more, and every
    /// differing file each fail. When recording, the folder is replaced by `files`, so goldens
    /// of outputs that went away are deleted with it.
    public static func assertFolderMatches(_ files: [String: Data], folder: URL, name: String, hint: String,
                                           file: StaticString = #filePath, line: UInt = #line) throws {
        if isRecording {
            try record(files, in: folder)
            XCTFail("recorded new baseline for \(name) (\(files.count) files); review its diff, then run again without UPDATE_GOLDENS",
                    file: file, line: line)
            return
        }
        let existing = Set(try relativeFiles(in: folder))
        let missing = files.keys.filter { !existing.contains($0) }.sorted()
        let stale = existing.subtracting(files.keys).sorted()
        XCTAssertEqual(missing, [], "outputs with no golden in \(name) \(hint)", file: file, line: line)
        XCTAssertEqual(stale, [], "goldens in \(name) that nothing produces any more \(hint)", file: file, line: line)
        for path in files.keys.sorted() where existing.contains(path) {
            let expected = try Data(contentsOf: folder.appendingPathComponent(path))
            if let mismatch = mismatch(expected: expected, actual: files[path]!) {
                XCTFail("\(name)/\(path) differs\n\(mismatch)\n\(hint)", file: file, line: line)
            }
        }
    }

    /// Every regular file under `folder`, as sorted paths relative to it; none when it is absent.
    public static func relativeFiles(in folder: URL) throws -> [String] {
        let manager = FileManager.default
        guard manager.fileExists(atPath: folder.path) else { return [] }
        return try manager.subpathsOfDirectory(atPath: folder.path).filter { path in
            var isDirectory: ObjCBool = false
            return manager.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }

    private static func record(_ files: [String: Data], in folder: URL) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder.path) { try manager.removeItem(at: folder) }
        for (path, contents) in files {
            let url = folder.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url)
        }
    }
}
