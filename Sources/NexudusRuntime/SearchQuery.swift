import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A generated search query: its filters, range filters, page and sort, and the query
/// items they make.
public protocol SearchQuery: Hashable, Sendable {
    /// The query items, named exactly as the docs name them.
    var queryItems: [URLQueryItem] { get }
}

extension SearchQuery {
    /// Equal when they send the same query. The compiler would otherwise write a comparison
    /// of every optional filter for each query type, a large share of its build time.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.queryItems == rhs.queryItems
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(queryItems)
    }
}
