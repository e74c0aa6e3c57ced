import Diagnostics

/// Everything one documentation page states, in the page's own terms. Nothing here knows
/// about Swift; `APISchema` merges many of these into one API.
public struct ParsedPage: Codable, Equatable, Sendable {
    public var file: String
    public var format: PageFormat
    public var title: String?
    /// The one-line summary under the title (Markdown export only).
    public var summary: String?
    public var description: String?
    public var method: HTTPMethod?
    public var path: String?
    public var entity: String?
    public var operation: OperationKind?
    /// The role a non-administrator needs, e.g. `CoworkerIdentityCheck-List`.
    public var role: String?
    public var enums: [PageEnum]
    public var parameters: [PageParameter]
    public var responseFields: [ResponseField]
    public var notes: [PageNote]
    /// How this page encodes `dir`; recorded per page because pages disagree.
    public var sortDirection: SortDirectionEncoding?
    public var requestExamples: [RequestExample]
    public var exampleResponses: [ExampleResponse]
    /// Where the method and path were stated.
    public var location: SourceLocation
    public var diagnostics: [Diagnostic]

    public init(file: String, format: PageFormat) {
        self.file = file
        self.format = format
        self.enums = []
        self.parameters = []
        self.responseFields = []
        self.notes = []
        self.requestExamples = []
        self.exampleResponses = []
        self.location = SourceLocation(file: file, line: 1)
        self.diagnostics = []
    }
}

public enum PageFormat: String, Codable, Hashable, Sendable {
    /// The Markdown/MDX export (`> ## Documentation Index`, `<ParamField>` blocks).
    case markdown
    /// The text of the rendered web page (`Skip to main content`, fields as line groups).
    case rendered
    /// The text of a learn.nexudus.com page: a breadcrumb (group, title, summary, method,
    /// title again), bare headings with no blank lines, enums as pipe tables.
    case learnRendered

    /// Which format's descriptions the merge prefers when one endpoint comes in several:
    /// lower first. The export keeps its markup and tables; the renderings flatten them,
    /// the learn site's least (it keeps pipe tables) but it also glues words together.
    public var descriptionRank: Int {
        switch self {
        case .markdown: 0
        case .rendered: 1
        case .learnRendered: 2
        }
    }
}

public enum HTTPMethod: String, Codable, Hashable, Sendable, CaseIterable {
    case get = "GET"
    case post = "POST"
    case put = "PUT"
    case patch = "PATCH"
    case delete = "DELETE"
}

public enum OperationKind: String, Codable, Hashable, Sendable, CaseIterable {
    case search
    case get
    /// Several records by a list of ids (`?id=[1,2,3]`).
    case getMany
    case create
    case update
    case delete
    /// The commands that can run on an entity (`…/commands`).
    case listCommands
    /// Run one of those commands (`…/runcommand`).
    case runCommand
    case other
}

public enum ParameterLocation: String, Codable, Hashable, Sendable {
    case path
    case query
    case body
}

/// Which part of a search a query parameter belongs to.
public enum ParameterGroup: String, Codable, Hashable, Sendable {
    case pagination
    case sorting
    case filter
    case range
}

public struct PageParameter: Codable, Equatable, Sendable {
    public var name: String
    public var `in`: ParameterLocation
    /// The documented type text, e.g. `integer`, `integer[]`, `eRegularPaymentProvider?`.
    public var type: String
    public var required: Bool
    public var `default`: String?
    public var description: String
    /// The enum whose values this parameter takes, e.g. `eGender`.
    public var `enum`: String?
    /// True when the docs write the type or enum reference with a trailing `?`.
    public var nullable: Bool
    public var group: ParameterGroup?
    public var location: SourceLocation

    public init(
        name: String, in location: ParameterLocation, type: String, required: Bool = false,
        default defaultValue: String? = nil, description: String = "", enum enumName: String? = nil,
        nullable: Bool = false, group: ParameterGroup? = nil, at sourceLocation: SourceLocation
    ) {
        self.name = name
        self.in = location
        self.type = type
        self.required = required
        self.default = defaultValue
        self.description = description
        self.enum = enumName
        self.nullable = nullable
        self.group = group
        self.location = sourceLocation
    }
}

public struct ResponseField: Codable, Equatable, Sendable {
    /// The HTTP status of the response this field belongs to (200, 400, …).
    public var status: Int
    public var name: String
    public var type: String
    public var description: String
    public var `enum`: String?
    public var nullable: Bool
    /// Fields of an `object` or `object[]`, from `<Expandable>` children.
    public var children: [ResponseField]
    public var location: SourceLocation

    public init(
        status: Int, name: String, type: String, description: String = "", enum enumName: String? = nil,
        nullable: Bool = false, children: [ResponseField] = [], at location: SourceLocation
    ) {
        self.status = status
        self.name = name
        self.type = type
        self.description = description
        self.enum = enumName
        self.nullable = nullable
        self.children = children
        self.location = location
    }
}

