/// The members of a JSON object, kept sorted by their keys' UTF-8 bytes, the order the
/// document writes them in. Most objects of the document have a handful of members, and a
/// large API makes hundreds of thousands of them: a sorted array finds a key by binary
/// search, with neither hashing to build it nor sorting to write it, which a dictionary
/// needed both of.
public struct JSONMembers: Equatable, Sendable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: String, value: JSON)

    private var members: [Element] = []

    public init() {}

    /// A repeated key keeps its last value, as assigning into a dictionary would.
    public init(dictionaryLiteral elements: (String, JSON)...) {
        // Room for the few members the document adds to a literal (a description, a source).
        members.reserveCapacity(elements.count + 3)
        for (key, value) in elements { self[key] = value }
    }

    /// The first value of each key, as `[String: JSON](_:uniquingKeysWith: { first, _ in first })` would keep.
    public init(firstOf pairs: [(String, JSON)]) {
        members.reserveCapacity(pairs.count)
        for (key, value) in pairs where self[key] == nil { self[key] = value }
    }

    /// Room for `count` members, added one by one without growing the storage.
    public mutating func reserveCapacity(_ count: Int) { members.reserveCapacity(count) }

    public var isEmpty: Bool { members.isEmpty }
    public var count: Int { members.count }

    /// Reading a missing key gives nil; assigning nil removes the key.
    public subscript(key: String) -> JSON? {
        get {
            let (index, found) = position(of: key)
            return found ? members[index].value : nil
        }
        set {
            let (index, found) = position(of: key)
            switch (found, newValue) {
            case (true, let value?): members[index].value = value
            case (true, nil): members.remove(at: index)
            case (false, let value?): members.insert((key, value), at: index)
            case (false, nil): break
            }
        }
    }

    /// In key order.
    public func makeIterator() -> IndexingIterator<[Element]> { members.makeIterator() }

    public static func == (lhs: JSONMembers, rhs: JSONMembers) -> Bool {
        lhs.members.elementsEqual(rhs.members) { $0.key == $1.key && $0.value == $1.value }
    }

    /// Where `key` is, or where it would go to keep the order.
    private func position(of key: String) -> (index: Int, found: Bool) {
        // Members are mostly added in order: the end is tried first.
        if let last = members.last, JSON.precedes(last.key, key) { return (members.count, false) }
        var low = 0
        var high = members.count
        while low < high {
            let middle = (low + high) / 2
            if JSON.precedes(members[middle].key, key) { low = middle + 1 } else { high = middle }
        }
        // `members[low]` is the first key not before `key`: the same bytes unless `key` comes first.
        return (low, low < members.count && !JSON.precedes(key, members[low].key))
    }
}
