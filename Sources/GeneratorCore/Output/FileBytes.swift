import Foundation

/// Reading, comparing and writing whole files as bytes with plain POSIX calls. A no-change
/// `generate` or `check` compares thousands of files: a file of another size is known to
/// differ without reading it, and one of the same size is read once into a reused buffer,
/// with no `Data` made for it.
enum FileBytes {
    /// Whether the file at `path` holds exactly `bytes`; false when it cannot be read or is
    /// not a regular file (as `FileManager.contents(atPath:)` gives nil for it).
    static func matches(_ path: String, _ bytes: [UInt8]) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) == bytes.count else {
            return false
        }
        var buffer = [UInt8](repeating: 0, count: bytes.count + 1)
        guard let count = readAll(descriptor, into: &buffer), count == bytes.count else { return false }
        if bytes.isEmpty { return true }
        return bytes.withUnsafeBytes { expected in
            buffer.withUnsafeBytes { actual in memcmp(expected.baseAddress!, actual.baseAddress!, bytes.count) == 0 }
        }
    }

    /// The file's bytes, or nil when it cannot be read (missing, a folder, no permission).
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        let expected = fstat(descriptor, &status) == 0 ? max(Int(status.st_size), 0) : 0
        var buffer = [UInt8](repeating: 0, count: expected + 1)
        guard let count = readAll(descriptor, into: &buffer) else { return nil }
        buffer.removeSubrange(count...)
        return buffer
    }

    /// The size and XXH64 of the file at `path`, read in blocks through `buffer` (reused
    /// from call to call); nil when it cannot be read or is not a regular file, as for
    /// `matches`. `O_NONBLOCK` keeps a named pipe in its place from stopping the run.
    static func digest(_ path: String, buffer: inout [UInt8]) -> (size: Int, hash: UInt64)? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        if buffer.count < 1 << 16 { buffer = [UInt8](repeating: 0, count: 1 << 16) }
        var hasher = XXH64()
        var size = 0
        while true {
            guard let count = POSIXIO.read(descriptor, into: &buffer, count: buffer.count) else { return nil }
            buffer.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            size += count
            if count < buffer.count { return (size, hasher.digest()) }
        }
    }

    static func digest(_ path: String) -> (size: Int, hash: UInt64)? {
        var buffer: [UInt8] = []
        return digest(path, buffer: &buffer)
    }

    /// Reads to the end of the file, growing `buffer` as needed; the number of bytes read.
    private static func readAll(_ descriptor: Int32, into buffer: inout [UInt8]) -> Int? {
        var count = 0
        while true {
            if count == buffer.count { buffer.append(contentsOf: repeatElement(0, count: max(buffer.count, 4096))) }
            guard let read = POSIXIO.read(descriptor, into: &buffer, at: count, count: buffer.count - count) else { return nil }
            count += read
            if count < buffer.count { return count }
        }
    }

    /// Writes `bytes` to `path` the way `Data.write(to:)` does (create or truncate, mode
    /// 0666 less the umask), without first copying them into a `Data`. Any failure is left
    /// to `Data.write(to:)` itself, so the error a user reads is the same.
    ///
    /// No `fsync`: a staged file only replaces its target by `rename(2)` once every file is
    /// staged, so a failed or killed run leaves the old output whole, and waiting for the
    /// disk once per file made a first `generate` of a large API take seconds. What a power
    /// cut may leave is the operating system's to answer, as it is for the compiler's output.
    static func write(_ bytes: [UInt8], to path: String) throws {
        if writeDirectly(bytes, to: path) { return }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    private static func writeDirectly(_ bytes: [UInt8], to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return false }
        let complete = bytes.withUnsafeBytes { POSIXIO.write(descriptor, $0) }
        return close(descriptor) == 0 && complete
    }
}
