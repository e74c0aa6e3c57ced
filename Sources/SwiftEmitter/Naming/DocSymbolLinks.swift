import APISchema

/// The docs' enum references as symbol links to the Swift types the emitter declares, so
/// Quick Help and DocC link them:
///
/// - `See eIdentityCheckProvider enum values: 0 = None, 1 = Manual` →
///   ``See ``IdentityCheckProvider`` values: 0 = None, 1 = Manual`` (the values stay: they
///   are the docs' words);
/// - `See eGender enum above.` → ``See ``Gender``.`` (there is no "above" in Swift);
/// - `Defaults to eGender.NotSet` → ``Defaults to ``Gender/notSet`` `` (a documented value
///   links to its case; a value the enum does not list links to the type);
/// - any other `eGender` or `` `eGender` `` → ``` ``Gender`` ```.
///
/// A name no enum of the schema has is left as written: a link to nothing would mislead.
struct DocSymbolLinks: Sendable {
    /// The Swift type of each documented enum, by its docs name.
    let typeNames: [String: String]
    /// The Swift case of each documented value, by enum and value name.
    let caseNames: [String: [String: String]]

    init(typeNames: [String: String], caseNames: [String: [String: String]]) {
        self.typeNames = typeNames
        self.caseNames = caseNames
    }

    init(schema: APISchema, typeNames: [String: String]) {
        var cases: [String: [String: String]] = [:]
        for enumType in schema.enums where cases[enumType.name] == nil {
            let names = EnumCases.caseNames(for: enumType)
            var byValue: [String: String] = [:]
            for value in enumType.values where byValue[value.name] == nil {
                if let name = names[value.value] { byValue[value.name] = name }
            }
            cases[enumType.name] = byValue
        }
        self.init(typeNames: typeNames, caseNames: cases)
    }

