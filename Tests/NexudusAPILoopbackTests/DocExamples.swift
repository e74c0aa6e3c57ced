// The server's canned answers are the docs' own example responses, read from
// spec/schema.json (written by `generate` from spec/docs) at the package root.

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LoopbackSupport
import NexudusAPI
import TestSupport
import XCTest

enum DocExamples {
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    private static func operation(_ id: String) throws -> [String: Any] {
        let url = packageRoot.appendingPathComponent("spec/schema.json")
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let operations = schema?["operations"] as? [[String: Any]] ?? []
        guard let operation = operations.first(where: { $0["id"] as? String == id }) else {
            throw Missing(description: "spec/schema.json has no operation '\(id)'")
        }
        return operation
    }

    /// The example response the docs give for `status` on operation `id` (`Coworker.create`).
    static func response(_ id: String, status: Int) throws -> String {
        let responses = try operation(id)["responses"] as? [[String: Any]] ?? []
        guard let example = responses.first(where: { $0["status"] as? Int == status })?["example"] as? String else {
            throw Missing(description: "no \(status) example response for '\(id)' in spec/schema.json")
        }
        return example
    }

    /// The path and query of every example URL in the operation's code samples,
    /// e.g. `/api/spaces/coworkeridentitychecks?page=1&size=15&orderBy=Name&dir=0`.
    static func requestTargets(_ id: String) throws -> [String] {
        let examples = try operation(id)["requestExamples"] as? [[String: Any]] ?? []
        return examples.compactMap { $0["url"] as? String }.compactMap { text in
            guard let components = URLComponents(string: text) else { return nil }
            return components.percentEncodedPath + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
        }
    }

    /// The docs' search example as one page of a longer listing: `CurrentPage`,
    /// `HasNextPage`/`HasPreviousPage` and the record's `Id` changed, everything else kept.
    static func searchPage(_ page: Int, of pages: Int, firstId: Int = 87654321) throws -> Data {
        let example = try response("CoworkerIdentityCheck.search", status: 200)
        guard var object = try JSONSerialization.jsonObject(with: Data(example.utf8)) as? [String: Any],
              var records = object["Records"] as? [[String: Any]], !records.isEmpty else {
            throw Missing(description: "the search example has no Records")
        }
        records[0]["Id"] = firstId + page - 1
        object["Records"] = records
        object["CurrentPage"] = page
        object["PageNumber"] = page
        object["TotalPages"] = pages
        object["HasNextPage"] = page < pages
        object["HasPreviousPage"] = page > 1
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }
}

/// Decodes a JSON object body into `JSONValue`s so it can be compared key by key.
func jsonObject(_ data: Data) throws -> [String: JSONValue] {
    try JSONDecoder().decode([String: JSONValue].self, from: data)
}

/// The query items of a raw query string, percent-decoded, by name.
func queryPairs(_ query: String?) -> [String: String] {
    var pairs: [String: String] = [:]
    for item in (query ?? "").split(separator: "&") {
        let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0]).removingPercentEncoding ?? String(parts[0])
        pairs[name] = parts.count > 1 ? (String(parts[1]).removingPercentEncoding ?? String(parts[1])) : ""
    }
    return pairs
}

/// Asserts that `body` throws a `NexudusError` and hands it over for inspection.
func assertThrowsNexudusError<T>(
    _ body: () async throws -> T, file: StaticString = #filePath, line: UInt = #line,
    _ inspect: (NexudusError) -> Void
) async {
    do {
        let value = try await body()
        XCTFail("expected a NexudusError, got \(value)", file: file, line: line)
    } catch let error as NexudusError {
        inspect(error)
    } catch {
        XCTFail("expected a NexudusError, got \(error)", file: file, line: line)
    }
}
