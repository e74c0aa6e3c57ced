/// One page of a search: the records and the paging fields every search endpoint returns.
public struct ListResult<Record: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    /// The records on this page.
    public var records: [Record]
    /// Current page number.
    public var currentPage: Int?
    /// Number of records per page.
    public var currentPageSize: Int?
    /// The field used for sorting.
    public var currentOrderField: String?
    /// The sort direction, encoded as the endpoint documents it.
    public var currentSortDirection: Int?
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
        currentPage: Int? = nil,
        currentPageSize: Int? = nil,
        currentOrderField: String? = nil,
        currentSortDirection: Int? = nil,
        firstItem: Int? = nil,
        lastItem: Int? = nil,
        totalItems: Int? = nil,
        totalPages: Int? = nil,
        hasNextPage: Bool? = nil,
        hasPreviousPage: Bool? = nil,
        additionalProperties: [String: JSONValue] = [:]
    ) {
        self.records = records
        self.currentPage = currentPage
        self.currentPageSize = currentPageSize
        self.currentOrderField = currentOrderField
        self.currentSortDirection = currentSortDirection
        self.firstItem = firstItem
        self.lastItem = lastItem
        self.totalItems = totalItems
        self.totalPages = totalPages
        self.hasNextPage = hasNextPage
        self.hasPreviousPage = hasPreviousPage
        self.additionalProperties = additionalProperties
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case records = "Records"
        case currentPage = "CurrentPage"
        case currentPageSize = "CurrentPageSize"
        case currentOrderField = "CurrentOrderField"
        case currentSortDirection = "CurrentSortDirection"
        case firstItem = "FirstItem"
        case lastItem = "LastItem"
        case totalItems = "TotalItems"
        case totalPages = "TotalPages"
        case hasNextPage = "HasNextPage"
        case hasPreviousPage = "HasPreviousPage"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        records = try container.decodeIfPresent([Record].self, forKey: .records) ?? []
        currentPage = try container.decodeIfPresent(Int.self, forKey: .currentPage)
        currentPageSize = try container.decodeIfPresent(Int.self, forKey: .currentPageSize)
        currentOrderField = try container.decodeIfPresent(String.self, forKey: .currentOrderField)
        currentSortDirection = try container.decodeIfPresent(Int.self, forKey: .currentSortDirection)
        firstItem = try container.decodeIfPresent(Int.self, forKey: .firstItem)
        lastItem = try container.decodeIfPresent(Int.self, forKey: .lastItem)
        totalItems = try container.decodeIfPresent(Int.self, forKey: .totalItems)
        totalPages = try container.decodeIfPresent(Int.self, forKey: .totalPages)
        hasNextPage = try container.decodeIfPresent(Bool.self, forKey: .hasNextPage)
        hasPreviousPage = try container.decodeIfPresent(Bool.self, forKey: .hasPreviousPage)
        additionalProperties = try AdditionalProperties.decode(from: decoder, excluding: CodingKeys.allCases.map(\.rawValue))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(records, forKey: .records)
        try container.encode(currentPage, forKey: .currentPage)
        try container.encode(currentPageSize, forKey: .currentPageSize)
        try container.encode(currentOrderField, forKey: .currentOrderField)
        try container.encode(currentSortDirection, forKey: .currentSortDirection)
        try container.encode(firstItem, forKey: .firstItem)
        try container.encode(lastItem, forKey: .lastItem)
        try container.encode(totalItems, forKey: .totalItems)
        try container.encode(totalPages, forKey: .totalPages)
        try container.encode(hasNextPage, forKey: .hasNextPage)
        try container.encode(hasPreviousPage, forKey: .hasPreviousPage)
        try AdditionalProperties.encode(additionalProperties, to: encoder)
    }
}
