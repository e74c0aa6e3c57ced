/// What the generate cache keeps of one successful `generate` or `check`: the key of its
/// inputs, every file it produced (path, size, XXH64) and every diagnostic it printed, in
/// order, so that a hit can be verified against the disk and print what the run printed.
///
/// The file is plain text, one record a line, ending with a checksum of everything before
/// it; a file that is cut short, edited or garbage decodes to nil, which is a miss:
///
///     nexudus-codegen cache 1
///     key 0123456789abcdef
///     file 1834 89abcdef01234567 Generated/Enums/Gender.swift
///     stderr spec/docs/a.txt:30:1: warning: …
///     end 76543210fedcba98
///
/// Paths and diagnostics are written with `\` as `\\` and a line break as `\n`.
struct CacheEntry: Equatable, Sendable {
    struct File: Equatable, Sendable {
        var path: String
        var size: Int
        var hash: UInt64
    }

    var key: UInt64
    var files: [File]
    var diagnostics: [String]

    static let header = "nexudus-codegen cache 1"

    func encoded() -> [UInt8] {
        var text = Self.header + "\nkey " + key.hex16 + "\n"
        for file in files { text += "file \(file.size) \(file.hash.hex16) \(Self.escaped(file.path))\n" }
        for line in diagnostics { text += "stderr " + Self.escaped(line) + "\n" }
        var bytes = Array(text.utf8)
        bytes += Array("end \(XXH64.hash(bytes).hex16)\n".utf8)
        return bytes
    }

    init(key: UInt64, files: [File], diagnostics: [String]) {
        self.key = key
        self.files = files
        self.diagnostics = diagnostics
    }

    /// nil unless `bytes` is a whole entry whose checksum holds.
    init?(decoding bytes: [UInt8]) {
        // The last line is `end <checksum of all bytes before it>`.
        guard bytes.last == UInt8(ascii: "\n") else { return nil }
        let body = bytes.dropLast()
        let endStart = (body.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
        let endLine = String(decoding: body[endStart...], as: UTF8.self)
        guard endLine.hasPrefix("end "), let checksum = Self.hexValue(endLine.dropFirst(4)),
              checksum == bytes.withUnsafeBytes({ XXH64.hash(UnsafeRawBufferPointer(rebasing: $0[..<endStart])) }) else {
            return nil
        }
        var lines = bytes[..<endStart].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast().makeIterator()
        guard let first = lines.next(), String(decoding: first, as: UTF8.self) == Self.header,
              let keyLine = lines.next().map({ String(decoding: $0, as: UTF8.self) }), keyLine.hasPrefix("key "),
              let key = Self.hexValue(keyLine.dropFirst(4)) else {
            return nil
        }
        var files: [File] = []
        var diagnostics: [String] = []
        while let line = lines.next() {
            let text = String(decoding: line, as: UTF8.self)
            if text.hasPrefix("file "), diagnostics.isEmpty {
                let fields = text.dropFirst(5).split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
                guard fields.count == 3, let size = Int(fields[0]), size >= 0, let hash = Self.hexValue(fields[1]),
                      let path = Self.unescaped(fields[2]), !path.isEmpty else {
                    return nil
                }
                files.append(File(path: path, size: size, hash: hash))
            } else if text.hasPrefix("stderr "), let diagnostic = Self.unescaped(text.dropFirst(7)) {
                diagnostics.append(diagnostic)
            } else {
                return nil
            }
        }
        self.init(key: key, files: files, diagnostics: diagnostics)
    }

    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\n") }) else { return text }
        return text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// nil for a backslash followed by anything but `\` or `n`: not something `escaped` wrote.
    static func unescaped(_ text: Substring) -> String? {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return String(text) }
        var result: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "\\") else {
                result.append(byte)
                continue
            }
            switch iterator.next() {
            case UInt8(ascii: "\\"): result.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "n"): result.append(UInt8(ascii: "\n"))
            default: return nil
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Exactly sixteen lowercase hex digits, as `hex16` writes them.
    static func hexValue(_ text: Substring) -> UInt64? {
        guard text.utf8.count == 16, text.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else { return nil }
        return UInt64(text, radix: 16)
    }
}
