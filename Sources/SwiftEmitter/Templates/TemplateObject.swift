/// The members of a template object, in the order they were given. A context object has a
/// handful of short keys and is read a few times by name: a linear scan over short strings
/// is several times cheaper than hashing each key into a dictionary, both to build (tens of
/// thousands of small objects for a large API) and to look up (every variable of every
/// template); keys of another length are passed over without comparing them. Equality
/// ignores the order, as a dictionary's does.
public struct TemplateObject: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: String, value: TemplateValue)

    private var members: [Element]

    public init() { members = [] }

    /// A repeated key keeps its last value, as assigning into a dictionary would.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        members = []
        // Room for the `isFirst` and `isLast` that `TemplateValue.items` adds to a list's objects.
        members.reserveCapacity(elements.count + 2)
        for (key, value) in elements { self[key] = value }
    }

    public var isEmpty: Bool { members.isEmpty }
    public var count: Int { members.count }
    public var keys: [String] { members.map(\.key) }

    /// Reading a missing key gives nil; assigning nil removes the key.
    public subscript(key: String) -> TemplateValue? {
        get {
            let length = key.utf8.count
            for member in members where member.key.utf8.count == length && member.key == key { return member.value }
            return nil
        }
        set {
            let length = key.utf8.count
            if let index = members.firstIndex(where: { $0.key.utf8.count == length && $0.key == key }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append((key, newValue))
            }
        }
    }

    public func makeIterator() -> IndexingIterator<[Element]> { members.makeIterator() }

    public static func == (lhs: TemplateObject, rhs: TemplateObject) -> Bool {
        lhs.count == rhs.count && lhs.members.allSatisfy { rhs[$0.key] == $0.value }
    }
}
