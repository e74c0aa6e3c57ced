import Foundation

/// Why a file is not a schema this version can read, in a few words a person can act on.
public enum SchemaFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not JSON.
    case notJSON
    /// A key the schema needs is missing; `path` is where (`operations.3.body.0`), or empty.
    case missingKey(String, path: String)
    /// A value has the wrong shape (a number where a list belongs, say).
    case unexpectedValue(path: String)
    /// A value of the right shape that does not read (an unknown kind of operation, say).
    case unreadableValue(path: String)
    /// A version this reader does not know: written by a newer generator, or not a schema.
    case unknownVersion(Int)

    public var description: String {
        switch self {
        case .notJSON: "not JSON"
        case .missingKey(let key, let path): "no '\(key)' key\(Self.at(path))"
        case .unexpectedValue(let path): "unexpected value\(Self.at(path))"
        case .unreadableValue(let path): "unreadable value\(Self.at(path))"
        case .unknownVersion(let version): "schema version \(version), which this generator cannot read (it reads \(APISchema.readableVersions.map(String.init).joined(separator: ", ")))"
        }
    }

    private static func at(_ path: String) -> String { path.isEmpty ? "" : " at \(path)" }
}

extension APISchema {
    /// Every version `decode(from:)` reads; older ones are converted to the current shape.
    public static let readableVersions = 1...currentVersion

    /// Reads a `spec/schema.json` of any readable version. The one reader of schema files,
    /// so every command checks the version the same way.
    ///
    /// Version 1 kept a type as the docs' text; its types are decided here exactly as the
    /// merge decides them, so a committed version-1 file compares equal to the version-2
    /// schema of the same pages and `diff` against the last release still works.
    public static func decode(from data: Data) throws(SchemaFileError) -> APISchema {
        struct Header: Decodable { var version: Int }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw SchemaFileError(error)
        }
        guard readableVersions.contains(header.version) else { throw .unknownVersion(header.version) }
        let decoder = JSONDecoder()
        decoder.userInfo[.schemaVersion] = header.version
        var schema: APISchema
        do {
            schema = try decoder.decode(APISchema.self, from: data)
        } catch {
            throw SchemaFileError(error)
        }
        if header.version == 1 {
            var types = TypeDecision(enums: schema.enums, entities: schema.entities)
            types.decide(&schema)
            schema.version = currentVersion
        }
        return schema
    }
}

extension SchemaFileError {
    init(_ error: any Error) {
        guard let error = error as? DecodingError else {
            self = .notJSON
            return
        }
        let path = { (codingPath: [any CodingKey]) in codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".") }
        switch error {
        case .dataCorrupted(let context): self = context.codingPath.isEmpty ? .notJSON : .unreadableValue(path: path(context.codingPath))
        case .keyNotFound(let key, let context): self = .missingKey(key.stringValue, path: path(context.codingPath))
        case .typeMismatch(_, let context), .valueNotFound(_, let context): self = .unexpectedValue(path: path(context.codingPath))
        @unknown default: self = .notJSON
        }
    }
}

extension CodingUserInfoKey {
    /// The version of the file being decoded, set by `APISchema.decode(from:)`.
    static let schemaVersion = CodingUserInfoKey(rawValue: "NexudusCodegen.schemaVersion")!
}
