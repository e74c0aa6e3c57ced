import Diagnostics
import Foundation

/// Writes an `Encodable` value exactly as `JSONEncoder.stable` does (pretty printed, keys
/// sorted by their UTF-8 bytes, slashes unescaped), handing the text over in pieces.
///
/// `JSONEncoder` first builds a tree of the whole document: for the schema of a large API
/// (tens of MB of JSON) that tree costs seconds and hundreds of MB. Here each value is
/// written where it goes. An object's members are written in the order the type encodes
/// them, each as a self-contained piece (`\n`, indentation, key, ` : `, value, `,`), and
/// put into key order afterwards by rotating pieces in place.
///
/// Anything this writer does not produce byte for byte like `JSONEncoder` (floating-point
/// numbers, a key written twice, nested or super encoders) throws `Unsupported`, and the
/// caller falls back to `JSONEncoder.stable`.
enum StableJSON {
    struct Unsupported: Error {}

    /// Hands over part of the text: each piece is written or compared and let go.
    typealias Write = ([UInt8]) -> Void

    /// The whole text in one buffer.
    static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try stream(value) { bytes += $0 }
        return bytes
    }

    /// The text of `value` handed to `write` piece by piece, in order. A member of the
    /// top-level object named in `members` is written by its closure (a `streamArray`
    /// call, say) where it goes, so a long list never has to be in memory whole.
    static func stream<Value: Encodable>(_ value: Value, members: [String: (Write) throws -> Void] = [:], to write: Write) throws {
        let writer = JSONStreamWriter()
        writer.placeholders = Set(members.keys)
        try writer.encodeValue(value, depth: 0)
        guard !writer.failed, writer.placeholdersWritten == members.count else { throw Unsupported() }
        let skeleton = writer.bytes
        var start = 0
        while let open = skeleton[start...].firstIndex(of: 0) {
            guard let close = skeleton[(open + 1)...].firstIndex(of: 0),
                  let member = members[String(decoding: skeleton[(open + 1)..<close], as: UTF8.self)] else { throw Unsupported() }
            write(Array(skeleton[start..<open]))
            try member(write)
            start = close + 1
        }
        write(Array(skeleton[start...]))
    }

    /// An array as it is written at `depth`, handed over in runs of elements. The runs of a
    /// batch are written on all cores, then handed over in order and let go.
    static func streamArray<Element: Encodable & Sendable>(_ elements: [Element], depth: Int, to write: Write) throws {
        try streamArray(elements, depth: depth, to: write) { writer, element, depth in
            try writer.encodeValue(element, depth: depth)
            if writer.failed { throw Unsupported() }
        }
    }

    /// The same, each element written by `writeElement` (a type's own writer, say).
    static func streamArray<Element: Sendable>(_ elements: [Element], depth: Int, to write: Write,
                                               element writeElement: @Sendable (JSONStreamWriter, Element, Int) throws -> Void) throws {
        let runLength = 16
        let batchLength = 8
        let runs = stride(from: 0, to: elements.count, by: runLength).map { $0..<min($0 + runLength, elements.count) }
        write([UInt8(ascii: "[")])
        // Each run starts with room for the longest of the batch before: grown from nothing,
        // a run's buffer was copied a dozen times over, each time into new pages.
        var room = 0
        for batch in stride(from: 0, to: runs.count, by: batchLength) {
            let written = orderedConcurrentMap(Array(runs[batch..<min(batch + batchLength, runs.count)])) { [room] run -> [UInt8]? in
                let writer = JSONStreamWriter()
                writer.bytes.reserveCapacity(room)
                for index in run {
                    if index > 0 { writer.bytes.append(UInt8(ascii: ",")) }
                    writer.newline(indent: depth + 1)
                    guard (try? writeElement(writer, elements[index], depth + 1)) != nil else { return nil }
                }
                return writer.bytes
            }
            for run in written {
                guard let run else { throw Unsupported() }
                write(run)
                room = max(room, run.count + run.count / 8)
            }
        }
        let end = JSONStreamWriter()
        if elements.isEmpty { end.bytes.append(0x0A) }
        end.newline(indent: depth)
        end.bytes.append(UInt8(ascii: "]"))
        write(end.bytes)
    }
}
