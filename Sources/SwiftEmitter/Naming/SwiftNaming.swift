/// Turns the API's names into Swift names. The API's own casing is kept inside a name
/// (`StripeVerificationSessionId` becomes `stripeVerificationSessionId`, as the design's
/// `IdVerificationStatus` keeps `Id`); only the leading word is lower-cased for members.
public enum SwiftNaming {
    /// `BusinessId` → `businessId`, `URLPath` → `urlPath`, `IDNumber` → `idNumber`.
    public static func memberName(_ apiName: String) -> String {
        if let name = ASCIINaming.memberName(apiName) { return name }
        let words = identifierWords(apiName)
        // `_` alone is the wildcard, not a name; text with no letters or digits gets one.
        guard let first = words.first, !words.allSatisfy({ $0.allSatisfy { $0 == "_" } }) else { return "unnamed" }
        var name = lowerLeadingRun(first) + words.dropFirst().map(upperFirst).joined()
        if let leading = name.first, leading.isNumber { name = "_" + name }
        return escapedIfReserved(name)
    }

    /// `eIdVerificationStatus` → `IdVerificationStatus`; `coworker type` → `CoworkerType`.
    public static func typeName(_ apiName: String) -> String {
        if let name = ASCIINaming.typeName(apiName) { return name }
        var name = apiName
        if name.count > 1, name.first == "e", name.dropFirst().first?.isUppercase == true { name.removeFirst() }
        var result = identifierWords(name).map(upperFirst).joined()
        if result.allSatisfy({ $0 == "_" }) { result = "Unnamed" }
        if let leading = result.first, leading.isNumber { result = "_" + result }
        return finishedTypeName(result)
    }

