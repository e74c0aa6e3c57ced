/// The documented type of a field, taken apart: `integer[]`, `eRegularPaymentProvider?`,
/// `CoworkerIdentityCheck[]`. The text is kept as written; this only classifies it.
public struct TypeText: Hashable, Sendable {
    public enum Base: Hashable, Sendable {
        case integer, number, boolean, string, object, array, any
        /// A documented enum name used as a type (`eGender`).
        case enumeration(String)
        /// Another entity of the API (`CoworkerIdentityCheck` in `CoworkerIdentityCheck[]`).
        case entity(String)
        /// A word the generator does not know; the page gets a warning.
        case unknown(String)
    }

    public var text: String
    public var base: Base
    public var isArray: Bool
    public var isNullable: Bool

    /// The primitive names the docs use, with the spellings seen in the family of pages.
    static let primitives: [String: Base] = [
        "integer": .integer, "int": .integer, "long": .integer,
        "number": .number, "decimal": .number, "double": .number, "float": .number,
        "boolean": .boolean, "bool": .boolean,
        "string": .string, "date": .string, "datetime": .string,
        "object": .object, "array": .array, "any": .any,
    ]

    public init(_ rawText: String) {
        text = String(rawText.trimmed(.whitespaces))
        var core = Substring(text)
        isNullable = core.hasSuffix("?")
        if isNullable { core = core.dropLast() }
        isArray = core.hasSuffix("[]")
        if isArray { core = core.dropLast(2) }
        if !isNullable, core.hasSuffix("?") {  // `eX?[]` is read the same as `eX[]?`
            isNullable = true
            core = core.dropLast()
        }
        let word = String(core)
        if let primitive = Self.primitives[word.lowercased()] {
            base = primitive
        } else if Self.isEnumName(word) {
            base = .enumeration(word)
        } else if Self.isEntityName(word) {
            base = .entity(word)
        } else {
            base = .unknown(word)
        }
    }

    public var isKnown: Bool {
        if case .unknown = base { return false }
        return true
    }

    public var enumName: String? {
        if case .enumeration(let name) = base { return name }
        return nil
    }

    /// Nexudus enums are named `eSomething`: a lower-case `e` then an upper-case letter.
    public static func isEnumName(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count > 1, scalars[0] == "e", scalars[1].properties.isUppercase else { return false }
        return scalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
    }

    static func isEntityName(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase, first.isASCII else { return false }
        return word.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
    }

    /// Whether a line of rendered page text could be a type (used to find field groups).
    static func looksLikeType(_ line: Substring) -> Bool {
        guard !line.isEmpty, line.count <= 80, !line.contains(" ") else { return false }
        let type = TypeText(String(line))
        switch type.base {
        case .unknown(let word):
            // An unknown lower-case word is still read as a type (and warned about) when it
            // has the shape of one; anything else is prose.
            return !word.isEmpty && word.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isLowercase }
        case .entity:
            return type.isArray  // a bare capitalised word is more likely a field name
        default:
            return true
        }
    }
}
