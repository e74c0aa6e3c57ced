/// Which way a search is sorted. Each endpoint renders it with the values its own page
/// documents for `dir`, since pages disagree (`0`/`1` on some, `1`/`-1` on others).
public enum SortDirection: String, Codable, Hashable, Sendable, CaseIterable {
    case ascending
    case descending
}

/// The numbers one search endpoint uses for its sort directions, as its page documents the
/// values of `dir` (`1` and `0` on some pages, `1` and `-1` on others).
public struct SortDirectionValues: Hashable, Sendable {
    public let ascending: Int
    public let descending: Int

    public init(ascending: Int, descending: Int) {
        self.ascending = ascending
        self.descending = descending
    }

    /// The direction `value` stands for; nil for a number the page does not document.
    public func direction(of value: Int) -> SortDirection? {
        switch value {
        case ascending: .ascending
        case descending: .descending
        default: nil
        }
    }
}
