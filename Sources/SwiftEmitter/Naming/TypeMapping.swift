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
    /// `schema.enumType(named:)` and `schema.entity(named:)` by dictionary: they are asked
    /// for every field, and a search through every enum of a large API each time adds up.
    private let enumsByName: [String: EnumType]
    private let entitiesByName: [String: Entity]
    /// The `dir` values of each entity's search, read for its listing record.
    let searchSortDirections: [String: SortDirectionEncoding]
    /// How doc comments are written: every context that writes one has this mapping.
    let docs: DocComment

    /// `pageURLs`: the URL each page was fetched from, by its path (`sources.json`).
    init(schema: APISchema, pageURLs: [String: String] = [:]) {
        self.schema = schema
        self.recordTypes = Set(schema.entities.filter { !$0.fields.isEmpty }.map(\.name))
        // The first of a repeated name wins, as `first(where:)` would find it.
        self.enumsByName = Dictionary(schema.enums.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.entitiesByName = Dictionary(schema.entities.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.searchSortDirections = Dictionary(schema.operations.compactMap { operation in
            operation.kind == .search ? operation.sortDirection.map { (operation.entity, $0) } : nil
        }, uniquingKeysWith: { first, _ in first })
        self.enumTypeNames = Self.enumTypeNames(schema, recordTypes: recordTypes)
        self.docs = DocComment(links: DocSymbolLinks(schema: schema, typeNames: enumTypeNames), pageURLs: pageURLs)
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

    /// The same answer as `schema.enumType(named:)`.
    func enumType(named name: String) -> EnumType? { enumsByName[name] }
    /// The same answer as `schema.entity(named:)`.
    func entity(named name: String) -> Entity? { entitiesByName[name] }

    /// The Swift type of `field`, without optionality; `nestedType` names the struct emitted
    /// for a field with documented children.
    func swiftType(of field: Field, nestedType: String?) -> SwiftType {
        swiftType(of: field.type, nestedType: nestedType)
    }

    func swiftType(of type: FieldType, nestedType: String?) -> SwiftType {
        switch type {
        case .string: .string
        case .integer: .int
        case .number: .double
        case .boolean: .bool
        case .dateTime: .nexudusDate
        case .json: .json
        case .object: nestedType.map(SwiftType.record) ?? .json
        case .array(let element): .array(swiftType(of: element, nestedType: nestedType))
        case .enumeration(let name): .enumeration(enumTypeName(name))
        case .record(let name): .record(SwiftNaming.typeName(name))
        }
    }

    /// A documented default as a Swift expression, or nil when it cannot be expressed for
    /// this type (the emitter then leaves the parameter without a default).
    func defaultExpression(of field: Field) -> String? {
        guard let value = field.default else { return nil }
        switch field.type {
        case .enumeration(let enumName):
            guard let enumType = enumType(named: enumName),
                  let member = enumType.values.first(where: { $0.name == value }) ?? Int(value).flatMap({ raw in enumType.values.first { $0.value == raw } })
            else { return nil }
            let caseName = EnumCases.caseNames(for: enumType)[member.value, default: SwiftNaming.memberName(member.name)]
            return "." + caseName  // never `.none`: see `EnumCases.optionalMembers`
        case .integer: return Int(value).map(String.init)
        case .number: return SwiftLiteral.double(value)
        case .boolean: return value == "true" || value == "false" ? value : nil
        case .string: return SwiftLiteral.string(value)
        case .dateTime, .json, .object, .array, .record: return nil
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

    /// The case a documented `None` became (`noneValue`), or nil. The enum then declares an
    /// unavailable `none`, so `property = .none` on an optional draws the compiler's warning
    /// ("assuming you mean 'Optional<…>.none'") instead of quietly meaning no value.
    static func renamedNone(for enumType: EnumType) -> String? {
        let names = caseNames(for: enumType)
        return enumType.values.first { SwiftNaming.memberName($0.name) == "none" }.flatMap { names[$0.value] }
    }
}
