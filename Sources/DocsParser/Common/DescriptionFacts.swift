import Foundation

/// Facts the docs state in prose rather than in markup: enum references in field
/// descriptions, enum defaults, the sort direction encoding, the role, partial records.
enum DescriptionFacts {
    struct EnumMention: Equatable {
        var name: String
        var nullable: Bool
        /// `NotSet` in "Defaults to eGender.NotSet".
        var defaultMember: String?
        /// The values listed inline: "See eX enum values: 0 = None, 1 = Manual".
        var values: [EnumValue]?
        /// An item of that list shaped like a value (`3 =`) that could not be read: the list
        /// was read up to it.
        var unreadValue: String?
    }

    /// The enum a field description refers to, if any. `readingValues: false` leaves an
    /// inline list of values unread (`values` nil), for a caller that wants only the name.
    static func enumMention(in description: String, readingValues: Bool = true) -> EnumMention? {
        guard description.containsText("See e") || description.containsText("efaults to e") else { return nil }
        var mention: EnumMention?
        if let (name, member) = enumDefault(in: description) {
            mention = EnumMention(name: name, nullable: false, defaultMember: member, values: nil)
        }
        if let range = description.rangeNonLiterally(of: "See ") {
            let token = word(after: range.upperBound, in: description)
            let nullable = token.endsWithText("?")
            let name = nullable ? String(token.dropLast()) : token
            if TypeText.isEnumName(name) {
                if mention == nil || mention?.name == name {
                    mention = EnumMention(name: name, nullable: nullable, defaultMember: mention?.defaultMember, values: nil)
                }
                if readingValues, let valuesRange = description.rangeNonLiterally(of: "values:", from: range.upperBound) {
                    let list = enumValueList(String(description[valuesRange.upperBound...]))
                    mention?.values = list.values
                    mention?.unreadValue = list.unread
                }
            }
        }
        return mention
    }

    /// "Defaults to eGender.NotSet" gives (`eGender`, `NotSet`).
    static func enumDefault(in description: String) -> (String, String)? {
        // Either spelling holds these bytes: a description without them is told by one search.
        guard description.containsText("efaults to "), let range = description.rangeNonLiterally(of: "Defaults to ") ?? description.rangeNonLiterally(of: "defaults to ") else { return nil }
        let token = word(after: range.upperBound, in: description)
        let parts = token.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, TypeText.isEnumName(String(parts[0])), !parts[1].isEmpty else { return nil }
        return (String(parts[0]), String(parts[1]))
    }

    /// A literal default stated in prose ("Defaults to 25.", "Defaults to `true`").
    static func literalDefault(in description: String) -> String? {
        guard description.containsText("efault"), let range = description.rangeNonLiterally(of: "Defaults to ") ?? description.rangeNonLiterally(of: "Default: ") else { return nil }
        let token = word(after: range.upperBound, in: description)
        if token == "true" || token == "false" || Int(token) != nil || Double(token) != nil { return token }
        return nil
    }

    /// "0 = None, 1 = Manual, 2 = StripeIdentity." as values. The list ends at the first item
    /// that is not `number = name`, or after a name that ends a sentence; a name may have
    /// spaces ("1 = Two Words"). `unread` is an item shaped like a value that could not be
    /// read (`3 = ` without a name), where the list stopped.
    static func enumValueList(_ text: String) -> (values: [EnumValue], unread: String?) {
        var values: [EnumValue] = []
        for item in text.split(separator: ",") {
            let pair = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2, let value = Int(pair[0].trimmed()) else {
                let start = item.trimmed()
                let looksLikeValue = start.first?.isNumber == true && start.contains("=")
                return (values, looksLikeValue ? String(start) : nil)
            }
            var name = pair[1].trimmed()
            // "2 = StripeIdentity. Use it for …": the sentence, and the list, end at the name.
            let sentenceEnd = name.rangeNonLiterally(of: ". ")
            if let sentenceEnd { name = name[..<sentenceEnd.lowerBound] }
            while let last = name.last, last == "." || last == "`" { name = name.dropLast() }
            if name.startsWithText("`") { name = name.dropFirst() }
            name = name.trimmed()
            guard !name.isEmpty else { return (values, String(item.trimmed())) }
            values.append(EnumValue(value: value, name: String(name)))
            if sentenceEnd != nil { break }
        }
        return (values, nil)
    }

    /// The role in "… must be a full unrestricted administrator or have the **`X-List`** role."
    static func role(in text: String) -> String? {
        guard let roleRange = text.rangeNonLiterally(of: " role") else { return nil }
        let before = text[..<roleRange.lowerBound]
        let token = lastWord(before)
        let cleaned = token.removingMarks("*`")
        guard cleaned.contains("-"), cleaned.first?.isLetter == true else { return nil }
        return cleaned
    }