    /// `text` with every known enum reference as a symbol link.
    func linked(_ text: String) -> String {
        guard !typeNames.isEmpty, Self.mayMentionEnum(text) else { return text }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            // A reference starts with `See `, a backquote or the `e` of a name: other bytes
            // are copied without trying a match.
            let byte = bytes[index]
            if byte == UInt8(ascii: "S") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "e"),
               let reference = Reference.match(bytes, at: index) {
                result += Array(replacement(for: reference, in: bytes).utf8)
                index = reference.end
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The link for one reference, or its text as written when no enum has its name.
    private func replacement(for reference: Reference, in bytes: [UInt8]) -> String {
        let text = { (range: Range<Int>) in String(decoding: bytes[range], as: UTF8.self) }
        let name = text(reference.name)
        guard let typeName = typeNames[name] else { return text(reference.start..<reference.end) }
        var symbol = "``\(typeName)``"
        if let memberRange = reference.member {
            let member = text(memberRange)
            if let caseName = caseNames[name]?[member] {
                // A link names the case without the backticks of a keyword (`default`).
                symbol = "``\(typeName)/\(caseName.filter { $0 != "`" })``"
            } else {
                symbol += ".\(member)"
            }
        }
        let see = reference.see ? "See " : ""
        switch reference.tail {
        case .values?: return see + symbol + " values:"
        case .above(let period)?: return see + symbol + (period ? "." : "")
        case .enumWord(let period)?: return reference.see ? see + symbol + (period ? "." : "") : symbol + " enum" + (period ? "." : "")
        case nil: return see + symbol
        }
    }

    /// One reference found in the text: byte ranges of its parts.
    struct Reference {
        enum Tail: Equatable {
            /// ` enum values:`
            case values
            /// ` enum above`, with its period or not
            case above(period: Bool)
            /// ` enum`, with its period or not
            case enumWord(period: Bool)
        }

        var start: Int
        var end: Int
        var see: Bool
        var name: Range<Int>
        var member: Range<Int>?
        var tail: Tail?

        /// `See `, then the name bare or in backticks (with an optional `.Value`, and a `?`
        /// of a nullable type), then ` enum values:`, ` enum above` or ` enum` (a `?` of a
        /// nullable type may come first). A bare name starts a word; a name is `e` and a
        /// capital letter, then letters, digits or `_`.
        static func match(_ bytes: [UInt8], at start: Int) -> Reference? {
            let see = hasPrefix(bytes, at: start, "See ")
            var position = see ? start + 4 : start
            guard position < bytes.count else { return nil }
            var reference: Reference
            if bytes[position] == UInt8(ascii: "`") {
                guard let name = name(bytes, at: position + 1) else { return nil }
                position = name.upperBound
                let member = member(bytes, at: position)
                if let member { position = member.upperBound }
                if position < bytes.count, bytes[position] == UInt8(ascii: "?") { position += 1 }
                guard position < bytes.count, bytes[position] == UInt8(ascii: "`") else { return nil }
                reference = Reference(start: start, end: position + 1, see: see, name: name, member: member)
            } else {
                // After a backquote the name is in a code span that did not close where a name ends.
                guard position == 0 || !(isWord(bytes[position - 1]) || bytes[position - 1] == UInt8(ascii: "`")),
                      let name = name(bytes, at: position) else { return nil }
                let member = member(bytes, at: name.upperBound)
                reference = Reference(start: start, end: member?.upperBound ?? name.upperBound, see: see, name: name, member: member)
            }
            reference.readTail(bytes)
            return reference
        }

        private mutating func readTail(_ bytes: [UInt8]) {
            var position = end
            if position < bytes.count, bytes[position] == UInt8(ascii: "?") { position += 1 }
            guard Self.hasPrefix(bytes, at: position, " enum") else { return }
            if Self.hasPrefix(bytes, at: position, " enum values:") {
                (tail, end) = (.values, position + 13)
            } else if Self.hasPrefix(bytes, at: position, " enum above") {
                let period = Self.hasPrefix(bytes, at: position + 11, ".")
                (tail, end) = (.above(period: period), position + 11 + (period ? 1 : 0))
            } else {
                let after = position + 5
                let period = Self.hasPrefix(bytes, at: after, ".") && !(after + 1 < bytes.count && Self.isWord(bytes[after + 1]))
                let next = after + (period ? 1 : 0)
                guard next >= bytes.count || !Self.isWord(bytes[next]) else { return }
                (tail, end) = (.enumWord(period: period), next)
            }
        }

        private static func name(_ bytes: [UInt8], at start: Int) -> Range<Int>? {
            guard start + 1 < bytes.count, bytes[start] == UInt8(ascii: "e"),
                  bytes[start + 1] >= UInt8(ascii: "A"), bytes[start + 1] <= UInt8(ascii: "Z") else { return nil }
            var end = start + 2
            while end < bytes.count, isIdentifier(bytes[end]) { end += 1 }
            return start..<end
        }

        private static func member(_ bytes: [UInt8], at dot: Int) -> Range<Int>? {
            guard dot + 1 < bytes.count, bytes[dot] == UInt8(ascii: "."), isIdentifier(bytes[dot + 1]), !isDigit(bytes[dot + 1]) else { return nil }
            var end = dot + 2
            while end < bytes.count, isIdentifier(bytes[end]) { end += 1 }
            return (dot + 1)..<end
        }

        private static func hasPrefix(_ bytes: [UInt8], at start: Int, _ prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard start + count <= bytes.count else { return false }
            return prefix.withUTF8Buffer { prefix in (0..<count).allSatisfy { bytes[start + $0] == prefix[$0] } }
        }

        private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        private static func isIdentifier(_ byte: UInt8) -> Bool {
            isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
        }

        /// A byte of a word: an identifier byte, or any byte of a non-ASCII character (a
        /// letter of another script must not start a name in the middle of a word).
        private static func isWord(_ byte: UInt8) -> Bool { isIdentifier(byte) || byte >= 0x80 }
    }

    /// Whether `text` has an `e` followed by a capital letter anywhere: most descriptions do
    /// not, and they skip the regular expression.
    static func mayMentionEnum(_ text: String) -> Bool {
        var previous: UInt8 = 0
        return UTF8Scan.contains(text) { byte in
            defer { previous = byte }
            return previous == UInt8(ascii: "e") && byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
        }
    }
}
