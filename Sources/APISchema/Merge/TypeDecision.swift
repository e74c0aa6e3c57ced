import DocsParser

/// Decides every field's and parameter's `FieldType` from what the docs state: the type
/// text, the enum reference the merge resolved, the format it inferred, and whether the
/// field documents its own fields. The merge runs it last, and the version-1 reader runs
/// it on an old file's text, so both give the same answer from the same facts.
struct TypeDecision {
    /// Enums the schema defines.
    let enums: Set<String>
    /// Entities with a documented full record: the only ones a type can refer to.
    let records: Set<String>
    /// Each text read once: an API spells its types a few dozen ways over many thousand fields.
    private var readings: [String: TypeText] = [:]

    init(enums: [EnumType], entities: [Entity]) {
        self.enums = Set(enums.map(\.name))
        self.records = Set(entities.filter { !$0.fields.isEmpty }.map(\.name))
    }

    /// `integer` + `eGender` → `.enumeration("eGender")`, `object[]` with fields →
    /// `.array(.object)`, `CoworkerIdentityCheck[]` → `.array(.record(…))` when its get page
    /// is there. A word the docs do not define is `.json`; the parser has warned about it.
    mutating func type(documented text: String, enum enumName: String?, format: String?, hasFields: Bool) -> FieldType {
        let documented: TypeText
        if let known = readings[text] {
            documented = known
        } else {
            documented = TypeText(text)
            if readings.count < 4096 { readings[text] = documented }
        }
        if let name = enumName ?? documented.enumName, enums.contains(name) {
            return documented.isArray ? .array(.enumeration(name)) : .enumeration(name)
        }
        let element: FieldType
        switch documented.base {
        case .integer: element = .integer
        case .number: element = .number
        case .boolean: element = .boolean
        case .string: element = format == DocumentedType.dateTimeFormat ? .dateTime : .string
        case .object: element = hasFields ? .object : .json
        // A bare `array` names no element type (and `array[]` no more than it).
        case .array: return .array(hasFields ? .object : .json)
        case .entity(let name): element = records.contains(name) ? .record(name) : .json
        case .enumeration, .any, .unknown: element = .json
        }
        return documented.isArray ? .array(element) : element
    }

    mutating func decide(_ fields: inout [Field]) {
        // Read where they are: a copy of each field would retain all its strings once more.
        for index in fields.indices {
            let hasFields = !fields[index].children.isEmpty
            if hasFields { decide(&fields[index].children) }
            fields[index].type = type(documented: fields[index].documentedType, enum: fields[index].enum, format: fields[index].format, hasFields: hasFields)
        }
    }

    /// Every type of the schema, in place: rebuilding the lists would copy every field again.
    mutating func decide(_ schema: inout APISchema) {
        for index in schema.entities.indices { decide(&schema.entities[index].fields) }
        for index in schema.operations.indices {
            decide(&schema.operations[index].body)
            for response in schema.operations[index].responses.indices { decide(&schema.operations[index].responses[response].fields) }
            for parameter in schema.operations[index].parameters.indices {
                schema.operations[index].parameters[parameter].type = type(
                    documented: schema.operations[index].parameters[parameter].documentedType, enum: schema.operations[index].parameters[parameter].enum,
                    format: schema.operations[index].parameters[parameter].format, hasFields: false)
            }
        }
    }
}

/// The few questions the merge asks of a documented type's text before the types are
/// decided: the parser's `TypeText` answers them, here and nowhere else in the schema.
enum DocumentedType {
    /// The one format the merge infers.
    static let dateTimeFormat = "date-time"

    static func enumName(_ text: String) -> String? { TypeText(text).enumName }

    static func isInteger(_ text: String) -> Bool { TypeText(text).base == .integer }
}
