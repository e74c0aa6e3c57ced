/// Turns the API's names into Swift names. The API's own casing is kept inside a name
/// (`StripeVerificationSessionId` becomes `stripeVerificationSessionId`, as the design's
/// `IdVerificationStatus` keeps `Id`); only the leading word is lower-cased for members.
public enum SwiftNaming {
    /// `BusinessId` → `businessId`, `URLPath` → `urlPath`, `IDNumber` → `idNumber`.
    public static func memberName(_ apiName: String) -> String {
        let words = identifierWords(apiName)
        guard let first = words.first else { return "_" }
        var name = lowerLeadingRun(first) + words.dropFirst().map(upperFirst).joined()
        if let leading = name.first, leading.isNumber { name = "_" + name }
        return escapedIfReserved(name)
    }

    /// `eIdVerificationStatus` → `IdVerificationStatus`; `coworker type` → `CoworkerType`.
    public static func typeName(_ apiName: String) -> String {
        var name = apiName
        if name.count > 1, name.first == "e", name.dropFirst().first?.isUppercase == true { name.removeFirst() }
        var result = identifierWords(name).map(upperFirst).joined()
        if result.isEmpty { result = "Unnamed" }
        if let leading = result.first, leading.isNumber { result = "_" + result }
        return reservedTypeNames.contains(result) ? result + "Value" : result
    }

    /// Words of an identifier made of any text: letters and digits kept, the rest split.
    static func identifierWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber || character == "_" {
                // Only ASCII letters and digits make portable identifiers.
                if character.isASCII { current.append(character) } else { current.append("_") }
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static func upperFirst(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// Lower-cases the leading run of capitals, leaving the capital that starts the next word.
    static func lowerLeadingRun(_ word: String) -> String {
        let characters = Array(word)
        var run = 0
        while run < characters.count, characters[run].isUppercase { run += 1 }
        if run == 0 { return word }
        let lowered: Int
        if run == 1 || run == characters.count || !characters[run].isLetter {
            lowered = run
        } else {
            lowered = run - 1  // `URLPath`: `url` + `Path`
        }
        return String(characters[..<lowered]).lowercased() + String(characters[lowered...])
    }

    /// Swift keywords, escaped with backticks; names that backticks cannot rescue are renamed.
    public static func escapedIfReserved(_ name: String) -> String {
        if unescapableMembers.contains(name) { return name + "_" }
        return keywords.contains(name) ? "`\(name)`" : name
    }

    /// Member names that mean something else even in backticks (`x.self`, `x.init`).
    static let unescapableMembers: Set<String> = ["self", "Self", "init", "deinit", "subscript", "Type", "Protocol", "super"]

    static let reservedTypeNames: Set<String> = [
        "Any", "Self", "Type", "Protocol", "String", "Int", "Double", "Bool", "Array", "Dictionary", "Optional",
        "Date", "Data", "URL", "Error", "Result", "Codable", "Decodable", "Encodable", "Hashable", "Sendable",
        "Identifiable", "CodingKey", "CodingKeys", "JSONValue", "NexudusDate", "ListResult", "ActionResult",
    ]

    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer",
        "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
        "while", "Any", "as", "false", "is", "nil", "super", "self", "Self", "throws", "true", "try", "await",
        "async", "consume", "copy", "discard", "borrowing", "consuming", "some", "any", "Type", "Protocol",
        "package", "each", "repeat",
    ]

    /// Makes every name unique by suffixing 2, 3, … in order, so two API names that map to
    /// one Swift name (`Id` and `ID`) still compile, deterministically.
    public static func uniqued(_ names: [String], reserved: Set<String> = []) -> [String] {
        var used = reserved
        return names.map { name in
            var candidate = name
            var counter = 2
            while used.contains(unescaped(candidate)) {
                let base = unescaped(name)
                candidate = escapedIfReserved(base + String(counter))
                counter += 1
            }
            used.insert(unescaped(candidate))
            return candidate
        }
    }

    static func unescaped(_ name: String) -> String {
        name.hasPrefix("`") ? String(name.dropFirst().dropLast()) : name
    }
}
