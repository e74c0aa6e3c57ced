import APISchema
import Diagnostics

/// Maps a documented type to the Swift type that holds it. All record fields are optional
/// in Swift: the docs mark no response field as always present, and one missing key must
/// not fail a whole record.
struct TypeMapping {
    let schema: APISchema
    /// Entities that get a generated record type.
    let recordTypes: Set<String>
    /// The Swift type of each documented enum, by its docs name.
    let enumTypeNames: [String: String]

    init(schema: APISchema) {
        self.schema = schema
        self.recordTypes = Set(schema.entities.filter { !$0.fields.isEmpty }.map(\.name))
        self.enumTypeNames = Self.enumTypeNames(schema, recordTypes: recordTypes)
    }

    /// `eGender` → `Gender`, unless a type the emitter declares for an entity has that name
    /// (an enum `eGate` next to a `Gate` record, or two enums that differ only in non-ASCII
    /// letters): two declarations of one name would not compile, so the enum gets `Enum` added.
    static func enumTypeNames(_ schema: APISchema, recordTypes: Set<String>) -> [String: String] {
        var taken = Set(recordTypes.map(SwiftNaming.typeName))
        for operation in schema.operations {
            taken.insert(EndpointContext.namespace(for: operation.entity))
            if operation.kind == .search {
                taken.insert(SearchContext.typeName(for: operation))
                taken.insert(SwiftNaming.typeName(operation.entity) + "Listing")
            }
            if !operation.body.isEmpty, let request = RequestContext.typeName(for: operation) { taken.insert(request) }
        }
        var names: [String: String] = [:]
        for enumType in schema.enums where names[enumType.name] == nil {
            var name = SwiftNaming.typeName(enumType.name)
            while taken.contains(name) { name += "Enum" }
            taken.insert(name)
            names[enumType.name] = name
        }
        return names
    }

    /// The Swift type of a documented enum (see `enumTypeNames`).
    func enumTypeName(_ enumName: String) -> String {
        enumTypeNames[enumName] ?? SwiftNaming.typeName(enumName)
    }

    /// The Swift type of `field`, without optionality; `nestedType` names the struct emitted
    /// for a field with documented children.
    func swiftType(of field: Field, nestedType: String?) -> String {
        let type = TypeText(field.type)
        if let enumName = field.enum ?? type.enumName, schema.enumType(named: enumName) != nil {
            let name = enumTypeName(enumName)
            return type.isArray ? "[\(name)]" : name
        }
        let element: String
        switch type.base {
        case .integer: element = "Int"
        case .number: element = "Double"
        case .boolean: element = "Bool"
        case .string: element = field.format == "date-time" ? "NexudusDate" : "String"
        case .object: element = nestedType ?? "JSONValue"
        case .array: return nestedType.map { "[\($0)]" } ?? "[JSONValue]"
        case .entity(let name): element = recordTypes.contains(name) ? SwiftNaming.typeName(name) : "JSONValue"
        case .enumeration, .any, .unknown: element = "JSONValue"
        }
        return type.isArray ? "[\(element)]" : element
    }

    /// A documented default as a Swift expression, or nil when it cannot be expressed for
    /// this type (the emitter then leaves the parameter without a default).
    func defaultExpression(of field: Field, swiftType: String) -> String? {
        guard let value = field.default else { return nil }
        if let enumName = field.enum, let enumType = schema.enumType(named: enumName) {
            let member = enumType.values.first { $0.name == value } ?? Int(value).flatMap { raw in enumType.values.first { $0.value == raw } }
            guard let member, !swiftType.hasPrefix("[") else { return nil }
            let caseName = EnumCases.caseNames(for: enumType)[member.value, default: SwiftNaming.memberName(member.name)]
            return "." + caseName  // never `.none`: see `EnumCases.optionalMembers`
        }
        switch swiftType {
        case "Int": return Int(value).map(String.init)
        case "Double": return SwiftLiteral.double(value)
        case "Bool": return value == "true" || value == "false" ? value : nil
        case "String": return SwiftLiteral.string(value)
        default: return nil
        }
    }
}

/// Swift case names for an enum's documented values, unique and never clashing with the
/// members every generated enum (or flag set) has.
enum EnumCases {
    static let reserved: Set<String> = ["undocumented", "allCases", "rawValue", "init", "description"]
    static let reservedFlags: Set<String> = ["allFlags", "rawValue", "init", "description"]

