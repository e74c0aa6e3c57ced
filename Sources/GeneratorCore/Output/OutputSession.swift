import Foundation

/// The writer fed one file at a time, so the generated SDK never has to be in memory at
/// once: each file is compared with the disk as soon as it is rendered, then either
/// counted as unchanged, staged beside its target (`write`) or noted as drift (`check`),
/// and its bytes are let go. That work on a file is its `examiner`'s, which the emitter's
/// workers run on every core; the session records what they found, in order.
///
/// It ends as a writer given the whole list at once would: files are ranked by `Rank` (the schema first, then the rendered files by root and
/// path), staged files are moved into place in that order, and a failure is the one the
/// earliest file in that order meets. After a failure nothing is moved into place and
/// every staged file and folder made is removed again.
public final class OutputSession {
    public enum Mode: Sendable { case write, check }

    /// Where a file stands in the order the whole set is written in.
    struct Rank: Comparable, Sendable {
        var group: Int
        var root: String
        var path: String

        static func < (lhs: Rank, rhs: Rank) -> Bool {
            (lhs.group, lhs.root, lhs.path) < (rhs.group, rhs.root, rhs.path)
        }
    }

    let mode: Mode
    private(set) var produced: [String] = []
    private(set) var unchanged: [String] = []
    private(set) var drift: [Drift] = []
    /// Whether to keep the size and hash of every file produced, for the generate cache.
    var recordsDigests = false
    /// Every file produced, with its size and hash, in the order given (`recordsDigests`).
    private(set) var digests: [CacheEntry.File] = []
    private var staged: [(rank: Rank, staging: String, target: String)] = []
    private let folders = StagingFolders()
    private var failure: (rank: Rank, error: GeneratorError)?
    /// The output folders that were there when the session began: only they can hold
    /// files the run did not produce (a first generate into a fresh folder has none to look for).
    private let preexistingDirectories: [String]

    public init(mode: Mode, replacing directories: [String]) {
        self.mode = mode
        preexistingDirectories = directories.filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// Compares and stages one file on any thread; `record` takes what it found.
    var examiner: FileExaminer {
        FileExaminer(mode: mode, recordsDigests: recordsDigests, folders: folders)
    }

    /// What `examiner` found for one file, taken in the order the files were made.
    func record(_ examination: FileExamination, rank: Rank) {
        produced.append(examination.path)
        if let digest = examination.digest { digests.append(digest) }
        switch examination.outcome {
        case .unchanged: unchanged.append(examination.path)
        case .staged(let staging): staged.append((rank, staging, examination.path))
        case .drift(let difference): drift.append(difference)
        case .readsTheSame: break
        case .failed(let error): fail(error, rank: rank)
        }
    }

    private func fail(_ error: GeneratorError, rank: Rank) {
        if failure == nil || rank < failure!.rank { failure = (rank, error) }
    }

    /// Removes every staged file and every folder made for them: the disk is as before.
    func abandon() {
        for item in staged { try? FileManager.default.removeItem(atPath: item.staging) }
        // Deepest first; rmdir(2) only removes a folder that is empty.
        for directory in folders.made.sorted(by: { $0.count > $1.count }) { rmdir(directory) }
    }

    /// `write` mode: moves the staged files into place and removes generated files that
    /// are no longer produced.
    func finish() throws(GeneratorError) -> OutputWriter.Report {
        if let failure {
            abandon()
            throw failure.error
        }
        var report = OutputWriter.Report()
        report.unchanged = unchanged
        for item in staged.sorted(by: { $0.rank < $1.rank }) {
            // rename(2) replaces the target atomically: a reader sees the old file or the new one.
            guard rename(item.staging, item.target) == 0 else {
                let reason = String(cString: strerror(errno))
                abandon()
                throw .failed(.outputError, "cannot replace: \(reason)", at: .file(item.target))
            }
            report.written.append(item.target)
        }
        for existing in OutputWriter.notProduced(OutputWriter.existingFiles(in: preexistingDirectories), by: produced) {
            guard OutputWriter.isGeneratorOutput(existing) else {
                report.foreign.append(existing)
                continue
            }
            if (try? FileManager.default.removeItem(atPath: existing)) != nil { report.removed.append(existing) }
        }
        return report
    }

    /// `check` mode: every difference, stale and foreign files included, sorted by path.
    func finishCheck() -> [Drift] {
        var drift = self.drift
        for existing in OutputWriter.notProduced(OutputWriter.existingFiles(in: preexistingDirectories), by: produced) {
            drift.append(Drift(path: existing, kind: OutputWriter.isGeneratorOutput(existing) ? .stale : .foreign, diff: ""))
        }
        return drift.sorted { $0.path < $1.path }
    }
}
