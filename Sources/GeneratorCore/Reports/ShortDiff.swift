import Foundation

/// The first changed hunk of a file, enough to see what changed in a CI log: the lines
/// removed and added up to where the two versions agree again, with a little context.
/// Lines that did not change are never shown as removed and re-added.
enum ShortDiff {
    /// Two versions are taken to agree again after this many equal lines in a row.
    static let anchor = 3
    /// How far past the first difference the resynchronisation point is looked for.
    static let searchWindow = 400

    static func render(old: Data, new: Data, context: Int = 2, limit: Int = 12) -> String {
        let oldLines = String(decoding: old, as: UTF8.self).components(separatedBy: "\n")
        let newLines = String(decoding: new, as: UTF8.self).components(separatedBy: "\n")
        var first = 0
        while first < min(oldLines.count, newLines.count), oldLines[first] == newLines[first] { first += 1 }
        let (removedCount, addedCount) = hunk(oldLines, newLines, from: first)
        let oldEnd = first + removedCount
        let newEnd = first + addedCount

        var lines: [String] = ["@@ line \(first + 1) @@"]
        for index in max(0, first - context)..<first { lines.append("  " + oldLines[index]) }
        lines += oldLines[first..<oldEnd].prefix(limit).map { "- " + $0 }
        if removedCount > limit { lines.append("- … (\(removedCount - limit) more removed)") }
        lines += newLines[first..<newEnd].prefix(limit).map { "+ " + $0 }
        if addedCount > limit { lines.append("+ … (\(addedCount - limit) more added)") }
        let trailing = min(context, oldLines.count - oldEnd, newLines.count - newEnd)
        for index in 0..<max(0, trailing) where oldLines[oldEnd + index] == newLines[newEnd + index] {
            lines.append("  " + oldLines[oldEnd + index])
        }
        if oldLines[oldEnd...] != newLines[newEnd...] { lines.append("  … (more differences below)") }
        return lines.joined(separator: "\n")
    }

    /// How many lines from `first` on are removed and added before the versions agree again:
    /// the smallest total for which the rest lines up for `anchor` lines (or both end).
    static func hunk(_ old: [String], _ new: [String], from first: Int) -> (removed: Int, added: Int) {
        func agrees(_ i: Int, _ j: Int) -> Bool {
            for offset in 0..<anchor {
                let a = first + i + offset
                let b = first + j + offset
                if a >= old.count || b >= new.count { return a >= old.count && b >= new.count }
                if old[a] != new[b] { return false }
            }
            return true
        }
        let maximum = min(searchWindow, (old.count - first) + (new.count - first))
        if maximum > 0 {
            for total in 1...maximum {
                for i in 0...total {
                    let j = total - i
                    if first + i <= old.count, first + j <= new.count, agrees(i, j) { return (i, j) }
                }
            }
        }
        // No resynchronisation nearby: everything up to the common ending differs.
        var oldEnd = old.count
        var newEnd = new.count
        while oldEnd > first, newEnd > first, old[oldEnd - 1] == new[newEnd - 1] {
            oldEnd -= 1
            newEnd -= 1
        }
        return (oldEnd - first, newEnd - first)
    }
}
