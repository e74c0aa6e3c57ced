import Diagnostics

/// The whole API as the docs describe it: the contract between the parser and the
/// emitter, and the file (`spec/schema.json`) a code review reads. Every list is sorted
/// or kept in documented order, so the same docs always give the same bytes.
public struct APISchema: Codable, Equatable, Sendable {
    /// Bumped when the shape of this file changes; see `spec/SCHEMA.md`.
    public static let currentVersion = 2

    public var version: Int
    public var entities: [Entity]
    public var enums: [EnumType]
    public var operations: [Operation]

    public init(entities: [Entity] = [], enums: [EnumType] = [], operations: [Operation] = []) {
        self.version = Self.currentVersion
        self.entities = entities
        self.enums = enums
        self.operations = operations
    }

    public func entity(named name: String) -> Entity? { entities.first { $0.name == name } }
    public func enumType(named name: String) -> EnumType? { enums.first { $0.name == name } }
}

public struct Entity: Codable, Equatable, Sendable {
    public var name: String
    public var description: String?
    /// The full record, from the entity's get page, in documented order. Empty when the
    /// docs have no get page for the entity.
    public var fields: [Field]
    /// Fields the search page says its listing leaves empty ("Partial records").
    public var listingOmits: [String]
    /// Where the full record was documented.
    public var source: SourceLocation?

    public init(name: String, description: String? = nil, fields: [Field] = [], listingOmits: [String] = [], source: SourceLocation? = nil) {
        self.name = name
        self.description = description
        self.fields = fields
        self.listingOmits = listingOmits
        self.source = source
    }
}

public struct Field: Codable, Equatable, Sendable {
    public var name: String
    /// What the field holds, decided by the merge.
    public var type: FieldType
    /// The type as the docs write it (`integer`, `integer[]`, `eGender?`), for reports; never parsed.
    public var documentedType: String
    public var required: Bool
    public var `default`: String?
    public var description: String
    public var `enum`: String?
    public var nullable: Bool
    /// A refinement the docs imply: `date-time` for a string the examples show as a date.
    public var format: String?
    /// True for credentials and access data, which generated code never prints.
    public var secret: Bool?
    public var children: [Field]
    public var source: SourceLocation

    enum CodingKeys: String, CodingKey {
        case name, type, documentedType, required, `default`, description, `enum`, nullable, format, secret, children, source
    }

    /// `documentedType` defaults to a spelling of `type`, for fields built in code.
    public init(
        name: String, type: FieldType, documentedType: String? = nil, required: Bool = false, default defaultValue: String? = nil,
        description: String = "", enum enumName: String? = nil, nullable: Bool = false, format: String? = nil,
        children: [Field] = [], source: SourceLocation
    ) {
        self.name = name
        self.type = type
        self.documentedType = documentedType ?? type.documentedSpelling
        self.required = required
        self.default = defaultValue
        self.description = description
        self.enum = enumName
        self.nullable = nullable
        self.format = format
        self.children = children
        self.source = source
    }
}

public struct EnumType: Codable, Equatable, Sendable {
    public var name: String
    /// Sorted by value.
    public var values: [EnumValue]
    /// True for bit-flag enums (values 1, 2, 4, 8, …), whose values combine.
    public var isFlags: Bool
    /// The first place each page documented the enum.
    public var sources: [SourceLocation]

    public init(name: String, values: [EnumValue], isFlags: Bool = false, sources: [SourceLocation]) {
        self.name = name
        self.values = values
        self.isFlags = isFlags
        self.sources = sources
    }
}

public struct Parameter: Codable, Equatable, Sendable {
    public var name: String
    public var `in`: ParameterLocation
    /// What the parameter takes, decided by the merge.
    public var type: FieldType
    /// The type as the docs write it, for reports; never parsed.
    public var documentedType: String
    public var required: Bool
    public var `default`: String?
    public var description: String
    public var `enum`: String?
    public var nullable: Bool
    public var group: ParameterGroup?
    /// The entity field a filter or range filter applies to (`UpdatedOn` for `from_X_UpdatedOn`).
    public var field: String?
    /// `date-time` for a filter the docs give in the `YYYY-MM-DDTHH:mm` form.
    public var format: String?
    public var source: SourceLocation

    enum CodingKeys: String, CodingKey {
        case name, `in`, type, documentedType, required, `default`, description, `enum`, nullable, group, field, format, source
    }

    public init(
        name: String, in location: ParameterLocation, type: FieldType, documentedType: String? = nil, required: Bool = false,
        default defaultValue: String? = nil, description: String = "", enum enumName: String? = nil, nullable: Bool = false,
        group: ParameterGroup? = nil, field: String? = nil, format: String? = nil, source: SourceLocation
    ) {
        self.name = name
        self.in = location
        self.type = type
        self.documentedType = documentedType ?? type.documentedSpelling
        self.required = required
        self.default = defaultValue
        self.description = description
        self.enum = enumName
        self.nullable = nullable
        self.group = group
        self.field = field
        self.format = format
        self.source = source
    }
}

public struct Response: Codable, Equatable, Sendable {
    public var status: Int
    public var fields: [Field]
    public var example: String?
}

public struct Note: Codable, Equatable, Sendable {
    public var kind: NoteKind
    public var text: String
    public var fields: [String]
    public var source: SourceLocation
}

/// What a successful call returns, in the terms the emitter needs.
public enum ResponseShape: String, Codable, Hashable, Sendable {
    /// One full record of the entity (get).
    case record
    /// A page of listing records with paging fields (search).
    case list
    /// A JSON array of full records (batch get).
    case records
    /// `{Status, Message, Value: {Id}, WasSuccessful, Errors}` (create, update, delete, run command).
    case actionResult
    /// A JSON array of command descriptions.
    case commands
    /// Anything else: decoded as a JSON value.
    case json
}

public struct Operation: Codable, Equatable, Sendable {
    /// `Entity.kind`, unique in the schema (`CoworkerIdentityCheck.search`).
    public var id: String
    public var entity: String
    public var kind: OperationKind
    public var method: HTTPMethod
    public var path: String
    public var title: String?
    public var summary: String?
    public var description: String?
    public var role: String?
    public var parameters: [Parameter]
    /// The request body's fields (create, update, run command), in documented order.
    public var body: [Field]
    public var responseShape: ResponseShape
    public var responses: [Response]
    public var notes: [Note]
    public var sortDirection: SortDirectionEncoding?
    public var requestExamples: [RequestExample]
    public var source: SourceLocation
}
