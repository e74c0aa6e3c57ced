import Foundation

/// The two kinds of trimming the parser needs, without Foundation's CharacterSet bridging cost.
enum CharacterClass {
    case whitespaces
    case whitespacesAndNewlines
}

/// Text work the parser does on every line, done on UTF-8 bytes. Each function gives
/// exactly the answer of the Unicode-aware version it replaces: ASCII bytes are decided
/// directly, and anything else goes through the scalar or Character path as before.
extension StringProtocol {
    /// Trims by Unicode scalars rather than Characters: the parser calls this on every line,
    /// and grapheme breaking is the slow part of String. ASCII blanks are tested as bytes;
    /// a non-ASCII scalar is decoded and tested by its Unicode properties.
    func trimmed(_ set: CharacterClass = .whitespacesAndNewlines) -> SubSequence where SubSequence == Substring {
        let whole = self[startIndex..<endIndex]
        let newlines = set == .whitespacesAndNewlines
        // The usual line starts and ends with an ASCII byte that is no blank, or with ASCII
        // blanks before such a byte: the contiguous bytes tell how many to cut, without
        // indexing the text byte by byte.
        let asciiCut = whole.utf8.withContiguousStorageIfAvailable { bytes -> (Int, Int)? in
            func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || (newlines && byte >= 0x0A && byte <= 0x0D) }
            var start = 0
            var end = bytes.count
            while start < end, isBlank(bytes[start]) { start += 1 }
            if start < end, bytes[start] >= 0x80 { return nil }
            while end > start, isBlank(bytes[end - 1]) { end -= 1 }
            if end > start, bytes[end - 1] >= 0x80 { return nil }
            return (start, bytes.count - end)
        }
        if let (leading, trailing) = asciiCut ?? nil {
            if leading == 0 && trailing == 0 { return whole }
            let utf8 = whole.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: leading)
            let upper = utf8.index(utf8.endIndex, offsetBy: -trailing)
            return whole[lower..<upper]
        }
        return whole.scalarTrimmed(newlines: newlines)
    }
}

extension Substring {
    /// `trimmed` where a non-ASCII scalar sits at one of the ends.
    fileprivate func scalarTrimmed(newlines: Bool) -> Substring {
        let whole = self
        let utf8 = whole.utf8
        let scalars = whole.unicodeScalars
        func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
            newlines ? scalar.properties.isWhitespace : scalar == "\u{00A0}"
        }
        func isTrimmed(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || (newlines && byte >= 0x0A && byte <= 0x0D)
        }
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end {
            let byte = utf8[start]
            if byte < 0x80 {
                guard isTrimmed(byte) else { break }
                start = utf8.index(after: start)
            } else {
                guard isTrimmed(scalars[start]) else { break }
                start = scalars.index(after: start)
            }
        }
        while end > start {
            let last = utf8.index(before: end)
            if utf8[last] < 0x80 {
                guard isTrimmed(utf8[last]) else { break }
                end = last
            } else {
                let scalar = scalars.index(before: end)
                guard isTrimmed(scalars[scalar]) else { break }
                end = scalar
            }
        }
        return whole[start..<end]
    }
}

extension StringProtocol {
    /// A byte search that avoids bridging to NSString; most lines never contain the needle.
    func containsText(_ needle: String) -> Bool {
        utf8Buffer { haystack in needle.utf8Buffer { pattern in haystack.firstOffset(of: pattern) != nil } }
    }

    /// Whether every byte is ASCII and none is a carriage return. On such text each byte is
    /// one Character (`\r\n` is the only ASCII pair Swift joins into one), so byte offsets
    /// are Character offsets and a byte test gives a Character test's answer.
    var isPlainASCII: Bool {
        utf8Buffer(\.isPlainASCII)
    }

