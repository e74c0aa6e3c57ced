import Foundation
@testable import GeneratorCore
import XCTest

/// An output folder that is not there when a write begins is staged whole beside it and
/// moved into place once; everything else is staged file by file, as before.
final class FreshFoldersTests: XCTestCase {
    private var folder: String!
    private let suffix = OutputWriter.stagingSuffix

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("fresh-folders-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func path(_ relative: String) -> String { folder + "/" + relative }

    private func exists(_ relative: String) -> Bool { FreshFolders.exists(path(relative)) }

    private func write(_ relative: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: OutputWriter.parentDirectory(of: path(relative)), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path(relative)))
    }

    private func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: path(relative)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Examines and records `files` (relative path, text) as the pipeline does, in order.
    private func stage(_ files: [(String, String)], in session: OutputSession) {
        for (index, (relative, text)) in files.enumerated() {
            let examination = session.examiner.examine(OutputFile(path: path(relative), contents: Array(text.utf8)))
            session.record(examination, rank: OutputSession.Rank(group: 1, root: "sdk", path: String(format: "%04d", index)))
        }
    }

    /// The one-pass test of a path against its definition: split at slashes, no component
    /// `.` or `..`, and at least one component.
    func testAPlainPathHasNoDotOrDotDotComponentAndAtLeastOneOther() {
        let paths = ["", "/", "//", ".", "..", "...", ".a", "a.", "..a", "a/b", "/a/b/", "a//b", "a/./b", "a/../b", "./a", "a/.",
                     "a/..", "../a", "a/.../b", "Generated/Models/X.swift", "/Models/.hidden", "é/ü"]
        for path in paths {
            let components = path.split(separator: "/")
            let expected = !components.isEmpty && !components.contains { $0 == "." || $0 == ".." }
            XCTAssertEqual(FreshFolders.isPlain(path), expected, path)
            XCTAssertEqual(FreshFolders.isPlain(path.dropFirst(0)), expected, path)
        }
    }

    func testMissingFoldersAreFreshUnlessNestedRepeatedOrLeftOverFromAKilledRun() throws {
        try write("Existing/A.swift", "a")
        try write("Killed\(suffix)/A.swift", "a")
        let fresh = FreshFolders(missingAmong: [path("Out/"), path("Out/Tests"), path("Existing"), path("Killed"), path("Other"), path("Other")])
        XCTAssertEqual(fresh.folders, [
            FreshFolders.Folder(target: path("Out"), staging: path("Out") + suffix),
            FreshFolders.Folder(target: path("Other"), staging: path("Other") + suffix),
        ])
        XCTAssertEqual(fresh.staging(for: path("Out/Tests/T.swift")), path("Out\(suffix)/Tests/T.swift"))
        XCTAssertNil(fresh.staging(for: path("Outside/A.swift")))
        XCTAssertNil(fresh.staging(for: path("Existing/A.swift")))
        XCTAssertEqual(fresh.folder(holding: path("Other\(suffix)/A.swift")), 1)
        XCTAssertNil(fresh.folder(holding: path("Other/A.swift\(suffix)")))
        XCTAssertTrue(FreshFolders(missingAmong: ["."]).folders.isEmpty)
    }

    func testAFreshFolderIsMadeInItsStagingFolderAndMovedIntoPlaceWhole() throws {
        let session = OutputSession(mode: .write, replacing: [path("out/Generated")])
        stage([("out/Generated/Models/A.swift", "a"), ("out/Generated/B.swift", "b")], in: session)
        // Staged: the target is not there yet, its files are under their own names beside it.
        XCTAssertFalse(exists("out/Generated"))
        XCTAssertEqual(read("out/Generated\(suffix)/Models/A.swift"), "a")
        XCTAssertEqual(read("out/Generated\(suffix)/B.swift"), "b")

        let report = try session.finish()
        XCTAssertEqual(report.written, [path("out/Generated/Models/A.swift"), path("out/Generated/B.swift")])
        XCTAssertEqual(report.removed, [])
        XCTAssertEqual(read("out/Generated/Models/A.swift"), "a")
        XCTAssertEqual(read("out/Generated/B.swift"), "b")
        XCTAssertFalse(exists("out/Generated\(suffix)"))
    }

    func testAnAbandonedFreshFolderLeavesNothing() throws {
        let session = OutputSession(mode: .write, replacing: [path("out/Generated")])
        stage([("out/Generated/Models/A.swift", "a")], in: session)
        session.abandon()
        XCTAssertFalse(exists("out"), "the folders made for the staging are removed too")
    }

    /// A path spelled another way makes the folder itself before the end: the fresh
    /// folder's files then move into it one by one.
    func testAFolderMadeMeanwhileTakesTheFilesOneByOne() throws {
        let session = OutputSession(mode: .write, replacing: [path("Generated")])
        stage([("Generated/A.swift", "a"), ("./Generated/schema.json", "{}")], in: session)
        XCTAssertTrue(exists("Generated"), "made for the file staged beside its target")

        let report = try session.finish()
        XCTAssertEqual(report.written, [path("Generated/A.swift"), path("./Generated/schema.json")])
        XCTAssertEqual(read("Generated/A.swift"), "a")
        XCTAssertEqual(read("Generated/schema.json"), "{}")
        XCTAssertFalse(exists("Generated\(suffix)"))
        XCTAssertFalse(exists("Generated/schema.json\(suffix)"))
    }

    func testAKilledRunsStagingFolderGoesWhenARunSucceeds() throws {
        try write("Generated\(suffix)/Models/Old.swift", "// Generated by nexudus-codegen\nold\n")
        let session = OutputSession(mode: .write, replacing: [path("Generated")])
        stage([("Generated/A.swift", "a")], in: session)
        XCTAssertEqual(read("Generated/A.swift\(suffix)"), "a", "staged beside its target, as in a folder that exists")

        let report = try session.finish()
        XCTAssertEqual(report.written, [path("Generated/A.swift")])
        XCTAssertEqual(report.removed, [path("Generated\(suffix)/Models/Old.swift")])
        XCTAssertEqual(read("Generated/A.swift"), "a")
        XCTAssertFalse(exists("Generated\(suffix)"))
    }

    /// Only what the generator wrote goes from a leftover; anything else stays, reported.
    func testALeftoverKeepsWhatTheGeneratorDidNotWrite() throws {
        try write("Generated\(suffix)/Old.swift", "// Generated by nexudus-codegen\nold\n")
        try write("Generated\(suffix)/Notes/mine.txt", "mine")
        let session = OutputSession(mode: .write, replacing: [path("Generated")])
        stage([("Generated/A.swift", "a")], in: session)

        let report = try session.finish()
        XCTAssertEqual(report.removed, [path("Generated\(suffix)/Old.swift")])
        XCTAssertEqual(report.foreign, [path("Generated\(suffix)/Notes/mine.txt")])
        XCTAssertEqual(read("Generated\(suffix)/Notes/mine.txt"), "mine")
    }

    /// `Gen/../schema.json` lies outside `Gen`: staged beside itself, so a failed run keeps
    /// the file that is there.
    func testAPathThroughAFreshFolderWithDotDotIsStagedBesideItself() throws {
        try write("schema.json", "old")
        let session = OutputSession(mode: .write, replacing: [path("Gen")])
        stage([("Gen/../schema.json", "new")], in: session)
        XCTAssertEqual(read("schema.json"), "old")
        session.abandon()
        XCTAssertEqual(read("schema.json"), "old")
        XCTAssertFalse(exists("schema.json\(suffix)"))
    }

    /// A folder spelled with `.` or `..` is staged file by file, and written.
    func testAFolderSpelledWithDotsIsStagedFileByFile() throws {
        XCTAssertTrue(FreshFolders(missingAmong: [path("Gen/."), path("a/../Gen")]).folders.isEmpty)
        let session = OutputSession(mode: .write, replacing: [path("Gen/.")])
        stage([("Gen/./A.swift", "a")], in: session)
        _ = try session.finish()
        XCTAssertEqual(read("Gen/A.swift"), "a")
    }

    /// One folder named two ways (relative and absolute here) is staged once.
    func testOneFolderSpelledTwoWaysIsOneFreshFolder() throws {
        let current = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(folder))
        defer { FileManager.default.changeCurrentDirectoryPath(current) }
        let fresh = FreshFolders(missingAmong: ["X/Gen", path("X/Gen"), path("X/Gen/Tests")])
        XCTAssertEqual(fresh.folders.map(\.target), ["X/Gen"])

        let session = OutputSession(mode: .write, replacing: ["X/Gen", path("X/Gen")])
        stage([("X/Gen/A.swift", "a"), ("X/Gen/B.swift", "b")], in: session)
        let report = try session.finish()
        XCTAssertEqual(report.written.count, 2)
        XCTAssertEqual(read("X/Gen/A.swift"), "a")
        XCTAssertEqual(read("X/Gen/B.swift"), "b")
    }

    func testCheckStagesNothing() throws {
        let session = OutputSession(mode: .check, replacing: [path("Generated")])
        stage([("Generated/A.swift", "a")], in: session)
        XCTAssertEqual(session.finishCheck().map(\.kind), [.missing])
        XCTAssertFalse(exists("Generated\(suffix)"))
        XCTAssertFalse(exists("Generated"))
    }
}
