import Diagnostics

// The schema's own words for what the docs state. They mirror the parser's, raw values
// included, so `spec/schema.json` reads the same; the merge converts the parser's values
// (`ParserVocabulary.swift`), and nothing after the merge sees a parser type.

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

public struct EnumValue: Codable, Hashable, Sendable {
    public var value: Int
    public var name: String

    public init(value: Int, name: String) {
        self.value = value
        self.name = name
    }
}

public enum NoteKind: String, Codable, Hashable, Sendable {
    /// "Partial records": the listing leaves the note's fields empty.
    case partialRecords
    /// "Always GET the full record before a PUT".
    case getBeforePut
    /// Any other note, kept verbatim.
    case other
}

/// How a search page encodes `dir`; kept per operation because pages disagree.
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
