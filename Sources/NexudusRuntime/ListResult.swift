/// One page of a search: the records and the paging fields every search endpoint returns.
///
/// A record on the page that does not decode (docs written by people get a type wrong)
/// does not lose the page: the other records are in `records` and that one is in
/// `failures`, with its position and why. `NexudusClient.decodesStrictly` makes it an error.
public struct ListResult<Record: JSONRecordValue>: JSONRecordValue {
    /// The records on this page that decoded, in the page's order.
    public var records: [Record]
    /// The records on this page that did not decode, each with its position in `Records`.
    public var failures: [RecordFailure]
    /// Current page number.
    public var currentPage: Int?
    /// Number of records per page.
    public var currentPageSize: Int?
    /// The field used for sorting.
    public var currentOrderField: String?
    /// The sort direction as the server sent it: a number in the endpoint's own encoding.
    public var currentSortDirectionValue: Int?
    /// Index of the first item on the current page.
    public var firstItem: Int?
    /// Index of the last item on the current page.
    public var lastItem: Int?
    /// Total number of matching records across all pages.
    public var totalItems: Int?
    /// Total number of pages.
    public var totalPages: Int?
    /// Whether there is a next page of results.
    public var hasNextPage: Bool?
    /// Whether there is a previous page of results.
    public var hasPreviousPage: Bool?
    /// Keys the API sent that the docs do not list (`PageNumber`, `PageSize`, …).
    public var additionalProperties: [String: JSONValue]

    public init(
        records: [Record] = [],
        failures: [RecordFailure] = [],
        currentPage: Int? = nil,
        currentPageSize: Int? = nil,
        currentOrderField: String? = nil,
        currentSortDirectionValue: Int? = nil,
        firstItem: Int? = nil,
        lastItem: Int? = nil,
        totalItems: Int? = nil,
        totalPages: Int? = nil,
        hasNextPage: Bool? = nil,
        hasPreviousPage: Bool? = nil,
        additionalProperties: [String: JSONValue] = [:]
    ) {
        self.records = records
        self.failures = failures
        self.currentPage = currentPage
        self.currentPageSize = currentPageSize
        self.currentOrderField = currentOrderField
        self.currentSortDirectionValue = currentSortDirectionValue
        self.firstItem = firstItem
        self.lastItem = lastItem
        self.totalItems = totalItems
        self.totalPages = totalPages
        self.hasNextPage = hasNextPage
        self.hasPreviousPage = hasPreviousPage
        self.additionalProperties = additionalProperties
    }

    /// The sort direction the server applied, read with the values the search's page
    /// documents for `dir` (`Record.sortDirectionValues`); nil when the page sent none, or a
    /// number the docs do not list, which `currentSortDirectionValue` keeps.
    public var currentSortDirection: SortDirection? {
        guard let value = currentSortDirectionValue else { return nil }
        return Record.sortDirectionValues?.direction(of: value)
    }


    public init(reading reader: inout JSONReader) throws {
        var page = ListResult()
        try reader.readObject(Self.keyTable) { reader, field in
            switch field {
            case 0:
                guard !reader.readNull() else { return }
                try reader.readArray { reader, position in
                    switch try reader.readSkippingFailure(Record.self) {
                    case .success(let record): page.records.append(record)
                    case .failure(let error): page.failures.append(RecordFailure(position: position, type: Record.self, error: error))
                    }
                }
            case 1: page.currentPageSize = try reader.read()
            case 2: page.currentPage = try reader.read()
            case 3: page.currentOrderField = try reader.read()
            case 4: page.currentSortDirectionValue = try reader.read()
            case 5: page.firstItem = try reader.read()
            case 6: page.hasNextPage = try reader.read()
            case 7: page.hasPreviousPage = try reader.read()
            case 8: page.lastItem = try reader.read()
            case 9: page.totalItems = try reader.read()
            case 10: page.totalPages = try reader.read()
            default: page.additionalProperties[try reader.currentKey()] = try reader.readValue()
            }
        }
        self = page
    }

    private static var keyTable: JSONKeyTable { ListResultKeys.table }

    public init(from decoder: any Decoder) throws {
        self = try Self.decoding(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONCodingKey.self)
        try container.encode(records, forKey: "Records")
        try container.encode(currentPageSize, forKey: "CurrentPageSize")
        try container.encode(currentPage, forKey: "CurrentPage")
        try container.encode(currentOrderField, forKey: "CurrentOrderField")
        try container.encode(currentSortDirectionValue, forKey: "CurrentSortDirection")
        try container.encode(firstItem, forKey: "FirstItem")
        try container.encode(hasNextPage, forKey: "HasNextPage")
        try container.encode(hasPreviousPage, forKey: "HasPreviousPage")
        try container.encode(lastItem, forKey: "LastItem")
        try container.encode(totalItems, forKey: "TotalItems")
        try container.encode(totalPages, forKey: "TotalPages")
        try container.encodeAdditional(additionalProperties)
    }
}

/// The paging keys, made once (a generic type cannot have a stored static property).
enum ListResultKeys {
    static let table = JSONKeyTable(["Records", "CurrentPageSize", "CurrentPage", "CurrentOrderField", "CurrentSortDirection",
                                     "FirstItem", "HasNextPage", "HasPreviousPage", "LastItem", "TotalItems", "TotalPages"])
}

/// A record of a page that did not decode: where it was, and why.
public struct RecordFailure: Hashable, Sendable, CustomStringConvertible {
    /// The record's position in the page's `Records`, counting from 0.
    public var position: Int
    /// The field that failed (`Records[3].Billed`) and the reason.
    public var failure: DecodingFailure

    public init(position: Int, failure: DecodingFailure) {
        self.position = position
        self.failure = failure
    }

    init(position: Int, type: Any.Type, error: DecodingError) {
        var failure = DecodingFailure(type: String(describing: type), error: error)
        failure.field = "Records[\(position)]" + (failure.field.isEmpty ? "" : "." + failure.field)
        failure.recordIndex = position
        self.init(position: position, failure: failure)
    }

    public var description: String { failure.description }
}
