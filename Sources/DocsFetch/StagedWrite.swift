import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The only code that touches `--out`. Every new byte is first written to a staging
/// folder beside `--out` (same file system); if that fails or the run is killed then,
/// `--out` is as it was. Then every folder is made and every target checked, and only
/// then is each file renamed into place (`sources.json` last,
/// so a run killed among the renames leaves pages whose digests no longer match and are
/// fetched again) and the removed pages unlinked. Nothing is followed through a symbolic
/// link, so nothing lands outside `--out`.
struct StagedWrite {
    static let stagingPrefix = ".nexudus-fetch-staged-"

    var output: URL
    /// Relative path → bytes; `sources.json` among them is moved last.
    var writes: [String: Data]
    /// Relative paths to unlink.
    var removals: [String]

    struct Failure: Error {
        var message: String
    }

    func commit() throws(Failure) {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let prefix = Self.stagingPrefix + output.lastPathComponent + "-"
        let stage = parent.appendingPathComponent(prefix + UUID().uuidString)
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            // What a killed run left staged is never moved anywhere: it goes.
            for leftover in (try? manager.contentsOfDirectory(atPath: parent.path)) ?? [] where leftover.hasPrefix(prefix) {
                try? manager.removeItem(at: parent.appendingPathComponent(leftover))
            }
            try manager.createDirectory(at: stage, withIntermediateDirectories: false)
        } catch {
            throw Failure(message: "cannot create the staging folder \(stage.path): \(error.localizedDescription)")
        }
        defer { try? manager.removeItem(at: stage) }

        let order = writes.keys.sorted { lhs, rhs in
            (lhs == SourcesManifest.fileName ? 1 : 0, lhs) < (rhs == SourcesManifest.fileName ? 1 : 0, rhs)
        }
        for relative in order {
            let staged = stage.appendingPathComponent(relative)
            do {
                try manager.createDirectory(at: staged.deletingLastPathComponent(), withIntermediateDirectories: true)
                try writes[relative]!.write(to: staged)
            } catch {
                throw Failure(message: "cannot stage \(relative): \(error.localizedDescription)")
            }
        }
        // Every folder is made and every target checked before the first rename; a
        // failure here removes the folders it made, so --out is as it was.
        var created: [URL] = []
        do throws(Failure) {
            for relative in order {
                try prepareFolders(for: relative, created: &created)
                let target = output.appendingPathComponent(relative)
                if isDirectory(target) { throw Failure(message: "cannot write \(target.path): a folder is in the way") }
            }
        } catch {
            for folder in created.reversed() { rmdir(folder.path) }
            throw error
        }
        for relative in order {
            guard rename(stage.appendingPathComponent(relative).path, output.appendingPathComponent(relative).path) == 0 else {
                throw Failure(message: "cannot move \(relative) into \(output.path): \(String(cString: strerror(errno)))")
            }
        }
        for relative in removals.sorted() {
            try remove(relative)
        }
    }

    /// Creates the folders between `--out` and a file, refusing any that is a symbolic link.
    private func prepareFolders(for relative: String, created: inout [URL]) throws(Failure) {
        var folder = output
        try makeFolder(folder, created: &created)
        for segment in relative.split(separator: "/").dropLast() {
            folder.appendPathComponent(String(segment))
            try makeFolder(folder, created: &created)
        }
    }

    private func makeFolder(_ folder: URL, created: inout [URL]) throws(Failure) {
        var info = stat()
        if lstat(folder.path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw Failure(message: "cannot write under \(folder.path): it is not a folder (a symbolic link is never followed)")
            }
            return
        }
        guard mkdir(folder.path, 0o755) == 0 else {
            throw Failure(message: "cannot create \(folder.path): \(String(cString: strerror(errno)))")
        }
        created.append(folder)
    }

    /// Unlinks one page (never through a symbolic link), then the folders it leaves empty.
    private func remove(_ relative: String) throws(Failure) {
        var folder = output
        for segment in relative.split(separator: "/").dropLast() {
            folder.appendPathComponent(String(segment))
            var info = stat()
            guard lstat(folder.path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return }
        }
        let target = output.appendingPathComponent(relative)
        var info = stat()
        guard lstat(target.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return }
        guard unlink(target.path) == 0 else {
            throw Failure(message: "cannot remove \(target.path): \(String(cString: strerror(errno)))")
        }
        var empty = target.deletingLastPathComponent()
        while empty.standardizedFileURL.path.count > output.standardizedFileURL.path.count, rmdir(empty.path) == 0 {
            empty.deleteLastPathComponent()
        }
    }

    private func isDirectory(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
