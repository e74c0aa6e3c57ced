/// The members of a template object, in the order they were given. A context object has a
/// handful of short keys and is read a few times by name: a linear scan over short strings
/// is several times cheaper than hashing each key into a dictionary, both to build (tens of
/// thousands of small objects for a large API) and to look up (every variable of every
/// template); keys of another length are passed over without comparing them. Equality
/// ignores the order, as a dictionary's does.
public struct TemplateObject: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: String, value: TemplateValue)

    /// The pairs as a dictionary literal gives them: an object made from a literal keeps the
    /// literal's own array, with no member copied into storage of its own.
    private var members: [(String, TemplateValue)]

    public init() { members = [] }

    /// A repeated key keeps its last value, as assigning into a dictionary would.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        guard Self.repeatsAKey(elements) else {
            members = elements
            return
        }
        members = []
        for (key, value) in elements { self[key] = value }
    }

    /// Whether two of the pairs have one key (keys of another length are not compared).
    private static func repeatsAKey(_ pairs: [(String, TemplateValue)]) -> Bool {
        for index in pairs.indices.dropFirst() {
            let key = pairs[index].0
            let length = key.utf8.count
            for earlier in pairs[..<index] where earlier.0.utf8.count == length && earlier.0 == key { return true }
        }
        return false
    }

    public var isEmpty: Bool { members.isEmpty }
    public var count: Int { members.count }
    public var keys: [String] { members.map(\.0) }

    /// Reading a missing key gives nil; assigning nil removes the key.
    public subscript(key: String) -> TemplateValue? {
        get {
            let length = key.utf8.count
            for member in members where member.0.utf8.count == length && member.0 == key { return member.1 }
            return nil
        }
        set {
            let length = key.utf8.count
            if let index = members.firstIndex(where: { $0.0.utf8.count == length && $0.0 == key }) {
                if let newValue { members[index].1 = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append((key, newValue))
            }
        }
    }

    public func makeIterator() -> Iterator { Iterator(members: members.makeIterator()) }

    /// The members in the order they were given, as `(key, value)` pairs.
    public struct Iterator: IteratorProtocol {
        fileprivate var members: IndexingIterator<[(String, TemplateValue)]>

        public mutating func next() -> Element? {
            members.next().map { (key: $0.0, value: $0.1) }
        }
    }

    public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
        lhs.count == rhs.count && lhs.members.allSatisfy { rhs[$0.0] == $0.1 }
    }
}