    /// A type name may not be one the generated code already uses.
    static func finishedTypeName(_ name: String) -> String {
        reservedTypeNames.contains(name) ? name + "Value" : name
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
    /// A plural acronym is one word: `URLs` → `urls`, `IDsToMerge` → `idsToMerge`.
    static func lowerLeadingRun(_ word: String) -> String {
        let characters = Array(word)
        var run = 0
        while run < characters.count, characters[run].isUppercase { run += 1 }
        if run == 0 { return word }
        let lowered: Int
        if run == 1 || run == characters.count || !characters[run].isLetter {
            lowered = run
        } else if characters[run] == "s", run + 1 == characters.count || !characters[run + 1].isLowercase {
            lowered = run + 1
        } else {
            lowered = run - 1  // `URLPath`: `url` + `Path`
        }
        return String(characters[..<lowered]).lowercased() + String(characters[lowered...])
    }

    /// Swift keywords, escaped with backticks; names that backticks cannot rescue are renamed.
    public static func escapedIfReserved(_ name: String) -> String {
        guard mayBeReserved(name) else { return name }
        if unescapableMembers.contains(name) { return name + "_" }
        return keywords.contains(name) ? "`\(name)`" : name
    }

    /// Every keyword and unescapable member is 2 to 15 ASCII letters, only the first of which
    /// may be upper case: any other name (`firstName`, `id2`) is none of them, and skips
    /// hashing into both sets, asked for every name of every field.
    static func mayBeReserved(_ name: String) -> Bool {
        let utf8 = name.utf8
        guard utf8.count >= 2, utf8.count <= 15 else { return false }
        var isFirst = true
        for byte in utf8 {
            let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            guard isLower || (isUpper && isFirst) else { return false }
            isFirst = false
        }
        return true
    }

    /// Member names that mean something else even in backticks (`x.self`, `x.init`).
    static let unescapableMembers: Set<String> = ["self", "Self", "init", "deinit", "subscript", "Type", "Protocol", "super"]

    /// Type names a documented name must not take: Swift's and Foundation's types the generated
    /// code uses, and every type the runtime (`Sources/NexudusRuntime`) declares (an `eSortDirection` enum must
    /// not redeclare the runtime's `SortDirection`).
    static let reservedTypeNames: Set<String> = [
        "Any", "Self", "Type", "Protocol", "String", "Int", "Double", "Bool", "Array", "Dictionary", "Optional",
        "Set", "Never", "Void", "Character", "Date", "Data", "URL", "URLQueryItem", "URLRequest", "URLSession",
        "Error", "Result", "Codable", "Decodable", "Encodable", "Decoder", "Encoder", "Hashable", "Sendable",
        "Identifiable", "CaseIterable", "RawRepresentable", "OptionSet", "CustomStringConvertible",
        "CodingKey", "CodingKeys", "CustomReflectable", "Mirror", "Foundation", "FoundationNetworking", "NexudusAPI",
        "NexudusRuntime", "DateText", "JSONCodingKey", "JSONKeyTable", "JSONReadError", "JSONReadable", "JSONReader", "JSONRecordValue",
        "ListResultKeys", "LocalDateTime", "RecordFailure",
        // Declared by Sources/NexudusRuntime.
        "ActionResult", "AdditionalProperties", "EncodedBody", "Endpoint", "EndpointEncoding", "ErrorResponse",
        "HTTPTransport", "JSONConvertible", "JSONField", "JSONIntegerCoded", "JSONKey", "JSONLayout", "JSONObject",
        "RequestBody", "FieldState", "QueryValue", "JSONValue", "ListResult", "NexudusClient", "NexudusDate", "NexudusError", "PageSequence",
        "Redacted", "SortDirection", "SortDirectionValues", "TransportResponse", "URLSessionTransport", "Validation", "ValidationError",
        "SearchQuery", "UncheckedFields",
        "CommandRequest", "Credentials", "DecodingFailure", "EntityCommand", "NexudusClock", "ObservedRequest",
        "RateLimiter", "RequestEvent", "RequestObserver", "ResponseClassifier", "RetryPolicy", "Secret", "SystemClock",
        "TokenError", "TokenExchange", "TokenProvider", "TokenSet", "TransportError",
        // Declared inside every request body, where it would hide an outer type of that name.
        "Defaults",
    ]

    /// Words that need backticks as a property, parameter or case name. Contextual keywords
    /// (`open`, `some`, `any`, `async`, `get`, `package`, …) are plain identifiers in every
    /// place the templates put a member name, so they stay unescaped.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer",
        "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
        "while", "Any", "as", "false", "is", "nil", "super", "self", "Self", "throws", "true", "try", "await",
        "Type", "Protocol",
    ]

    /// Makes every name unique by suffixing 2, 3, … in order, so two API names that map to
    /// one Swift name (`Id` and `ID`) still compile, deterministically.
    public static func uniqued(_ names: [String], reserved: Set<String> = []) -> [String] {
        var used = reserved
        used.reserveCapacity(reserved.count + names.count)  // grown once, not rehashed as it fills
        return names.map { unique($0, in: &used) }
    }

    /// `name`, or `name2`, `name3`, … when `used` has it; the result joins `used`. The same
    /// as `uniqued([name], reserved: used)[0]` without copying the set for every name.
    public static func unique(_ name: String, in used: inout Set<String>) -> String {
        var candidate = name
        var plain = unescaped(name)
        var counter = 2
        // `insert` answers whether the name was free: one lookup for the usual case.
        while !used.insert(plain).inserted {
            candidate = escapedIfReserved(unescaped(name) + String(counter))
            plain = unescaped(candidate)
            counter += 1
        }
        return candidate
    }

    /// A member name as an argument label at a call site: keywords need no backticks there
    /// (Swift 6.3 warns about them, `let` and `var` included), except `inout`.
    static func argumentLabel(_ name: String) -> String {
        let plain = unescaped(name)
        return plain == "inout" ? name : plain
    }

    static func unescaped(_ name: String) -> String {
        // The byte first: most names do not start with a backquote, and skip the Character test.
        name.utf8.first == UInt8(ascii: "`") && name.hasPrefix("`") ? String(name.dropFirst().dropLast()) : name
    }
}
