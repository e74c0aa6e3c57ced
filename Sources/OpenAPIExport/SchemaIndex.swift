import APISchema

/// What the document's parts look up in the schema, each built once: the enums by name, the
/// entities that have a record component, and every operation's name in the document.
struct SchemaIndex: Sendable {
    let enums: [String: EnumType]
    let entities: [String: Entity]
    /// Entities whose get page documents the record's fields: these have a component.
    let recordNames: Set<String>
    let enumNames: Set<String>

    init(_ schema: APISchema) {
        var enums: [String: EnumType] = [:]
        for type in schema.enums where enums[type.name] == nil { enums[type.name] = type }
        self.enums = enums
        enumNames = Set(enums.keys)
        var entities: [String: Entity] = [:]
        for entity in schema.entities where entities[entity.name] == nil { entities[entity.name] = entity }
        self.entities = entities
        recordNames = Set(schema.entities.filter { !$0.fields.isEmpty }.map(\.name))
    }

    func enumValue(named member: String, in enumName: String) -> Int? {
        enums[enumName]?.values.first { $0.name == member }?.value
    }
}

/// The names a generator turns into code: `operationId`s and component names.
enum Names {
    /// `Coworker.create` → `createCoworker`, `CoworkerIdentityCheck.search` →
    /// `searchCoworkerIdentityCheck`: a verb first, then the entity, letters and digits only.
    static func operationID(_ operation: Operation) -> String {
        let prefix = operation.entity + "."
        let verb = operation.id.hasPrefix(prefix) ? String(operation.id.dropFirst(prefix.count)) : operation.id
        let words = verb.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let head = words.first.map(lowerFirst) ?? "call"
        return head + words.dropFirst().map(upperFirst).joined() + identifier(operation.entity)
    }

    /// The component of an operation's request body: `CreateCoworkerRequest`.
    static func requestBody(_ operation: Operation) -> String { upperFirst(operationID(operation)) + "Request" }
    static func listing(_ entity: String) -> String { identifier(entity) + "Listing" }
    static func list(_ entity: String) -> String { identifier(entity) + "List" }

    static func identifier(_ text: String) -> String {
        // An ASCII name (every entity's) keeps its letters, digits and `_`, byte by byte.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.filter { byte in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
            }, as: UTF8.self)
        }
        return String(text.unicodeScalars.filter { CharacterSetLike.isWordScalar($0) }.map(Character.init))
    }

    static func upperFirst(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
    static func lowerFirst(_ text: String) -> String { text.prefix(1).lowercased() + text.dropFirst() }
}

enum CharacterSetLike {
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
    }
}
