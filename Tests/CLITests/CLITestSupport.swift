import Foundation
import TestSupport
import XCTest

/// What one run of the built `nexudus-codegen` executable did.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// The repository these tests live in; read only, never written by the tests.
let repositoryRoot = packageRoot

/// `generate` and `check` options that keep every output inside a workspace.
let workspaceOutputs = ["--spec", "spec/docs", "--schema", "spec/schema.json", "--out", "Generated",
                        "--tests-out", "Tests/NexudusAPIConformanceTests", "--templates", "templates"]

private final class BundleMarker {}

enum CLI {
    /// The executable SwiftPM built next to the test bundle: on Linux `Bundle.main` is the
    /// products folder; on macOS the `.xctest` bundle sits in it.
    static let executable: URL? = {
        let candidates = [
            Bundle.main.bundleURL,
            Bundle(for: BundleMarker.self).bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ].map { $0.appendingPathComponent("nexudus-codegen") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs the executable in `directory` and waits; stdout and stderr go through files so
    /// a large output can never block on a full pipe.
    static func run(_ arguments: [String], in directory: URL, file: StaticString = #filePath, line: UInt = #line) throws -> CLIResult {
        let executable = try XCTUnwrap(executable, "nexudus-codegen was not built next to the test bundle", file: file, line: line)
        return try Subprocess.run(executable, arguments, in: directory).result
    }
}

/// A throwaway copy of the repository's inputs (`spec/docs`, `templates/`), writable, in
/// which `generate` and `check` can run without touching the real outputs.
final class Workspace {
    let root: URL

    init(generate: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("nexudus-workspace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("spec"), withIntermediateDirectories: true)
        try copyTree(repositoryRoot.appendingPathComponent("spec/docs"), to: root.appendingPathComponent("spec/docs"))
        try copyTree(repositoryRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        if generate {
            let result = try run(["generate"] + workspaceOutputs)
            XCTAssertEqual(result.status, 0, "setting up the workspace: \(result.stderr)", file: file, line: line)
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func run(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> CLIResult {
        try CLI.run(arguments, in: root, file: file, line: line)
    }

    func read(_ relative: String) throws -> String {
        String(decoding: try Data(contentsOf: url(relative)), as: UTF8.self)
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let target = url(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
    }

    /// Replaces exactly one occurrence of `old` in a file, so an edit can never silently miss.
    func replace(_ old: String, with new: String, in relative: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let text = try read(relative)
        XCTAssertEqual(text.components(separatedBy: old).count, 2, "'\(old)' should occur once in \(relative)", file: file, line: line)
        try write(relative, text.replacingOccurrences(of: old, with: new))
    }

    /// Every file and folder below the workspace with its contents, modification time and
    /// inode: two equal snapshots mean nothing was written, replaced, added or removed.
    func snapshot() throws -> [String: FileState] {
        try FileState.tree(at: root)
    }
}

struct FileState: Equatable, CustomStringConvertible {
    var isDirectory: Bool
    var contents: Data?
    var modified: Date?
    var inode: UInt64?

    var description: String {
        isDirectory ? "folder" : "file of \(contents?.count ?? 0) bytes, modified \(modified.map { "\($0.timeIntervalSince1970)" } ?? "?"), inode \(inode ?? 0)"
    }

    static func tree(at root: URL) throws -> [String: FileState] {
        var result: [String: FileState] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return result }
        while let relative = enumerator.nextObject() as? String {
            let path = root.appendingPathComponent(relative).path
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let isDirectory = (attributes[.type] as? FileAttributeType) == .typeDirectory
            result[relative] = FileState(
                isDirectory: isDirectory,
                contents: isDirectory ? nil : FileManager.default.contents(atPath: path),
                modified: isDirectory ? nil : attributes[.modificationDate] as? Date,
                inode: isDirectory ? nil : (attributes[.systemFileNumber] as? NSNumber)?.uint64Value)
        }
        return result
    }
}

/// Copies a folder's files, made writable (the checked-in pages are read-only).
func copyTree(_ source: URL, to destination: URL) throws {
    let manager = FileManager.default
    try manager.createDirectory(at: destination, withIntermediateDirectories: true)
    guard let enumerator = manager.enumerator(atPath: source.path) else { return }
    while let relative = enumerator.nextObject() as? String {
        let from = source.appendingPathComponent(relative)
        let to = destination.appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: from.path, isDirectory: &isDirectory) else { continue }
        if isDirectory.boolValue {
            try manager.createDirectory(at: to, withIntermediateDirectories: true)
        } else {
            try Data(contentsOf: from).write(to: to)
        }
    }
}

/// Regular files below `root`, as sorted relative paths.
func relativeFiles(under root: URL) -> [String] {
    (try? FileState.tree(at: root))?.filter { !$0.value.isDirectory }.map(\.key).sorted() ?? []
}

/// Fails with every difference between two snapshots, named by path.
func assertUnchanged(_ before: [String: FileState], _ after: [String: FileState], _ what: String,
                     file: StaticString = #filePath, line: UInt = #line) {
    for path in Set(before.keys).union(after.keys).sorted() where before[path] != after[path] {
        let old = before[path].map(\.description) ?? "absent"
        let new = after[path].map(\.description) ?? "absent"
        XCTFail("\(what) changed \(path): was \(old), now \(new)", file: file, line: line)
    }
}

/// Byte-exact comparison; on a mismatch, a numbered window around the first differing line.
func assertSameBytes(_ actual: Data, _ expected: Data, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
    guard actual != expected else { return }
    let actualLines = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
    let expectedLines = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
    var first = 0
    while first < min(actualLines.count, expectedLines.count), actualLines[first] == expectedLines[first] { first += 1 }
    var window: [String] = []
    for index in max(0, first - 3)..<min(max(actualLines.count, expectedLines.count), first + 4) {
        let expectedLine = index < expectedLines.count ? expectedLines[index] : "<end of file>"
        let actualLine = index < actualLines.count ? actualLines[index] : "<end of file>"
        if expectedLine == actualLine {
            window.append(String(format: "%5d   ", index + 1) + expectedLine)
        } else {
            window.append(String(format: "%5d - ", index + 1) + expectedLine)
            window.append(String(format: "%5d + ", index + 1) + actualLine)
        }
    }
    XCTFail("\(name) differs from the committed file at line \(first + 1) (- committed, + generated):\n" + window.joined(separator: "\n")
            + "\nIf the change is intended, run 'swift run nexudus-codegen generate' and review the diff like code.",
            file: file, line: line)
}

/// The one way the tests start a program: in `directory`, standard output and error through
/// files (a large output can never block on a full pipe), standard input closed; with a
/// `timeout`, killed once it has run that many seconds.
enum Subprocess {
    static func run(_ executable: URL, _ arguments: [String], in directory: URL, timeout: Double? = nil) throws -> TimedCLIResult {
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("nexudus-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: capture, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: capture) }
        let outURL = capture.appendingPathComponent("stdout")
        let errURL = capture.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        let start = Date()
        try process.run()
        var timedOut = false
        if let timeout {
            while process.isRunning, Date().timeIntervalSince(start) < timeout {
                Thread.sleep(forTimeInterval: 0.01)
            }
            timedOut = process.isRunning
            if timedOut { process.terminate() }
        }
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        try outHandle.close()
        try errHandle.close()
        return TimedCLIResult(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
            seconds: seconds, timedOut: timedOut)
    }
}
