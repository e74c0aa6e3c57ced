import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One documented operation, ready to send: method, path with its parameters filled in,
/// query, body, the role the docs require, and the type a `200` decodes into.
public struct Endpoint<Response: Decodable & Sendable>: Sendable {
    public var method: String
    /// The path with parameters filled in and percent-escaped.
    public var path: String
    public var queryItems: [URLQueryItem]
    public var body: Data?
    /// The role a non-administrator needs (`CoworkerIdentityCheck-List`).
    public var requiredRole: String?
    /// What the request's own validation found; the client refuses to send when not empty.
    public var validationErrors: [ValidationError]

    public init(
        method: String, path: String, queryItems: [URLQueryItem] = [], body: Data? = nil,
        requiredRole: String? = nil, validationErrors: [ValidationError] = []
    ) {
        self.method = method
        self.path = path
        self.queryItems = queryItems
        self.body = body
        self.requiredRole = requiredRole
        self.validationErrors = validationErrors
    }

    /// An endpoint whose JSON body was encoded by `EndpointEncoding.body(_:)`; a body that
    /// could not be encoded becomes a validation error, so the client never sends it empty.
    public init(
        method: String, path: String, queryItems: [URLQueryItem] = [], body: EncodedBody,
        requiredRole: String? = nil, validationErrors: [ValidationError] = []
    ) {
        self.init(method: method, path: path, queryItems: queryItems, body: nil, requiredRole: requiredRole, validationErrors: validationErrors)
        switch body {
        case .json(let data):
            self.body = data
        case .unencodable(let reason):
            self.validationErrors.append(ValidationError(propertyName: "body", message: "cannot be encoded as JSON: \(reason)"))
        }
    }

    /// A `URLRequest` against `baseURL` (`https://spaces.nexudus.com`), without credentials:
    /// `NexudusClient` adds the `Authorization` header of its `credentials`.
    public func urlRequest(baseURL: URL) throws -> URLRequest {
        guard var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false) else {
            throw NexudusError.invalidRequest([ValidationError(propertyName: "baseURL", message: "is not a valid URL")])
        }
        let basePath = components.percentEncodedPath.hasSuffix("/") ? String(components.percentEncodedPath.dropLast()) : components.percentEncodedPath
        components.percentEncodedPath = basePath + path
        if !queryItems.isEmpty {
            components.percentEncodedQuery = queryItems.map { item in
                "\(EndpointEncoding.escapeWireQuery(item.name))=\(EndpointEncoding.escapeWireQuery(item.value ?? ""))"
            }.joined(separator: "&")
        }
        guard let url = components.url else {
            throw NexudusError.invalidRequest([ValidationError(propertyName: "path", message: "does not make a valid URL")])
        }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        if let body {
            request.httpBody = body
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        return request
    }

    /// The path and query as the docs write them, e.g. `/api/spaces/coworkers?page=1` or
    /// `/api/spaces/resources?id=[1,2,3]` (on the wire the brackets are `%5B` and `%5D`).
    public var relativeURL: String {
        let query = queryItems.map { "\(EndpointEncoding.escapeQuery($0.name))=\(EndpointEncoding.escapeQuery($0.value ?? ""))" }
        return query.isEmpty ? path : path + "?" + query.joined(separator: "&")
    }
}

/// Percent-escaping for paths and queries, kept in one place so every endpoint agrees.
public enum EndpointEncoding {
    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// A path parameter: everything but unreserved characters is escaped, `/` included.
    public static func escapePathSegment(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? value
    }

    /// A query name or value: `:` and `[],` stay readable as the docs' examples write them.
    public static func escapeQuery(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved.union(CharacterSet(charactersIn: ":[],"))) ?? value
    }

    /// A query name or value as it goes on the wire: `[` and `]` may not stand in a URL's
    /// query (RFC 3986), so a batch get's `id=[1,2,3]` is sent as `id=%5B1,2,3%5D`, which the
    /// server reads back as the same text.
    public static func escapeWireQuery(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved.union(CharacterSet(charactersIn: ":,"))) ?? value
    }

    /// The JSON of a request body; keys sorted so the same request always gives the same bytes.
    public static func body<Body: Encodable>(_ value: Body) -> EncodedBody {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do {
            return .json(try encoder.encode(value))
        } catch {
            return .unencodable(String(describing: error))
        }
    }
}

/// A request body as JSON, or why it could not be encoded (a `Double.nan`, say).
public enum EncodedBody: Sendable, Equatable {
    case json(Data)
    case unencodable(String)
}
