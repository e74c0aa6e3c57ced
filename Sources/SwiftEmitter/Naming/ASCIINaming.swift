/// `SwiftNaming`'s rules on the bytes of an ASCII name. Every field of every page is named
/// several times (property, initializer label, coding key, sort case), and Character
/// properties (`isLetter`, `isUppercase`) cost a Unicode table lookup each. On ASCII text the
/// answers are plain byte ranges, so this gives the same names; any other name returns nil
/// and takes the Unicode path.
enum ASCIINaming {
    /// Built in one buffer, word by word, as the name is asked for every field many times.
    static func memberName(_ apiName: String) -> String? {
        var text = apiName
        return text.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var name: [UInt8] = []
            name.reserveCapacity(bytes.count + 1)
            var wordCount = 0
            var onlyUnderscores = true
            var start = 0
            while start < bytes.count {
                guard isWordByte(bytes[start]) else {
                    start += 1
                    continue
                }
                var end = start
                while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if word.contains(where: { $0 != underscore }) { onlyUnderscores = false }
                if wordCount == 0 {
                    appendLowerLeadingRun(word, to: &name)
                } else {
                    name.append(isLower(word[0]) ? word[0] - 0x20 : word[0])
                    name.append(contentsOf: word.dropFirst())
                }
                wordCount += 1
                start = end
            }
            guard wordCount > 0, !onlyUnderscores else { return "unnamed" }
            if isDigit(name[0]) { name.insert(underscore, at: 0) }
            return SwiftNaming.escapedIfReserved(String(decoding: name, as: UTF8.self))
        }
    }

    /// `SwiftNaming.lowerLeadingRun`, appended to `name`.
    private static func appendLowerLeadingRun(_ word: UnsafeBufferPointer<UInt8>, to name: inout [UInt8]) {
        var run = 0
        while run < word.count, isUpper(word[run]) { run += 1 }
        let lowered: Int
        if run == 0 {
            lowered = 0
        } else if run == 1 || run == word.count || !isLetter(word[run]) {
            lowered = run
        } else if word[run] == UInt8(ascii: "s"), run + 1 == word.count || !isLower(word[run + 1]) {
            lowered = run + 1
        } else {
            lowered = run - 1
        }
        for byte in word[..<lowered] { name.append(isUpper(byte) ? byte + 0x20 : byte) }
        name.append(contentsOf: word[lowered...])
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
    /// (a `\r\n` pair included, one Character there) separates them.
    private static func words(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var words: [ArraySlice<UInt8>] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || !isWordByte(bytes[index]) {
            if index > start { words.append(bytes[start..<index]) }
            start = index + 1
        }
        return words
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
