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
    /// The output folders missing when the session began, each staged whole (`write` only).
    private let fresh: FreshFolders
    /// Every output folder: a killed run's staging folder beside one goes when a run succeeds.
    private let directories: [String]
    private var failure: (rank: Rank, error: GeneratorError)?
    /// The output folders that were there when the session began: only they can hold
    /// files the run did not produce (a first generate into a fresh folder has none to look for).
    private let preexistingDirectories: [String]

    public init(mode: Mode, replacing directories: [String]) {
        self.mode = mode
        self.directories = directories
        preexistingDirectories = directories.filter { FileManager.default.fileExists(atPath: $0) }
        fresh = mode == .write ? FreshFolders(missingAmong: directories) : FreshFolders()
    }

    /// Compares and stages one file on any thread; `record` takes what it found.
    var examiner: FileExaminer {
        FileExaminer(mode: mode, recordsDigests: recordsDigests, folders: folders, fresh: fresh)
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

    /// `write` mode: moves the staged files (and fresh folders, whole) into place and
    /// removes generated files that are no longer produced, and a killed run's staging folder.
    func finish() throws(GeneratorError) -> OutputWriter.Report {
        if let failure {
            abandon()
            throw failure.error
        }
        var report = OutputWriter.Report()
        report.unchanged = unchanged
        let order = staged.sorted { $0.rank < $1.rank }.map { (item: $0, folder: fresh.folder(holding: $0.staging)) }
        var moved = Set<Int>()
        for (item, folder) in order {
            // A fresh folder moves into place whole, where its first file comes in the order.
            if let folder {
                if moved.insert(folder).inserted { try move(fresh.folders[folder], files: order.filter { $0.folder == folder }.map(\.item)) }
                report.written.append(item.target)
                continue
            }
            // rename(2) replaces the target atomically: a reader sees the old file or the new one.
            try replace(item.target, with: item.staging)
            report.written.append(item.target)
        }
        for directory in directories {
            removeLeftover(OutputWriter.trimmingTrailingSlashes(directory) + OutputWriter.stagingSuffix, into: &report)
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

    /// A killed run's staging folder: what the generator wrote in it goes, with the folders
    /// left empty; anything else stays, reported as foreign.
    private func removeLeftover(_ leftover: String, into report: inout OutputWriter.Report) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: leftover, isDirectory: &isFolder), isFolder.boolValue else { return }
        for file in FileTree.regularFiles(under: leftover) {
            guard OutputWriter.isGeneratorOutput(file) else {
                report.foreign.append(file)
                continue
            }
            if unlink(file) == 0 { report.removed.append(file) }
        }
        let folders = (FileManager.default.subpaths(atPath: leftover) ?? []).map { leftover + "/" + $0 }
        for folder in folders.sorted(by: { $0.count > $1.count }) + [leftover] { rmdir(folder) }
    }

    private func replace(_ target: String, with staging: String) throws(GeneratorError) {
        guard rename(staging, target) == 0 else { throw cannotReplace(target) }
    }

    /// After a failed rename(2): the session abandoned, and the error naming `target`.
    private func cannotReplace(_ target: String) -> GeneratorError {
        let reason = String(cString: strerror(errno))
        abandon()
        return .failed(.outputError, "cannot replace: \(reason)", at: .file(target))
    }

    /// One rename(2) moves the folder into place. When something made the folder meanwhile
    /// (an output path spelled another way, another program), its files move one by one.
    private func move(_ folder: FreshFolders.Folder, files: [(rank: Rank, staging: String, target: String)]) throws(GeneratorError) {
        if rename(folder.staging, folder.target) == 0 { return }
        guard errno == EEXIST || errno == ENOTEMPTY else { throw cannotReplace(folder.target) }
        for file in files {
            do {
                try FileManager.default.createDirectory(atPath: OutputWriter.parentDirectory(of: file.target), withIntermediateDirectories: true)
            } catch {
                abandon()
                throw .failed(.outputError, "cannot make its folder: \(error.localizedDescription)", at: .file(file.target))
            }
            try replace(file.target, with: file.staging)
        }
        try? FileManager.default.removeItem(atPath: folder.staging)
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
