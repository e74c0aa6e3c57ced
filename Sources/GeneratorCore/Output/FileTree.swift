import Foundation

/// The regular files below a folder, as `readdir(3)` lists them. Every run walks the docs
/// folder and the output folders (4,500 files for the whole API) even when the cache answers,
/// and Foundation's directory enumerator rewrites each path it yields, so this walk is ours.
enum FileTree {
    /// `directory` joined to each regular file's path below it (a symbolic link counts as the
    /// file it points to; a linked folder is not entered), sorted. `entering` decides, by
    /// name, which folders are walked into. None when `directory` cannot be opened.
    static func regularFiles(under directory: String, entering: (String) -> Bool = { _ in true }) -> [String] {
        var files: [String] = []
        walk(directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory, entering, into: &files)
        return files.sorted()
    }

    private static func walk(_ directory: String, _ entering: (String) -> Bool, into files: inout [String]) {
        guard let stream = opendir(directory) else { return }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            let path = directory + "/" + name
            switch kind(of: entry.pointee.d_type, at: path) {
            case .file: files.append(path)
            case .directory: if entering(name) { walk(path, entering, into: &files) }
            case .other: break
            }
        }
    }

    private enum Kind { case file, directory, other }

    private static func kind(of type: UInt8, at path: String) -> Kind {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .directory
        case Int32(DT_LNK), Int32(DT_UNKNOWN):
            // A link is what it points to; a file system that gives no type is asked.
            var status = stat()
            guard stat(path, &status) == 0 else { return .other }
            switch status.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return Int32(type) == Int32(DT_LNK) ? .other : .directory
            default: return .other
            }
        default: return .other
        }
    }
}
