import Foundation

struct OutputFile: Equatable {
    var path: String
    var contents: Data
}

/// The last step and the only one that touches the disk. Every changed file is first
/// staged beside its target; only when all are staged are they moved into place, so a
/// failure leaves the old output exactly as it was. Unchanged files are not touched,
/// which keeps their modification times and the build incremental.
enum OutputWriter {
    struct Report {
        var written: [String] = []
        var unchanged: [String] = []
        var removed: [String] = []
    }

    static let stagingSuffix = ".nexudus-codegen-staged"

    /// Writes `files`; files under `directories` that were not produced are removed.
    static func write(_ files: [OutputFile], replacing directories: [String]) throws(CommandError) -> Report {
        let manager = FileManager.default
        var report = Report()
        var staged: [(staging: String, target: String)] = []
        func abandon() { for item in staged { try? manager.removeItem(atPath: item.staging) } }
        for file in files {
            if manager.contents(atPath: file.path) == file.contents {
                report.unchanged.append(file.path)
                continue
            }
            let staging = file.path + stagingSuffix
            do {
                try manager.createDirectory(atPath: (file.path as NSString).deletingLastPathComponent.isEmpty ? "." : (file.path as NSString).deletingLastPathComponent,
                                            withIntermediateDirectories: true)
                try file.contents.write(to: URL(fileURLWithPath: staging))
            } catch {
                abandon()
                throw CommandError.failure("\(file.path): error: cannot write: \(error.localizedDescription); nothing was changed")
            }
            staged.append((staging, file.path))
        }
        for item in staged {
            // rename(2) replaces the target atomically: a reader sees the old file or the new one.
            guard rename(item.staging, item.target) == 0 else {
                let reason = String(cString: strerror(errno))
                abandon()
                throw CommandError.failure("\(item.target): error: cannot replace: \(reason)")
            }
            report.written.append(item.target)
        }
        let produced = Set(files.map { standardized($0.path) })
        for stale in existingFiles(in: directories) where !produced.contains(standardized(stale)) {
            if (try? manager.removeItem(atPath: stale)) != nil { report.removed.append(stale) }
        }
        return report
    }

    /// What `write` would change, without changing anything.
    static func compare(_ files: [OutputFile], replacing directories: [String]) -> [Drift] {
        var drift: [Drift] = []
        for file in files {
            guard let current = FileManager.default.contents(atPath: file.path) else {
                drift.append(Drift(path: file.path, kind: .missing, diff: ""))
                continue
            }
            if current != file.contents {
                drift.append(Drift(path: file.path, kind: .modified, diff: ShortDiff.render(old: current, new: file.contents)))
            }
        }
        let produced = Set(files.map { standardized($0.path) })
        for stale in existingFiles(in: directories) where !produced.contains(standardized(stale)) {
            drift.append(Drift(path: stale, kind: .stale, diff: ""))
        }
        return drift.sorted { $0.path < $1.path }
    }

    /// Regular files below `directories`, sorted; a staging leftover from a killed run counts as stale.
    static func existingFiles(in directories: [String]) -> [String] {
        var result: [String] = []
        for directory in directories {
            guard let enumerator = FileManager.default.enumerator(atPath: directory) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let path = (directory as NSString).appendingPathComponent(relative)
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    result.append(path)
                }
            }
        }
        return result.sorted()
    }

    static func standardized(_ path: String) -> String {
        (path as NSString).standardizingPath
    }
}

struct Drift: Equatable {
    enum Kind: String { case modified, missing, stale }
    var path: String
    var kind: Kind
    var diff: String

    var rendered: String {
        switch kind {
        case .modified: "\(path): error: differs from what the docs give\n\(diff)"
        case .missing: "\(path): error: missing; the docs give this file"
        case .stale: "\(path): error: no longer generated from the docs; it would be removed"
        }
    }
}

/// A few lines around the first difference, enough to see what changed in a CI log.
enum ShortDiff {
    static func render(old: Data, new: Data, context: Int = 2, limit: Int = 12) -> String {
        let oldLines = String(decoding: old, as: UTF8.self).components(separatedBy: "\n")
        let newLines = String(decoding: new, as: UTF8.self).components(separatedBy: "\n")
        var first = 0
        while first < min(oldLines.count, newLines.count), oldLines[first] == newLines[first] { first += 1 }
        var oldEnd = oldLines.count
        var newEnd = newLines.count
        while oldEnd > first, newEnd > first, oldLines[oldEnd - 1] == newLines[newEnd - 1] {
            oldEnd -= 1
            newEnd -= 1
        }
        var lines: [String] = ["@@ line \(first + 1) @@"]
        for index in max(0, first - context)..<first { lines.append("  " + oldLines[index]) }
        let removed = oldLines[first..<oldEnd].prefix(limit).map { "- " + $0 }
        let added = newLines[first..<newEnd].prefix(limit).map { "+ " + $0 }
        lines += removed + added
        if oldEnd - first > limit || newEnd - first > limit { lines.append("  …") }
        return lines.joined(separator: "\n")
    }
}