    /// Calls `body` with the text's UTF-8 bytes, without copying when they are stored contiguously.
    func utf8Buffer<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// No byte of 0x80 or more and no `\r`, tested eight bytes at a time: asked of every
    /// line and of text before every byte match.
    var isPlainASCII: Bool {
        guard let base = baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let carriageReturns: UInt64 = 0x0D0D_0D0D_0D0D_0D0D
        var index = 0
        while index + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if word & high != 0 { return false }
            // A byte equal to `\r` is a zero byte of `word ^ carriageReturns`.
            let crossed = word ^ carriageReturns
            if (crossed &- ones) & ~crossed & high != 0 { return false }
            index += 8
        }
        while index < count {
            if base[index] >= 0x80 || base[index] == 0x0D { return false }
            index += 1
        }
        return true
    }

    /// The offset of the first occurrence of `pattern` at or after `start`.
    func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let first = pattern.first else { return start <= count ? start : nil }
        guard count >= pattern.count else { return nil }
        guard let base = baseAddress, let needle = pattern.baseAddress else { return nil }
        var index = start
        let last = count - pattern.count
        // The C library finds the candidates for the first byte (many bytes at a time),
        // and compares the rest: pages are searched whole for markers that are rare.
        while index <= last {
            guard let hit = memchr(base + index, Int32(first), last - index + 1) else { return nil }
            let found = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + found + 1, needle + 1, pattern.count - 1) == 0 { return found }
            index = found + 1
        }
        return nil
    }
}

extension UInt8 {
    var isASCIIUppercase: Bool { self >= 0x41 && self <= 0x5A }
    var isASCIILowercase: Bool { self >= 0x61 && self <= 0x7A }
    var isASCIILetter: Bool { isASCIIUppercase || isASCIILowercase }
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
}


extension StringProtocol {
    /// `hasPrefix(prefix)`, decided on bytes when the prefix is ASCII without `\r` and no
    /// non-ASCII byte is involved: ASCII bytes are whole Characters that equal only
    /// themselves, and only a non-ASCII byte right after them could join the last one.
    /// Substring's own `hasPrefix` compares Character by Character.
    func startsWithText(_ prefix: String) -> Bool {
        let decided = prefix.utf8Buffer { pattern -> Bool? in
            for byte in pattern where byte >= 0x80 || byte == 0x0D { return nil }
            return startsWithASCII(pattern)
        }
        return decided ?? hasPrefix(prefix)
    }

    /// The byte answer for an ASCII pattern without `\r`, or nil when a non-ASCII byte
    /// in the compared bytes, or right after them, leaves it to the Character rules.
    private func startsWithASCII(_ pattern: UnsafeBufferPointer<UInt8>) -> Bool? {
        utf8Buffer { bytes -> Bool? in
            for index in 0..<pattern.count {
                guard index < bytes.count else { return false }
                if bytes[index] >= 0x80 { return nil }
                if bytes[index] != pattern[index] { return false }
            }
            return pattern.count < bytes.count && bytes[pattern.count] >= 0x80 ? nil : true
        }
    }

    /// `hasSuffix(suffix)` for an ASCII suffix without `\n`, decided on bytes unless a
    /// non-ASCII byte is involved (one right before the suffix could be a prepended mark
    /// that joins its first Character).
    func endsWithText(_ suffix: String) -> Bool {
        let decided = utf8Buffer { bytes -> Bool? in
            suffix.utf8Buffer { pattern -> Bool? in
                for byte in pattern where byte >= 0x80 || byte == 0x0A { return nil }
                guard bytes.count >= pattern.count else { return bytes.contains { $0 >= 0x80 } ? nil : false }
                let start = bytes.count - pattern.count
                for index in 0..<pattern.count {
                    if bytes[start + index] >= 0x80 { return nil }
                    if bytes[start + index] != pattern[index] { return false }
                }
                return start > 0 && bytes[start - 1] >= 0x80 ? nil : true
            }
        }
        return decided ?? hasSuffix(suffix)
    }
}

extension StringProtocol {
    /// `filter { $0 != "`" }` (or the same for every byte in `marks`, each an ASCII byte
    /// that is a whole Character unless a mark follows it): text without those bytes holds
    /// no such Character and comes back whole, without being split into Characters.
    func removingMarks(_ marks: String = "`") -> String {
        let present = utf8Buffer { bytes in bytes.contains { marks.utf8.contains($0) } }
        guard present else { return String(self) }
        return String(filter { character in !marks.contains(character) })
    }
}
