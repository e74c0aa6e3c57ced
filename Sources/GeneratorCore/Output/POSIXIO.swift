import Foundation

/// The two loops every whole-file read and write needs around `read(2)` and `write(2)`:
/// they may do less than asked, and a signal may interrupt them.
enum POSIXIO {
    /// Reads until `count` bytes are in `buffer` from `offset` on or the file ends; the
    /// number read, or nil on an error.
    static func read(_ descriptor: Int32, into buffer: inout [UInt8], at offset: Int = 0, count: Int) -> Int? {
        precondition(offset + count <= buffer.count)
        var total = 0
        while total < count {
            let result = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + offset + total, count - total) }
            if result < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if result == 0 { break }
            total += result
        }
        return total
    }

    /// Writes every byte; false on an error.
    static func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var written = 0
        while written < bytes.count {
            let result = Foundation.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                return false
            }
            written += result
        }
        return true
    }
}
