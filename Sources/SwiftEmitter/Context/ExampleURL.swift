import Foundation

/// The path and query of a URL from a page's cURL sample, as the docs write them.
struct ExampleURL {
    struct Item {
        var name: String
        var value: String?
    }

    var path: String
    var queryItems: [Item]
    /// Path and query as they go on the wire, e.g. `/api/spaces/x?page=1&dir=0`.
    var relativeURL: String

    init?(_ url: String) {
        guard let components = URLComponents(string: url) else { return nil }
        path = components.percentEncodedPath
        queryItems = (components.queryItems ?? []).map { Item(name: $0.name, value: $0.value) }
        relativeURL = path + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
    }
}
