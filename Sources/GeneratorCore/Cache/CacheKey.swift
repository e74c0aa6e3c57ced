import Foundation
import SwiftEmitter

/// The hash of everything that shapes what `generate` and `check` produce: the cache
/// format, the running executable and the libraries it loaded, the template files as the
/// run renders from them (read once, so a template edited mid-run cannot pair one text's
/// key with another's output), every page read (rendered files name their pages, so paths
/// count as well as bytes), the folder's `sources.json` (doc comments name pages by its
/// URLs) and the options. Each part goes in with its length first, so no two different
/// inputs run together into the same stream.
struct CacheKey {
    private var hasher = XXH64()

    static let formatVersion = "nexudus-codegen cache 1"

    /// nil when something that shapes the output cannot be read: the executable (on a hit
    /// the cache would vouch for code it has not seen), the templates folder or a template,
    /// or (when the run copies it) the runtime folder or one of its files.
    static func compute(options: [(name: String, value: String)], templates: TemplateFiles, runtime: RuntimeOutput, sources: [PageSource],
                        manifest: Data? = nil, executable: String? = runningExecutable()) -> UInt64? {
        guard let executable, let program = FileBytes.digest(executable) else { return nil }
        var key = CacheKey()
        key.add(formatVersion)
        key.add(String(program.size))
        key.add(program.hash.hex16)
        let libraries = sharedLibraries()
        key.add(String(libraries.count))
        for library in libraries { key.add(library) }
        key.add(options)
        guard let templateFiles = templates.files else { return nil }
        key.add(String(templateFiles.count))
        for file in templateFiles {
            guard let data = file.data else { return nil }
            key.add(file.relativePath)
            data.withUnsafeBytes { key.add($0) }
        }
        switch runtime {
        case .imported(let module):
            key.add("imports " + module)
        case .copied(let runtimeSources):
            guard let runtimeFiles = runtimeSources.files else { return nil }
            key.add("copies " + String(runtimeFiles.count))
            for file in runtimeFiles {
                guard let data = file.data else { return nil }
                key.add(file.name)
                data.withUnsafeBytes { key.add($0) }
            }
        }
        key.add(String(sources.count))
        for source in sources {
            key.add(source.path)
            source.data.withUnsafeBytes { key.add($0) }
        }
        // `sources.json`, which names the pages' URLs in doc comments: absent is not empty.
        if let manifest {
            key.add("sources.json")
            manifest.withUnsafeBytes { key.add($0) }
        } else {
            key.add("no sources.json")
        }
        return key.hasher.digest()
    }

    /// The hash of the options alone: the name of their entry, so each set of options has
    /// one entry, overwritten by each successful run, and entries never pile up.
    static func entryName(options: [(name: String, value: String)]) -> String {
        var key = CacheKey()
        key.add(formatVersion)
        key.add(options)
        return key.hasher.digest().hex16
    }

    /// The file this process runs from; `/proc/self/exe` is the very file even when a
    /// build has since replaced the one at the original path.
    static func runningExecutable() -> String? {
        if FileManager.default.isReadableFile(atPath: "/proc/self/exe") { return "/proc/self/exe" }
        return Bundle.main.executableURL?.path
    }

    /// The shared libraries this process has loaded (the Swift runtime and Foundation among
    /// them), each as its path, inode, size and modification time: they shape the output as
    /// much as the executable does, and a toolchain replaced in place leaves the
    /// executable's bytes as they were. Their identity, as ccache checks a compiler's, is
    /// enough here; reading them all would cost more than the rest of a hit. Empty where
    /// `/proc/self/maps` is not (macOS), where the executable's bytes have to do.
    static func sharedLibraries() -> [String] {
        #if os(Linux)
        guard let maps = FileBytes.read("/proc/self/maps") else { return [] }
        var paths: Set<String> = []
        for line in maps.split(separator: UInt8(ascii: "\n")) {
            // address perms offset device inode path: the path is everything from the first '/'.
            guard let slash = line.firstIndex(of: UInt8(ascii: "/")) else { continue }
            let path = String(decoding: line[slash...], as: UTF8.self)
            let name = (path as NSString).lastPathComponent
            if name.hasSuffix(".so") || name.contains(".so.") { paths.insert(path) }
        }
        return paths.sorted().map { path in
            var status = stat()
            guard stat(path, &status) == 0 else { return path + " unreadable" }
            return "\(path) \(status.st_dev) \(status.st_ino) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        }
        #else
        return []
        #endif
    }

    private mutating func add(_ options: [(name: String, value: String)]) {
        add(String(options.count))
        for option in options {
            add(option.name)
            add(option.value)
        }
    }

    private mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    private mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var length = UInt64(bytes.count).littleEndian
        withUnsafeBytes(of: &length) { hasher.update($0) }
        hasher.update(bytes)
    }
}
