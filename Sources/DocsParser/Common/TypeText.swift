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
        if let ascii = Self(asciiText: rawText) {
            self = ascii
            return
        }
        text = String(rawText.trimmed(.whitespaces))
        var core = Substring(text)
        isNullable = core.endsWithText("?")
        if isNullable { core = core.dropLast() }
        isArray = core.endsWithText("[]")
        if isArray { core = core.dropLast(2) }
        if !isNullable, core.endsWithText("?") {  // `eX?[]` is read the same as `eX[]?`
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

    /// The same reading done on bytes, for text that is plain ASCII (nearly every type is;
    /// every stage reads types, the emitter once per field and use): nil for any other text.
    /// Only the text and the word a base carries become Strings; the primitive names are
    /// matched on the bytes, as the lower-cased word would be looked up in `primitives`.
    private init?(asciiText rawText: String) {
        guard rawText.isPlainASCII else { return nil }
        var text = rawText
        var base = Base.any
        var isNullable = false
        var isArray = false
        rawText.utf8Buffer { bytes in
            func string(_ range: Range<Int>) -> String {
                range == 0..<bytes.count ? rawText : String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            var start = 0
            var end = bytes.count
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            text = string(start..<end)
            let question = UInt8(ascii: "?")
            isNullable = end > start && bytes[end - 1] == question
            if isNullable { end -= 1 }
            isArray = end - start >= 2 && bytes[end - 2] == UInt8(ascii: "[") && bytes[end - 1] == UInt8(ascii: "]")
            if isArray { end -= 2 }
            if !isNullable, end > start, bytes[end - 1] == question {
                isNullable = true
                end -= 1
            }
            let core = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if let primitive = Self.primitive(lowercasedEquals: core) {
                base = primitive
            } else if Self.isEnumName(core) {
                base = .enumeration(string(start..<end))
            } else if Self.isEntityName(core) {
                base = .entity(string(start..<end))
            } else {
                base = .unknown(string(start..<end))
            }
        }
        self.text = text
        self.base = base
        self.isNullable = isNullable
        self.isArray = isArray
    }

    /// `primitives[word.lowercased()]` for an ASCII word given as bytes.
    private static func primitive(lowercasedEquals word: UnsafeBufferPointer<UInt8>) -> Base? {
        guard word.count >= 3, word.count <= 8 else { return nil }
        for (name, base) in primitiveBytes where name.count == word.count {
            var equal = true
            for index in 0..<name.count where word[index] | 0x20 != name[index] {
                equal = false
                break
            }
            if equal { return base }
        }
        return nil
    }

    /// `primitives` as bytes (every name lower-case letters, 3 to 8 of them).
    private static let primitiveBytes: [([UInt8], Base)] = primitives.map { (Array($0.key.utf8), $0.value) }

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
        if let ascii = word.utf8Buffer({ bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            return isEnumName(bytes)
        }) {
            return ascii
        }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count > 1, scalars[0] == "e", scalars[1].properties.isUppercase else { return false }
        return scalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// Every scalar must be ASCII, so bytes decide it exactly.
    static func isEntityName(_ word: String) -> Bool {
        word.utf8Buffer(isEntityName)
    }

    static func isEntityName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, first.isASCIIUppercase else { return false }
        return bytes.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == UInt8(ascii: "_") }
    }

    /// `isEnumName` for ASCII bytes.
    static func isEnumName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count > 1, bytes[0] == UInt8(ascii: "e"), bytes[1].isASCIIUppercase else { return false }
        return bytes.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == UInt8(ascii: "_") }
    }

    /// Whether a line of rendered page text could be a type (used to find field groups).
    static func looksLikeType(_ line: Substring) -> Bool {
        // Most lines asked are prose: 81 plain ASCII bytes in front are 81 Characters at
        // least (each but the last is followed by an ASCII byte, which joins nothing), too
        // long for a type, told without reading the rest of the line.
        if line.utf8.count > 80, line.utf8.prefix(81).allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return false }
        if line.isPlainASCII {
            let count = line.utf8.count
            guard count > 0, count <= 80, !line.utf8.contains(0x20) else { return false }
            let type = TypeText(String(line))
            switch type.base {
            case .unknown(let word): return !word.isEmpty && word.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
            case .entity: return type.isArray
            default: return true
            }
        }
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
