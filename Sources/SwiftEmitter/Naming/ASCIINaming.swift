/// `SwiftNaming`'s rules on the bytes of an ASCII name. Every field of every page is named
/// several times (property, initializer label, coding key, sort case), and Character
/// properties (`isLetter`, `isUppercase`) cost a Unicode table lookup each. On ASCII text the
/// answers are plain byte ranges, so this gives the same names; any other name returns nil
/// and takes the Unicode path.
enum ASCIINaming {
    static func memberName(_ apiName: String) -> String? {
        guard let words = words(apiName) else { return nil }
        guard let first = words.first, !words.allSatisfy({ $0.allSatisfy { $0 == underscore } }) else { return "unnamed" }
        var name = lowerLeadingRun(first)
        for word in words.dropFirst() { name += upperFirst(word) }
        if let leading = name.first, isDigit(leading) { name.insert(underscore, at: 0) }
        return SwiftNaming.escapedIfReserved(String(decoding: name, as: UTF8.self))
    }

    static func typeName(_ apiName: String) -> String? {
        var bytes = Array(apiName.utf8)
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        if bytes.count > 1, bytes[0] == UInt8(ascii: "e"), isUpper(bytes[1]) { bytes.removeFirst() }
        var result: [UInt8] = []
        for word in words(bytes) { result += upperFirst(word) }
        if result.allSatisfy({ $0 == underscore }) { return SwiftNaming.finishedTypeName("Unnamed") }
        if isDigit(result[0]) { result.insert(underscore, at: 0) }
        return SwiftNaming.finishedTypeName(String(decoding: result, as: UTF8.self))
    }

    /// `identifierWords` for ASCII: letters, digits and `_` make words, any other byte
    /// (a `\r\n` pair included, one Character there) separates them. Nil for non-ASCII text.
    static func words(_ text: String) -> [ArraySlice<UInt8>]? {
        let bytes = Array(text.utf8)
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        return words(bytes)
    }

    private static func words(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var words: [ArraySlice<UInt8>] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || !isWordByte(bytes[index]) {
            if index > start { words.append(bytes[start..<index]) }
            start = index + 1
        }
        return words
    }

    /// Lower-cases the leading run of capitals as `SwiftNaming.lowerLeadingRun` does.
    static func lowerLeadingRun(_ word: ArraySlice<UInt8>) -> [UInt8] {
        let characters = Array(word)
        var run = 0
        while run < characters.count, isUpper(characters[run]) { run += 1 }
        if run == 0 { return characters }
        let lowered: Int
        if run == 1 || run == characters.count || !isLetter(characters[run]) {
            lowered = run
        } else if characters[run] == UInt8(ascii: "s"), run + 1 == characters.count || !isLower(characters[run + 1]) {
            lowered = run + 1
        } else {
            lowered = run - 1
        }
        return characters[..<lowered].map { isUpper($0) ? $0 + 0x20 : $0 } + characters[lowered...]
    }

    static func upperFirst(_ word: ArraySlice<UInt8>) -> [UInt8] {
        guard let first = word.first else { return [] }
        return [isLower(first) ? first - 0x20 : first] + word.dropFirst()
    }

    static let underscore = UInt8(ascii: "_")
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) || byte == underscore }
}
