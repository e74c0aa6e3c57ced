import Foundation
import XCTest

/// The bad-page corpus: committed pages under `Fixtures/BadPages/<case>/`, each a seed page
/// with one defect, and what `generate` must print and return for it.
let badPagesFolder = repositoryRoot.appendingPathComponent("Tests/CLITests/Fixtures/BadPages")

/// The seed pages, by the role they play in the corpus (the same names as in `spec/docs`).
enum SeedPage {
    static let markdownCreate = "000_49fd64d59c0cccb4.txt"
    static let renderedUpdate = "001_edbeff8a5b28dd5a.txt"
    static let markdownSearch = "002_0222b7055e792214.txt"
    static let renderedGet = "003_1c1542fb87353d24.txt"
    static let renderedCoworkerCreate = "004_171b5e522a1534d0.txt"

    static func text(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: repositoryRoot.appendingPathComponent("spec/docs/\(name)")), as: UTF8.self)
    }
}

/// What one run did, how long it took, and whether it had to be killed.
struct TimedCLIResult: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
    var seconds: Double
    var timedOut: Bool

    var result: CLIResult { CLIResult(status: status, stdout: stdout, stderr: stderr) }
}

extension Workspace {
    /// A workspace with an empty `spec/docs` and last run's outputs in place (the
    /// repository's `spec/schema.json` and `Generated/`): a run that wrote anything at all
    /// shows in a snapshot.
    static func withPreviousOutputs() throws -> Workspace {
        let workspace = try Workspace()
        let docs = workspace.url("spec/docs")
        try FileManager.default.removeItem(at: docs)
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try Data(contentsOf: repositoryRoot.appendingPathComponent("spec/schema.json")).write(to: workspace.url("spec/schema.json"))
        try copyTree(repositoryRoot.appendingPathComponent("Generated"), to: workspace.url("Generated"))
        return workspace
    }

    /// The same, with `spec/docs` holding the pages in `folder` and the seed pages named in `seeds`.
    static func withPages(from folder: URL, seeds: [String] = []) throws -> Workspace {
        let workspace = try withPreviousOutputs()
        try copyTree(folder, to: workspace.url("spec/docs"))
        for seed in seeds {
            try Data(contentsOf: repositoryRoot.appendingPathComponent("spec/docs/\(seed)")).write(to: workspace.url("spec/docs/\(seed)"))
        }
        return workspace
    }

    /// `generate` with every output inside the workspace, killed after `timeout` seconds.
    func generate(timeout: Double, file: StaticString = #filePath, line: UInt = #line) throws -> TimedCLIResult {
        try BoundedCLI.run(["generate"] + workspaceOutputs, in: root, timeout: timeout, file: file, line: line)
    }
}

enum BoundedCLI {
    struct NotBuilt: Error {}

    /// Runs the built executable like `CLI.run`, but a run that takes longer than `timeout`
    /// seconds is killed and fails the test: a page that hangs the parser must fail the
    /// suite, not stall it.
    static func run(_ arguments: [String], in directory: URL, timeout: Double,
                    file: StaticString = #filePath, line: UInt = #line) throws -> TimedCLIResult {
        XCTAssertNotNil(CLI.executable, "nexudus-codegen was not built next to the test bundle", file: file, line: line)
        let run = try launch(arguments, in: directory, timeout: timeout)
        XCTAssertFalse(run.timedOut, "nexudus-codegen \(arguments.first ?? "") did not finish in \(timeout) s; killed", file: file, line: line)
        return run
    }

    /// The run itself, without test assertions, so that it can run on any thread.
    static func launch(_ arguments: [String], in directory: URL, timeout: Double) throws -> TimedCLIResult {
        guard let executable = CLI.executable else { throw NotBuilt() }
        return try Subprocess.run(executable, arguments, in: directory, timeout: timeout)
    }

    /// Runs `generate` in each folder, two at a time (the CI machine has two cores), and
    /// returns the results in the folders' order.
    static func generateTwoAtATime(in directories: [URL], timeout: Double) -> [Result<TimedCLIResult, any Error>] {
        let results = ResultSlots(count: directories.count)
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for index in stride(from: worker, to: directories.count, by: 2) {
                results.set(index, Result { try launch(["generate"] + workspaceOutputs, in: directories[index], timeout: timeout) })
            }
        }
        return results.values
    }

    /// The largest peak resident set of any child this test process has waited for, in
    /// bytes: an upper bound for each of them.
    static func peakChildMemory() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return usage.ru_maxrss * 1024  // kilobytes on Linux
        #else
        getrusage(RUSAGE_CHILDREN, &usage)
        return usage.ru_maxrss  // bytes on Darwin
        #endif
    }
}

/// The failure every run that stops on bad documentation ends with.
let nothingWritten = "error: the documentation has errors; nothing was written"

/// Exact stderr lines, exit code and, on failure, untouched outputs: the three promises a
/// bad page's run makes.
func assertRun(_ run: CLIResult, status: Int32, stderr expected: [String], _ name: String,
               file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(run.status, status, "\(name): exit code; stderr:\n\(run.stderr.prefix(2000))", file: file, line: line)
    let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    XCTAssertEqual(lines, expected + [""], "\(name): stderr", file: file, line: line)
    if status == 0 {
        XCTAssertTrue(run.stdout.hasPrefix("Wrote "), "\(name): stdout \(run.stdout.prefix(200))", file: file, line: line)
    } else {
        XCTAssertEqual(run.stdout, "", "\(name): nothing on stdout when the run fails", file: file, line: line)
    }
}

/// Results written by worker threads, each to its own slot.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<TimedCLIResult, any Error>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<TimedCLIResult, any Error>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var values: [Result<TimedCLIResult, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? .failure(BoundedCLI.NotBuilt()) }
    }
}
