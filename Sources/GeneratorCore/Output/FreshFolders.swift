import Foundation

/// The output folders a `write` session finds missing when it begins. Each is staged whole,
/// as one folder beside it (`Generated.nexudus-codegen-staged`), and moved into place by one
/// rename(2) once everything is staged. A first generate so makes each file once, under its
/// own name: staged file by file, each was made under a staging name and renamed, two more
/// changes to its folder, and the thousands of renames ran one after another at the end
/// (70 ms of a first generate of 1,500 pages).
struct FreshFolders: Sendable {
    struct Folder: Sendable, Equatable {
        /// The output folder, as given, less trailing slashes.
        var target: String
        /// Beside it; what the run makes in `target` is made here first.
        var staging: String
    }

    let folders: [Folder]

    /// The `directories` that do not exist, lie in none of the others and have no staging
    /// folder beside them yet (a killed run's: such a folder is staged file by file, as any
    /// existing one is, and the leftover goes when the run succeeds).
    init(missingAmong directories: [String]) {
        let targets = directories.map(Self.trimmed).filter { !$0.isEmpty && $0 != "." && $0 != "/" && $0 != ".." }
        folders = targets.enumerated().compactMap { index, target in
            let nested = targets.enumerated().contains { other, outer in
                other != index && (outer != target ? target.hasPrefix(outer + "/") : other < index)
            }
            let staging = target + OutputWriter.stagingSuffix
            guard !nested, !Self.exists(target), !Self.exists(staging) else { return nil }
            return Folder(target: target, staging: staging)
        }
    }

    init() {
        folders = []
    }

    /// Where a file of `path` is made first: in the staging folder of the fresh folder it lies in.
    func staging(for path: String) -> String? {
        guard let folder = folders.first(where: { path.hasPrefix($0.target + "/") }) else { return nil }
        return folder.staging + path.dropFirst(folder.target.count)
    }

    /// The folder whose staging folder holds `staging`, by its position in `folders`.
    func folder(holding staging: String) -> Int? {
        folders.firstIndex { staging.hasPrefix($0.staging + "/") }
    }

    /// Whether anything (a dangling symbolic link too) is at `path`.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 || errno != ENOENT
    }

    static func trimmed(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return String(path)
    }
}