public struct PageEnum: Codable, Equatable, Sendable {
    /// `nil` when a rendered page lost the name and no field on the page recovers it;
    /// the merge may still find it on another page with the same values.
    public var name: String?
    public var values: [EnumValue]
    /// The fields the docs say take these values (`eGender — Gender values`).
    public var fields: [String]
    public var location: SourceLocation

    public init(name: String?, values: [EnumValue], fields: [String] = [], at location: SourceLocation) {
        self.name = name
        self.values = values
        self.fields = fields
        self.location = location
    }
}

extension Array where Element == EnumValue {
    /// The same values, but for the `0 None` row that some pages leave out.
    public func sameValues(as other: [EnumValue]) -> Bool {
        let isNone = { (value: EnumValue) in value.value == 0 && value.name == "None" }
        return Set(filter { !isNone($0) }) == Set(other.filter { !isNone($0) })
    }
}

public struct EnumValue: Codable, Hashable, Sendable {
    public var value: Int
    public var name: String

    public init(value: Int, name: String) {
        self.value = value
        self.name = name
    }
}

public struct PageNote: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable {
        /// "Partial records": the listing leaves `fields` empty.
        case partialRecords
        /// "Always GET the full record before a PUT".
        case getBeforePut
        /// Any other `<Note>`, `<Warning>`, `<Info>` or `<Tip>` text, kept verbatim.
        case other
    }

    public var kind: Kind
    public var text: String
    public var fields: [String]
    public var location: SourceLocation

    public init(kind: Kind, text: String, fields: [String] = [], at location: SourceLocation) {
        self.kind = kind
        self.text = text
        self.fields = fields
        self.location = location
    }
}

public struct SortDirectionEncoding: Codable, Hashable, Sendable {
    public var ascending: String
    public var descending: String

    public init(ascending: String, descending: String) {
        self.ascending = ascending
        self.descending = descending
    }
}

/// A request shown in the page's cURL sample: the page's own example of a call.
public struct RequestExample: Codable, Equatable, Sendable {
    public var title: String?
    public var method: String
    public var url: String
    /// The JSON sent with `-d`/`--data`, as written.
    public var body: String?
    public var location: SourceLocation

    public init(title: String?, method: String, url: String, body: String?, at location: SourceLocation) {
        self.title = title
        self.method = method
        self.url = url
        self.body = body
        self.location = location
    }
}

public struct ExampleResponse: Codable, Equatable, Sendable {
    public var status: Int
    public var json: String
    public var location: SourceLocation

    public init(status: Int, json: String, at location: SourceLocation) {
        self.status = status
        self.json = json
        self.location = location
    }
}

// The JSON of `parse --json` states every key, with `null` for what a page does not say,
// so a consumer can tell "not documented" from "not printed".
extension ParsedPage {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(format, forKey: .format)
        try container.encode(title, forKey: .title)
        try container.encode(summary, forKey: .summary)
        try container.encode(description, forKey: .description)
        try container.encode(method, forKey: .method)
        try container.encode(path, forKey: .path)
        try container.encode(entity, forKey: .entity)
        try container.encode(operation, forKey: .operation)
        try container.encode(role, forKey: .role)
        try container.encode(enums, forKey: .enums)
        try container.encode(parameters, forKey: .parameters)
        try container.encode(responseFields, forKey: .responseFields)
        try container.encode(notes, forKey: .notes)
        try container.encode(sortDirection, forKey: .sortDirection)
        try container.encode(requestExamples, forKey: .requestExamples)
        try container.encode(exampleResponses, forKey: .exampleResponses)
        try container.encode(location, forKey: .location)
        try container.encode(diagnostics, forKey: .diagnostics)
    }
}

extension PageParameter {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(self.in, forKey: .in)
        try container.encode(type, forKey: .type)
        try container.encode(required, forKey: .required)
        try container.encode(self.default, forKey: .default)
        try container.encode(description, forKey: .description)
        try container.encode(self.enum, forKey: .enum)
        try container.encode(nullable, forKey: .nullable)
        try container.encode(group, forKey: .group)
        try container.encode(location, forKey: .location)
    }
}

extension ResponseField {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(name, forKey: .name)
        try container.encode(type, forKey: .type)
        try container.encode(description, forKey: .description)
        try container.encode(self.enum, forKey: .enum)
        try container.encode(nullable, forKey: .nullable)
        try container.encode(children, forKey: .children)
        try container.encode(location, forKey: .location)
    }
}

extension PageEnum {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(values, forKey: .values)
        try container.encode(fields, forKey: .fields)
        try container.encode(location, forKey: .location)
    }
}
