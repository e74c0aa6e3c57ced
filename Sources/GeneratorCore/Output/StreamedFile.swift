import Foundation

/// Compares text that arrives in pieces with the file on disk, and, in `write` mode, stages
/// it beside the file from the first piece that differs: the bytes before that point are
/// the file's own, so they are copied from it. The text is never held whole, except for
/// the short diff of a `check` that finds the file changed.
///
/// It answers as `FileBytes.matches` and `FileBytes.write` would for the whole text; where
/// it cannot be sure of giving the same answer or the same error (a file that is not a
/// regular file, any error from the disk) it says `fallBack`, having removed what it staged.
enum StreamedFile {
    enum Outcome {
        case unchanged
        case staged
        /// `check` only: the file is not there (or cannot be read).
        case missing
        /// `check` only: the file on disk and the new text.
        case modified(old: [UInt8], new: [UInt8])
        case fallBack
    }

    /// `staging` is nil in `check` mode; `prepare` makes the staging file's folders.
    static func compare(path: String, staging: String?, prepare: @escaping () -> Bool,
                        produce: (StableJSON.Write) throws -> Void) -> Outcome {
        var current = open(path, O_RDONLY | O_CLOEXEC)
        if current < 0 && !(errno == ENOENT && staging != nil) {
            return staging == nil && errno == ENOENT ? .missing : .fallBack
        }
        if current >= 0 {
            var status = stat()
            if fstat(current, &status) != 0 || status.st_mode & S_IFMT != S_IFREG {
                close(current)
                guard staging != nil else { return .fallBack }
                current = -1  // as good as missing: everything goes to the staging file
            }
        }
        var matched = 0
        var differs = current < 0
        var output: Int32 = -1
        var failed = false
        var kept: [[UInt8]] = []
        var buffer: [UInt8] = []
        func cleanUp() {
            if current >= 0 { close(current) }
            if output >= 0 { close(output) }
            if output >= 0 || failed, let staging { unlink(staging) }
        }
        /// Opens the staging file and copies into it the bytes that matched so far.
        func startStaging() -> Bool {
            guard let staging, prepare() else { return false }
            output = open(staging, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard output >= 0 else { return false }
            var copied = 0
            var block = [UInt8](repeating: 0, count: 1 << 16)
            while copied < matched {
                let count = block.withUnsafeMutableBytes { pread(current, $0.baseAddress!, min($0.count, matched - copied), off_t(copied)) }
                guard count > 0, block[..<count].withUnsafeBytes({ POSIXIO.write(output, $0) }) else { return false }
                copied += count
            }
            return true
        }
        func take(_ piece: [UInt8]) {
            guard !failed else { return }
            if !differs {
                if buffer.count < piece.count { buffer = [UInt8](repeating: 0, count: piece.count) }
                if POSIXIO.read(current, into: &buffer, count: piece.count) == piece.count,
                   piece.withUnsafeBytes({ new in buffer.withUnsafeBytes { memcmp(new.baseAddress!, $0.baseAddress!, piece.count) == 0 } }) {
                    matched += piece.count
                    return
                }
                differs = true
            }
            if staging == nil {
                kept.append(piece)
            } else if (output < 0 && !startStaging()) || !piece.withUnsafeBytes({ POSIXIO.write(output, $0) }) {
                failed = true
            }
        }
        do {
            try produce { piece in if !piece.isEmpty { take(piece) } }
        } catch {
            failed = true
        }
        if !failed, !differs {
            var extra: [UInt8] = [0]
            if POSIXIO.read(current, into: &extra, count: 1) == 0 {
                cleanUp()
                return .unchanged
            }
            differs = true  // the file on disk goes on after the new text ends
            if staging != nil, output < 0, !startStaging() { failed = true }
        }
        guard !failed else {
            cleanUp()
            return .fallBack
        }
        if staging != nil {
            if output < 0, !startStaging() {
                cleanUp()
                return .fallBack
            }
            let closed = close(output) == 0
            output = -1
            guard closed else {
                failed = true
                cleanUp()
                return .fallBack
            }
            if current >= 0 { close(current) }
            return .staged
        }
        if current >= 0 { close(current) }
        guard let old = FileBytes.read(path) else { return .fallBack }
        return .modified(old: old, new: Array(old.prefix(matched)) + kept.joined())
    }
}
