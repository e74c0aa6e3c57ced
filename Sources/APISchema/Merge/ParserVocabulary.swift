import DocsParser

// The one place the parser's words become the schema's. Each switch is exhaustive, so a
// case the parser adds fails the build here rather than passing through unconverted.

extension HTTPMethod {
    init(_ parsed: DocsParser.HTTPMethod) {
        switch parsed {
        case .get: self = .get
        case .post: self = .post
        case .put: self = .put
        case .patch: self = .patch
        case .delete: self = .delete
        }
    }
}

extension OperationKind {
    init(_ parsed: DocsParser.OperationKind) {
        switch parsed {
        case .search: self = .search
        case .get: self = .get
        case .getMany: self = .getMany
        case .create: self = .create
        case .update: self = .update
        case .delete: self = .delete
        case .listCommands: self = .listCommands
        case .runCommand: self = .runCommand
        case .other: self = .other
        }
    }
}

extension ParameterLocation {
    init(_ parsed: DocsParser.ParameterLocation) {
        switch parsed {
        case .path: self = .path
        case .query: self = .query
        case .body: self = .body
        }
    }
}

extension ParameterGroup {
    init(_ parsed: DocsParser.ParameterGroup) {
        switch parsed {
        case .pagination: self = .pagination
        case .sorting: self = .sorting
        case .filter: self = .filter
        case .range: self = .range
        }
    }
}

extension EnumValue {
    init(_ parsed: DocsParser.EnumValue) {
        self.init(value: parsed.value, name: parsed.name)
    }
}

extension NoteKind {
    init(_ parsed: PageNote.Kind) {
        switch parsed {
        case .partialRecords: self = .partialRecords
        case .getBeforePut: self = .getBeforePut
        case .other: self = .other
        }
    }
}

extension SortDirectionEncoding {
    init(_ parsed: DocsParser.SortDirectionEncoding) {
        self.init(ascending: parsed.ascending, descending: parsed.descending)
    }
}

extension RequestExample {
    init(_ parsed: DocsParser.RequestExample) {
        self.init(title: parsed.title, method: parsed.method, url: parsed.url, body: parsed.body, at: parsed.location)
    }
}
