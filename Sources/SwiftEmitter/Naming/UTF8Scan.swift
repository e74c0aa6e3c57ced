/// Questions about a string's UTF-8 bytes, answered by a plain loop over the string's own
/// storage. The emitter asks them of every name, key and line of doc text it writes, and
/// `utf8.contains(where:)` or a closure over `withContiguousStorageIfAvailable` cost
/// several times more per byte than the loop.
enum UTF8Scan {
    @inline(__always)
    static func contains(_ text: String, where isMatch: (UInt8) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where isMatch(byte) { return true }
            return false
        }
    }
}
