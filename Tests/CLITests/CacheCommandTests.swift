import Foundation
@testable import GeneratorCore
import XCTest

/// The generate cache seen from the command line: a no-change `generate` or `check` is
/// answered from the entry with exactly what a full run prints, and anything that could
/// make the answer wrong (an edited input, an edited, missing or extra output, a damaged
/// entry) runs the pipeline as before.
///
/// A line added to the entry's recorded diagnostics shows which way a run went: a hit
/// prints it, a full run never does.
final class CacheCommandTests: XCTestCase {
    static let marker = "cache: warning: printed from the cache entry"
    static let cacheFolder = ".build/nexudus-codegen"

    private func entryURL(_ workspace: Workspace, folder: String = cacheFolder, file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: workspace.url(folder).path)) ?? []
        XCTAssertEqual(names.count, 1, "one entry in \(folder): \(names)", file: file, line: line)
        return workspace.url(folder).appendingPathComponent(try XCTUnwrap(names.first, file: file, line: line))
    }

    private func entry(_ workspace: Workspace, file: StaticString = #filePath, line: UInt = #line) throws -> CacheEntry {
        let data = try Data(contentsOf: try entryURL(workspace, file: file, line: line))
        return try XCTUnwrap(CacheEntry(decoding: [UInt8](data)), "the entry decodes", file: file, line: line)
    }

    /// Adds the marker to the entry's diagnostics, keeping it valid.
    private func markEntry(_ workspace: Workspace, file: StaticString = #filePath, line: UInt = #line) throws {
        var marked = try entry(workspace, file: file, line: line)
        marked.diagnostics.append(Self.marker)
        try Data(marked.encoded()).write(to: try entryURL(workspace, file: file, line: line))
    }

    private func assertSameRun(_ cached: CLIResult, _ full: CLIResult, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(cached.status, full.status, what, file: file, line: line)
        XCTAssertEqual(cached.stdout, full.stdout, what, file: file, line: line)
        XCTAssertEqual(cached.stderr, full.stderr, what, file: file, line: line)
    }

    /// After a run, `generate` and `check` are hits: the same output as a full run, no file
    /// touched (the entry included), and what they print comes from the entry.
    func testNoChangeRunIsAHitThatPrintsWhatAFullRunPrints() throws {
        let workspace = try Workspace(generate: true)
        XCTAssertEqual(try entry(workspace).files.count, relativeFiles(under: workspace.url("Generated")).count
                       + relativeFiles(under: workspace.url("Tests")).count + 2)
        let before = try workspace.snapshot()
        for command in ["generate", "check"] {
            let cached = try workspace.run([command] + workspaceOutputs)
            let full = try workspace.run([command, "--no-cache"] + workspaceOutputs)
            XCTAssertEqual(cached.status, 0, cached.stderr)
            XCTAssertEqual(cached.stderr, "")
            assertSameRun(cached, full, command)
        }
        assertUnchanged(before, try workspace.snapshot(), "no-change runs")

        try markEntry(workspace)
        for command in ["generate", "check"] {
            let result = try workspace.run([command] + workspaceOutputs)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stderr, Self.marker + "\n", "\(command) was answered from the entry")
        }
        XCTAssertEqual(try workspace.run(["check", "--no-cache"] + workspaceOutputs).stderr, "", "--no-cache reads no entry")
    }

    /// Warnings of the run are recorded and printed again, in order, by a hit.
    func testWarningsAreReplayedOnAHit() throws {
        let workspace = try Workspace.withPages(from: badPagesFolder.appendingPathComponent("unknown-type-markdown"))
        let first = try workspace.run(["generate"] + workspaceOutputs)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stderr.contains(": warning: unknown type 'gizmo'"), first.stderr)
        XCTAssertEqual(try entry(workspace).diagnostics.map { $0 + "\n" }.joined(), first.stderr)
        let entryState = try workspace.snapshot()[".build/nexudus-codegen/" + entryURL(workspace).lastPathComponent]

        for command in ["generate", "check"] {
            let cached = try workspace.run([command] + workspaceOutputs)
            assertSameRun(cached, try workspace.run([command, "--no-cache"] + workspaceOutputs), command)
            XCTAssertEqual(cached.stderr, first.stderr)
        }
        XCTAssertEqual(try workspace.snapshot()[".build/nexudus-codegen/" + entryURL(workspace).lastPathComponent], entryState,
                       "hits leave the entry as it was; a full run would have replaced it")
    }

    /// A changed page, template or option is a miss: the full run decides, and refreshes
    /// the entry when it succeeds.
    func testChangedInputIsAMiss() throws {
        let workspace = try Workspace(generate: true)

        try markEntry(workspace)
        // A comment changes the template's bytes and not its output: the run is full, and in sync.
        let template = try workspace.read("templates/enum.swift.mustache")
        try workspace.write("templates/enum.swift.mustache", String(template.dropLast()) + "{{! A note for template authors. }}\n")
        let edited = try workspace.run(["check"] + workspaceOutputs)
        XCTAssertEqual(edited.status, 0, edited.stderr)
        XCTAssertEqual(edited.stderr, "", "a template change runs in full")
        XCTAssertFalse(try entry(workspace).diagnostics.contains(Self.marker), "the full run refreshed the entry")

        try markEntry(workspace)
        try workspace.replace("Name of the location (business) this check belongs to.",
                              with: "Name of the location (business) this identity check belongs to.",
                              in: "spec/docs/003_1c1542fb87353d24.txt")
        let page = try workspace.run(["check"] + workspaceOutputs)
        XCTAssertEqual(page.status, 1)
        XCTAssertFalse(page.stderr.contains(Self.marker), page.stderr)
        XCTAssertTrue(page.stderr.hasSuffix("error: 4 file(s) differ from what the docs give; \(CheckCommandTests.fix)\n"), page.stderr)
        XCTAssertTrue(try entry(workspace).diagnostics.contains(Self.marker), "a failing run writes no entry")

        try workspace.replace("Name of the location (business) this identity check belongs to.",
                              with: "Name of the location (business) this check belongs to.",
                              in: "spec/docs/003_1c1542fb87353d24.txt")
        XCTAssertEqual(try workspace.run(["check"] + workspaceOutputs).stderr, Self.marker + "\n", "the page as it was: a hit")
        let option = try workspace.run(["check"] + workspaceOutputs.dropLast(2) + ["--templates", "./templates"])
        XCTAssertEqual(option.status, 0, option.stderr)
        XCTAssertEqual(option.stderr, "", "other options have their own entry")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workspace.url(Self.cacheFolder).path).count, 2)
    }

    /// A hand-edited (same size), missing or extra output file, or a staging leftover, makes
    /// `check` run in full and fail with its usual report; `generate` then repairs it.
    func testChangedOutputIsAMiss() throws {
        let workspace = try Workspace(generate: true)
        let enumFile = "Generated/Enums/IdVerificationStatus.swift"
        let changes: [(name: String, change: () throws -> Void, report: String)] = [
            ("hand-edited", { try workspace.replace("    case pending\n", with: "    case pendin_\n", in: enumFile) },
             "\(enumFile): error: differs from what the docs give\n"),
            ("missing", { try FileManager.default.removeItem(at: workspace.url(enumFile)) },
             "\(enumFile): error: missing; the docs give this file\n"),
            ("extra", { try workspace.write("Generated/Stray.swift", "struct Stray {}\n") },
             "Generated/Stray.swift: error: not generated from the docs and not written by nexudus-codegen; remove it by hand\n"),
            ("staging leftover", { try workspace.write(enumFile + ".nexudus-codegen-staged", "") },
             "\(enumFile).nexudus-codegen-staged: error: no longer generated from the docs; it would be removed\n"),
        ]
        for (name, change, report) in changes {
            try markEntry(workspace)
            try change()
            let check = try workspace.run(["check"] + workspaceOutputs)
            XCTAssertEqual(check.status, 1, name)
            XCTAssertTrue(check.stderr.hasPrefix(report), "\(name): \(check.stderr)")
            XCTAssertTrue(check.stderr.hasSuffix("error: 1 file(s) differ from what the docs give; \(CheckCommandTests.fix)\n"), "\(name): \(check.stderr)")
            assertSameRun(check, try workspace.run(["check", "--no-cache"] + workspaceOutputs), name)

            let repair = try workspace.run(["generate"] + workspaceOutputs)
            XCTAssertEqual(repair.status, 0, repair.stderr)
            XCTAssertEqual(repair.stderr, name == "extra" ? "Generated/Stray.swift: warning: not written by nexudus-codegen; left in place (remove it by hand)\n" : "",
                           "\(name): generate runs in full")
            if name == "extra" { try FileManager.default.removeItem(at: workspace.url("Generated/Stray.swift")) }
            XCTAssertEqual(try workspace.run(["check"] + workspaceOutputs).status, 0, name)
        }
    }

    /// A damaged entry, or one that cannot be read or written, is a miss and never an error.
    func testDamagedEntryRunsInFull() throws {
        let workspace = try Workspace(generate: true)
        let url = try entryURL(workspace)
        let good = try Data(contentsOf: url)
        for (name, damaged) in [("truncated", good.prefix(good.count / 2)), ("one byte short", good.dropLast()), ("empty", Data()),
                                ("garbage", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37) }))] {
            try damaged.write(to: url)
            let check = try workspace.run(["check"] + workspaceOutputs)
            XCTAssertEqual(check.status, 0, "\(name): \(check.stderr)")
            XCTAssertEqual(check.stdout, "Generated code is in sync with the docs.\n", name)
            XCTAssertEqual(check.stderr, "", name)
            XCTAssertEqual(try Data(contentsOf: url), good, "\(name): the full run wrote the entry again")
        }

        try FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        let folder = try workspace.run(["generate"] + workspaceOutputs)
        XCTAssertEqual(folder.status, 0, folder.stderr)
        XCTAssertEqual(folder.stderr, "")

        try workspace.write("blocker", "")
        let blocked = try workspace.run(["check", "--cache-dir", "blocker/cache"] + workspaceOutputs)
        XCTAssertEqual(blocked.status, 0, blocked.stderr)
        XCTAssertEqual(blocked.stderr, "")
    }

    /// Runs that finish together each write a whole entry and rename it into place: the
    /// last one wins, and nothing half-written or temporary is left.
    func testConcurrentRunsLeaveOneWholeEntry() throws {
        let workspace = try Workspace(generate: true)
        try FileManager.default.removeItem(at: try entryURL(workspace))
        let executable = try XCTUnwrap(CLI.executable)
        let processes = try (0..<4).map { index in
            let process = Process()
            process.executableURL = executable
            process.arguments = [index % 2 == 0 ? "check" : "generate"] + workspaceOutputs
            process.currentDirectoryURL = workspace.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes {
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
        }
        XCTAssertEqual(try entry(workspace).diagnostics, [])
        XCTAssertEqual(try workspace.run(["check"] + workspaceOutputs).stdout, "Generated code is in sync with the docs.\n")
    }

    /// `--no-cache` neither reads nor writes; `--cache-dir` moves the entries; a failing run
    /// writes none; the cache may not sit among the outputs or the templates.
    func testCacheOptionsAndFailingRuns() throws {
        let workspace = try Workspace()
        let missing = try workspace.run(["check"] + workspaceOutputs)
        XCTAssertEqual(missing.status, 1)
        try workspace.write("spec/docs/005_empty.md", "")
        XCTAssertEqual(try workspace.run(["generate"] + workspaceOutputs).status, 2)
        try FileManager.default.removeItem(at: workspace.url("spec/docs/005_empty.md"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.url(".build").path), "failing runs write no entry")

        XCTAssertEqual(try workspace.run(["generate", "--no-cache"] + workspaceOutputs).status, 0)
        XCTAssertEqual(try workspace.run(["check", "--no-cache"] + workspaceOutputs).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.url(".build").path), "--no-cache writes nothing")

        XCTAssertEqual(try workspace.run(["check", "--cache-dir", "my cache"] + workspaceOutputs).status, 0)
        XCTAssertEqual(try entryURL(workspace, folder: "my cache").pathExtension, "entry")
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.url(".build").path))

        let before = try workspace.snapshot()
        for (option, folder) in [("--out", "Generated"), ("--tests-out", "Tests/NexudusAPIConformanceTests"), ("--templates", "templates")] {
            let result = try workspace.run(["check", "--cache-dir", "\(folder)/.cache"] + workspaceOutputs)
            XCTAssertEqual(result.status, 64)
            XCTAssertTrue(result.stderr.hasPrefix("Error: --cache-dir '\(folder)/.cache' is inside \(option) '\(folder)'; give the cache a folder of its own\n"),
                          result.stderr)
        }
        assertUnchanged(before, try workspace.snapshot(), "a refused cache folder")
    }
}
