import Foundation

/// What one file comes to against the disk: unchanged, staged beside its target, drift,
/// or the error that stops the write. Small, so the file's bytes can go once it is known.
struct FileExamination: Sendable {
    enum Outcome: Sendable {
        case unchanged
        case staged(staging: String)
        case drift(Drift)
        /// `check`: the file could not be compared as a whole but reads the same; neither
        /// unchanged nor drift.
        case readsTheSame
        case failed(GeneratorError)
    }

    var path: String
    /// The file's size and hash, when the session records them for the generate cache.
    var digest: CacheEntry.File?
    var outcome: Outcome
}

/// The part of `OutputSession` that works on one file, safe to run on any thread: the
/// emitter's workers compare and stage each file as soon as they have rendered it, so the
/// disk's work is spread over the cores as the rendering is. The session then records the
/// outcomes in order on its own thread.
struct FileExaminer: Sendable {
    let mode: OutputSession.Mode
    let recordsDigests: Bool
    let folders: StagingFolders
    /// Output folders staged whole: a file in one is made in its staging folder, and there
    /// is nothing on the disk to compare it with.
    let fresh: FreshFolders

    func examine(_ file: OutputFile) -> FileExamination {
        let digest = recordsDigests ? CacheEntry.File(path: file.path, size: file.contents.count, hash: XXH64.hash(file.contents)) : nil
        return FileExamination(path: file.path, digest: digest, outcome: outcome(file))
    }

    /// A file given in pieces by `produce` (the schema file, the OpenAPI document), compared
    /// and staged as the pieces come. Nil when the whole text must be made and given to
    /// `examine(_:)` instead: the pieces could not all be made, or the disk refused
    /// something, and only that path is sure to report it as writing the whole file would.
    func examine(path: String, produce: (StableJSON.Write) throws -> Void) -> FileExamination? {
        let staging = mode == .write ? stagingPath(for: path) : nil
        var hasher = XXH64()
        var size = 0
        let recordsDigests = self.recordsDigests
        let folders = self.folders
        let outcome = StreamedFile.compare(path: path, staging: staging, prepare: { (try? folders.prepare(for: staging ?? path, reportingAs: path)) != nil }) { write in
            // Every piece passes through the hash on its way to the comparison.
            try withoutActuallyEscaping(write) { write in
                try produce { piece in
                    if recordsDigests {
                        hasher.update(piece)
                        size += piece.count
                    }
                    write(piece)
                }
            }
        }
        let digest = recordsDigests ? CacheEntry.File(path: path, size: size, hash: hasher.digest()) : nil
        switch outcome {
        case .fallBack: return nil
        case .unchanged: return FileExamination(path: path, digest: digest, outcome: .unchanged)
        case .staged: return FileExamination(path: path, digest: digest, outcome: .staged(staging: staging!))
        case .missing: return FileExamination(path: path, digest: digest, outcome: .drift(Drift(path: path, kind: .missing, diff: "")))
        case .modified(let old, let new):
            let drift = Drift(path: path, kind: .modified, diff: ShortDiff.render(old: Data(old), new: Data(new)))
            return FileExamination(path: path, digest: digest, outcome: .drift(drift))
        }
    }

    /// Beside the file, or in the staging folder of the fresh folder it lies in.
    private func stagingPath(for path: String) -> String {
        fresh.staging(for: path) ?? path + OutputWriter.stagingSuffix
    }

    private func outcome(_ file: OutputFile) -> FileExamination.Outcome {
        // A file in a fresh folder is not on the disk yet: nothing to compare it with.
        let freshStaging = mode == .write ? fresh.staging(for: file.path) : nil
        if freshStaging == nil, FileBytes.matches(file.path, file.contents) { return .unchanged }
        switch mode {
        case .check:
            guard let current = FileBytes.read(file.path) else { return .drift(Drift(path: file.path, kind: .missing, diff: "")) }
            guard current != file.contents else { return .readsTheSame }
            return .drift(Drift(path: file.path, kind: .modified, diff: ShortDiff.render(old: Data(current), new: Data(file.contents))))
        case .write:
            let staging = freshStaging ?? file.path + OutputWriter.stagingSuffix
            do {
                try folders.prepare(for: staging, reportingAs: file.path)
                try FileBytes.write(file.contents, to: staging)
                return .staged(staging: staging)
            } catch let error as GeneratorError {
                return .failed(error)
            } catch {
                return .failed(.failed(.outputError, "cannot write: \(error.localizedDescription); nothing was changed", at: .file(file.path)))
            }
        }
    }
}

/// The folders made for staged files in one session, shared by the threads that stage
/// into them: made once each, and remembered so that abandoning the session removes them.
final class StagingFolders: @unchecked Sendable {
    private let lock = NSLock()
    /// Parent folders already checked or made in this run: most files share one.
    private var ready: Set<String> = []
    private var created: [String] = []

    /// Makes the folders `path` goes in; an error names `target`, the file the user asked
    /// for. Two threads asking for the same folder wait for each other, so it is made once
    /// and recorded once.
    func prepare(for path: String, reportingAs target: String) throws {
        let parent = OutputWriter.parentDirectory(of: path)
        lock.lock()
        defer { lock.unlock() }
        guard !ready.contains(parent) else { return }
        if let blocker = OutputWriter.fileBlockingDirectory(parent) {
            throw GeneratorError.failed(.outputError, "cannot write: '\(blocker)' is a file, not a folder; nothing was changed", at: .file(target))
        }
        let missing = OutputWriter.missingDirectories(parent)
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        created += missing
        ready.insert(parent)
    }

    /// Every folder made so far.
    var made: [String] {
        lock.lock()
        defer { lock.unlock() }
        return created
    }
}
