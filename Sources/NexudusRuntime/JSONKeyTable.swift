/// A record's documented keys, for `JSONReader.readObject`.
public struct JSONKeyTable: Sendable {
    let keys: [[UInt8]]
    let positions: [String: Int]

    public init(_ keys: [String]) {
        self.keys = keys.map { Array($0.utf8) }
        var positions: [String: Int] = [:]
        for (position, key) in keys.enumerated() where positions[key] == nil { positions[key] = position }
        self.positions = positions
    }

    static let empty = JSONKeyTable([])

    /// The API writes a record's keys in one order: the key after the last one found is
    /// tried first, by its bytes, before the table is searched.
    func index(of key: UnsafeBufferPointer<UInt8>, expected: Int) -> Int {
        if expected < keys.count, keys[expected].withUnsafeBufferPointer({ $0.elementsEqual(key) }) { return expected }
        if keys.isEmpty { return -1 }
        return positions[String(decoding: key, as: UTF8.self)] ?? -1
    }

    func index(of key: String) -> Int {
        positions[key] ?? -1
    }
}