    /// `before.split(whereSeparator: { $0 == " " }).last` as a String, or "": on the bytes
    /// when the text is plain ASCII (each byte one Character), by Characters otherwise.
    private static func lastWord(_ before: Substring) -> String {
        guard before.isPlainASCII else { return before.split(whereSeparator: { $0 == " " }).last.map(String.init) ?? "" }
        return before.utf8Buffer { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != UInt8(ascii: " ") { start -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// Reads the numbers a `dir` description gives for ascending and descending order.
    static func sortDirection(in description: String) -> SortDirectionEncoding? {
        // Plain ASCII text has no other spelling of the backtick: its bytes are replaced.
        let spaced = description.isPlainASCII
            ? String(decoding: description.utf8.map { $0 == UInt8(ascii: "`") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
            : description.replacingOccurrences(of: "`", with: " ")
        let tokens = spaced
            .split(whereSeparator: { " ,;:()=.".contains($0) })
            .map { String($0).lowercased() }
        func number(near keyword: String) -> String? {
            guard let position = tokens.firstIndex(where: { $0.hasPrefix(keyword) }) else { return nil }
            // "`0` for ascending" puts the number first; "ascending (0)" after.
            for distance in 1...3 {
                if position - distance >= 0, Int(tokens[position - distance]) != nil { return tokens[position - distance] }
                if position + distance < tokens.count, Int(tokens[position + distance]) != nil,
                   !(position + distance + 1 < tokens.count && tokens[position + distance + 1] == "for") {
                    return tokens[position + distance]
                }
            }
            return nil
        }
        guard let ascending = number(near: "asc"), let descending = number(near: "desc"), ascending != descending else {
            return nil
        }
        return SortDirectionEncoding(ascending: ascending, descending: descending)
    }

    /// The field names after "not populated … :" in a partial-records warning.
    static func partialRecordFields(in text: String) -> [String]? {
        guard let marker = text.rangeNonLiterally(of: "not populated") else { return nil }
        guard let colon = text.rangeNonLiterally(of: ":", from: marker.upperBound) else { return [] }
        var list = text[colon.upperBound...]
        if let end = list.rangeNonLiterally(of: ". ") ?? list.rangeNonLiterally(of: ".\n") { list = list[..<end.lowerBound] }
        var fields: [String] = []
        for piece in list.replacingNonLiterally(" and ", with: ",").split(separator: ",") {
            let name = piece.removingMarks("`*").trimmed()
            if name.endsWithText(".") {
                fields.append(String(name.dropLast()))
            } else if !name.isEmpty {
                fields.append(String(name))
            }
        }
        return fields.filter { $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }
    }

    static func isGetBeforePut(_ text: String) -> Bool {
        text.containsNonLiterally("PUT") && text.containsNonLiterally("GET") && (text.containsNonLiterally("full record") || text.containsNonLiterally("before"))
    }

    /// The word starting at `index`, without backticks, asterisks and trailing punctuation.
    private static func word(after index: String.Index, in text: String) -> String {
        if let word = asciiWord(after: index, in: text) { return word }
        var token = text[index...].drop(while: { $0 == "`" || $0 == "*" || $0 == " " })
        if let end = token.firstIndex(where: { $0 == " " || $0 == "`" || $0 == "*" || $0 == "," || $0 == ";" || $0 == ")" }) {
            token = token[..<end]
        }
        while let last = token.last, last == "." { token = token.dropLast() }
        return String(token)
    }

    /// `word(after:in:)` on the bytes, for a word of ASCII with an ASCII byte after the
    /// byte that ends it (so no combining mark joins it into another Character); nil
    /// leaves any other text to the Character rules. Every mention of an enum asks this.
    private static func asciiWord(after index: String.Index, in text: String) -> String? {
        let utf8 = text.utf8
        func isSkipped(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "`") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: " ") }
        func ends(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: ",")
                || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ")")
        }
        var start = index
        while start < utf8.endIndex, isSkipped(utf8[start]) { start = utf8.index(after: start) }
        var end = start
        while end < utf8.endIndex, !ends(utf8[end]) {
            guard utf8[end] < 0x80, utf8[end] != 0x0D else { return nil }
            end = utf8.index(after: end)
        }
        if end < utf8.endIndex {
            let next = utf8.index(after: end)
            if next < utf8.endIndex, utf8[next] >= 0x80 { return nil }
        }
        while end > start, utf8[utf8.index(before: end)] == UInt8(ascii: ".") { end = utf8.index(before: end) }
        return String(text[start..<end])
    }
}
