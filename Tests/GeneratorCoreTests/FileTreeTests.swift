import Foundation
@testable import GeneratorCore
import XCTest

/// The one walk of a folder's files, used for the docs folder and the output folders.
final class FileTreeTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("file-tree-\(UUID().uuidString)")
        for path in ["b.txt", "a/z.swift", "a/b/c.md", ".hidden/x.md", "a/.dot"] {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(path.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link-to-file").path, withDestinationPath: "b.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link-to-folder").path, withDestinationPath: "a")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("dangling").path, withDestinationPath: "nowhere")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func relative(_ paths: [String]) -> [String] {
        paths.map { String($0.dropFirst(folder.path.count + 1)) }
    }

    func testListsEveryRegularFileBelowSortedWithLinkedFilesButNotLinkedFolders() {
        XCTAssertEqual(relative(FileTree.regularFiles(under: folder.path)),
                       [".hidden/x.md", "a/.dot", "a/b/c.md", "a/z.swift", "b.txt", "link-to-file"])
    }

    func testEnteringDecidesWhichFoldersAreWalked() {
        XCTAssertEqual(relative(FileTree.regularFiles(under: folder.path, entering: { !$0.hasPrefix(".") && $0 != "b" })),
                       ["a/.dot", "a/z.swift", "b.txt", "link-to-file"])
    }

    func testATrailingSlashIsOneSeparatorAndAMissingFolderHasNoFiles() {
        XCTAssertEqual(FileTree.regularFiles(under: folder.path + "/"), FileTree.regularFiles(under: folder.path))
        XCTAssertEqual(FileTree.regularFiles(under: folder.appendingPathComponent("nope").path), [])
        XCTAssertEqual(FileTree.regularFiles(under: folder.appendingPathComponent("b.txt").path), [])
    }
}
