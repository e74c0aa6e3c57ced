import SwiftEmitter

/// Swift symbols added, removed or changed between two schemas, one line each. A type that
/// comes or goes is one line that counts its members, not a line per member.
struct SymbolChanges: Codable, Equatable, Sendable {
    var added: [String]
    var removed: [String]
    var changed: [String]

    init(old: [String: SwiftSymbol], new: [String: SwiftSymbol]) {
        added = Self.lines(Set(new.keys.filter { old[$0] == nil }), in: new)
        removed = Self.lines(Set(old.keys.filter { new[$0] == nil }), in: old)
        changed = new.keys.sorted().compactMap { key in
            guard let before = old[key], let after = new[key], before.signature != after.signature else { return nil }
            return "\(key): \(before.signature) → \(after.signature)"
        }
    }

    var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    private static func lines(_ keys: Set<String>, in table: [String: SwiftSymbol]) -> [String] {
        /// The types, innermost first, that `key` is declared in.
        func containers(of key: String) -> [String] {
            var result: [String] = []
            var container = table[key]?.container
            while let name = container, !result.contains(name) {
                result.append(name)
                container = table[name]?.container
            }
            return result
        }
        let folded = keys.filter { key in containers(of: key).contains(where: keys.contains) }
        return keys.subtracting(folded).sorted().map { key in
            let symbol = table[key]!
            let members = folded.filter { containers(of: $0).contains(key) }.count
            return symbol.declaration + (members == 0 ? "" : " (with \(members) member\(members == 1 ? "" : "s"))")
        }
    }
}