    /// Names Optional already owns. Every generated property is optional, so a case named
    /// `none` would turn `gender: .none` into "no value" with only a warning; it becomes
    /// `noneValue` (raw value and description unchanged).
    static let optionalMembers: Set<String> = ["none", "some"]

    static func caseNames(for enumType: EnumType) -> [Int: String] {
        let reserved = enumType.isFlags ? reservedFlags : reserved
        let candidates = enumType.values.map { value -> String in
            let name = SwiftNaming.memberName(value.name)
            return optionalMembers.contains(name) ? name + "Value" : name
        }
        let names = SwiftNaming.uniqued(candidates, reserved: reserved)
        return Dictionary(zip(enumType.values.map(\.value), names), uniquingKeysWith: { first, _ in first })
    }
}

/// Text from the docs made safe to place in Swift source.
public enum SwiftLiteral {
    /// A string literal that means exactly `text`: quotes, backslashes, `\(` and control
    /// characters are escaped, so no doc text can end the literal or inject code.
    public static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x2028...0x2029).contains(scalar.value):
                result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A `Double` literal for a number the docs wrote, or nil when it is none. `Double(_:)`
    /// also reads `.5`, `5.`, `inf` and `nan(x)`, which are no Swift literal (`nan(x)` would
    /// even be a call), so only plain decimal text is kept as written; any other finite
    /// value is written the way Swift prints it (`.5` → `0.5`).
    public static func double(_ text: String) -> String? {
        guard let value = Double(text), value.isFinite else { return nil }
        return isPlainDecimal(text) ? text : "\(value)"
    }

    /// `-12`, `1.5`, `1e-3`: an optional minus, digits, an optional fraction and exponent.
    static func isPlainDecimal(_ text: String) -> Bool {
        var rest = Substring(text)
        func digits() -> Bool {
            let count = rest.prefix { $0.isASCII && $0.isNumber }.count
            rest = rest.dropFirst(count)
            return count > 0
        }
        if rest.first == "-" { rest = rest.dropFirst() }
        guard digits() else { return false }
        if rest.first == "." {
            rest = rest.dropFirst()
            guard digits() else { return false }
        }
        if rest.first == "e" || rest.first == "E" {
            rest = rest.dropFirst()
            if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
            guard digits() else { return false }
        }
        return rest.isEmpty
    }

    /// Lines for a `///` doc comment. Every line gets its own `///`, so a newline in the
    /// docs cannot start a line of code; `*/` is harmless in line comments. Control
    /// characters are dropped and tabs become spaces.
    public static func docLines(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        let lines = splitLines(text).map { line -> String in
            // Most lines are plain; only rebuild those holding tabs, control characters (0xC2
            // leads the C1 controls) or trailing blanks.
            let plain = !line.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 } && line.utf8.last != UInt8(ascii: " ")
            if plain { return String(line) }
            return String(String.UnicodeScalarView(line.unicodeScalars.filter { !isControl($0) || $0 == "\t" })).replacingTabs()
        }
        var trimmed = lines[...]
        while let last = trimmed.last, last.allSatisfy({ $0 == " " }) { trimmed = trimmed.dropLast() }
        return trimmed.map { $0.isEmpty ? "" : " " + $0 }
    }

    /// Text for the middle of one doc comment line (an enum value's name, a file path): line
    /// breaks become spaces and control characters go. A lone `\r` ends a `//` comment for
    /// Swift, so a table cell holding one could otherwise turn the rest of the cell into code.
    public static func docText(_ text: String) -> String {
        docLines(text).map { $0.drop(while: { $0 == " " }) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Lines ended by `\n`, `\r\n`, `\r`, or the separators editors show as line breaks
    /// (U+0085, U+2028, U+2029). `\r\n` is one Character, so splitting on `"\n"` alone
    /// would glue the two lines together.
    static func splitLines(_ text: String) -> [Substring] {
        // `\r`, and the lead bytes of U+0085 (0xC2) and U+2028/U+2029 (0xE2), need the slow path.
        guard text.utf8.contains(where: { $0 == 0x0D || $0 == 0xC2 || $0 == 0xE2 }) else {
            return text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var lineStart = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" else {
                index = scalars.index(after: index)
                continue
            }
            lines.append(Substring(scalars[lineStart..<index]))
            index = scalars.index(after: index)
            if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
            lineStart = index
        }
        lines.append(Substring(scalars[lineStart...]))
        return lines
    }
}

extension String {
    fileprivate func replacingTabs() -> String {
        var result = ""
        for character in self { result.append(character == "\t" ? " " : character) }
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}
