/// Which way a search is sorted. Each endpoint renders it with the values its own page
/// documents for `dir`, since pages disagree (`0`/`1` on some, `1`/`-1` on others).
public enum SortDirection: String, Codable, Hashable, Sendable, CaseIterable {
    case ascending
    case descending
}
