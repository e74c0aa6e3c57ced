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

    /// The `directories` that do not exist, lie in none of the others (however each is
    /// spelled) and have no staging folder beside them yet (a killed run's: such a folder is
    /// staged file by file, as any existing one is, and the leftover goes when the run
    /// succeeds). A folder spelled with `.` or `..` is staged file by file too: its path
    /// and its staging folder's need not be side by side.
    init(missingAmong directories: [String]) {
        let targets = directories.map { String(OutputWriter.trimmingTrailingSlashes($0)) }
        let canonical = targets.map(Self.canonical)
        folders = targets.enumerated().compactMap { index, target in
            guard Self.isPlain(target) else { return nil }
            let nested = canonical.enumerated().contains { other, outer in
                other != index && (outer != canonical[index] ? canonical[index].hasPrefix(outer + "/") : other < index)
            }
            let staging = target + OutputWriter.stagingSuffix
            guard !nested, !Self.exists(target), !Self.exists(staging) else { return nil }
            return Folder(target: target, staging: staging)
        }
    }

    init() {
        folders = []
    }

    /// Where a file of `path` is made first: in the staging folder of the fresh folder it lies
    /// in, when the rest of its path has no `.` or `..` (`Generated/../schema.json` lies
    /// outside it).
    func staging(for path: String) -> String? {
        guard let folder = folders.first(where: { path.hasPrefix($0.target + "/") }) else { return nil }
        let rest = path.dropFirst(folder.target.count)
        guard Self.isPlain(rest) else { return nil }
        return folder.staging + rest
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

    /// No component is `.` or `..`, and there is at least one other (`/` and `` are not folders to stage).
    /// Asked of every file a run writes: one pass over the bytes, with no component cut out.
    static func isPlain<Path: StringProtocol>(_ path: Path) -> Bool {
        var components = 0
        var length = 0
        var dots = 0
        for byte in path.utf8 {
            if byte != UInt8(ascii: "/") {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
                continue
            }
            if length > 0 {
                if dots == length, length <= 2 { return false }
                components += 1
            }
            (length, dots) = (0, 0)
        }
        if length > 0 {
            if dots == length, length <= 2 { return false }
            components += 1
        }
        return components > 0
    }

    /// The absolute path with every link of the part that exists resolved: the same folder
    /// spelled two ways (`Gen` and `/work/Gen`, or through a linked parent) gives one path.
    private static func canonical(_ path: String) -> String {
        var existing = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var missing: [String] = []
        while true {
            if let resolved = resolved(existing) {
                let rest = missing.reversed().filter { !$0.isEmpty && $0 != "." }
                return rest.isEmpty ? resolved : (resolved == "/" ? "" : resolved) + "/" + rest.joined(separator: "/")
            }
            let parent = OutputWriter.parentPath(existing)
            guard !parent.isEmpty, parent != existing else { return path }
            missing.append(String(existing.dropFirst(parent.count).drop { $0 == "/" }))
            existing = parent
        }
    }

    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
