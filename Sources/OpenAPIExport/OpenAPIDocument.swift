import APISchema
import Diagnostics

/// `spec/openapi.json`: the schema as an OpenAPI 3.1.0 document, for every tool that reads
/// OpenAPI (viewers, `oasdiff`, other generators). Keys are sorted and nothing depends on
/// the run, so the same schema gives the same bytes.
///
/// The document is written in pieces: each path item and each component is built as a small
/// value, written and let go, a batch of them at a time on all cores. So the export holds
/// no more than a batch, whatever the size of the API.
public struct OpenAPIDocument: Sendable {
    public static let openAPIVersion = "3.1.0"

    public var schema: APISchema
    /// `info.version`: it changes when the schema does (the caller passes a hash of it).
    public var version: String
    /// The URL of a page, by the file name the schema's sources give, when it is known.
    public var sourceURL: @Sendable (String) -> String?

    public init(schema: APISchema, version: String, sourceURL: @escaping @Sendable (String) -> String? = { _ in nil }) {
        self.schema = schema
        self.version = version
        self.sourceURL = sourceURL
    }

    /// The whole text, with a final newline, and the warnings about what did not fit.
    public func encode() -> (bytes: [UInt8], diagnostics: [Diagnostic]) {
        var bytes: [UInt8] = []
        let diagnostics = write { bytes += $0 }
        return (bytes, diagnostics)
    }

    /// The text handed to `write` in pieces, in order; the warnings about what did not fit
    /// (two operations on one method and path, two components of one name).
    @discardableResult
    public func write(to write: ([UInt8]) -> Void) -> [Diagnostic] {
        let index = SchemaIndex(schema)
        let sources = SourceLinks(url: sourceURL)
        let types = TypeSchemas(index: index)
        let components = Components(schema: schema, index: index, types: types, sources: sources).all()
        let operations = Operations(index: index, types: types, sources: sources)
        let (paths, pathClashes) = Operations.byPath(schema.operations)

        write(Array("{\n  \"components\": {\n    \"schemas\": ".utf8))
        Self.writeObject(components.members, depth: 2, to: write)
        var tail: [UInt8] = Array(",\n    ".utf8)
        JSON.writeMember("securitySchemes", Security.schemes, depth: 2, into: &tail)
        tail += Array("\n  },\n  ".utf8)
        JSON.writeMember("info", info, depth: 1, into: &tail)
        tail += Array(",\n  ".utf8)
        JSON.writeMember("openapi", .string(Self.openAPIVersion), depth: 1, into: &tail)
        tail += Array(",\n  \"paths\": ".utf8)
        write(tail)
        Self.writeObject(paths.map { item in (item.path, { @Sendable in operations.pathItem(item.operations) }) }, depth: 1, to: write)
        var end: [UInt8] = Array(",\n  ".utf8)
        JSON.writeMember("security", Security.requirement, depth: 1, into: &end)
        end += Array(",\n  ".utf8)
        JSON.writeMember("servers", [["url": .string(Security.server)]], depth: 1, into: &end)
        end += Array(",\n  ".utf8)
        let tags = JSON.sortedKeys(Set(schema.operations.map(\.entity))).map { JSON.object(["name": .string($0)]) }
        JSON.writeMember("tags", .array(tags), depth: 1, into: &end)
        end += Array("\n}\n".utf8)
        write(end)

        var diagnostics = pathClashes.map { clash in
            Diagnostic.warning(.openAPIClash, "\(clash.dropped.id) is \(clash.dropped.method.rawValue) \(clash.dropped.path), as \(clash.kept.id) is; the OpenAPI document has room for one and describes \(clash.kept.id) only",
                               at: clash.dropped.source, notes: [DiagnosticNote("\(clash.kept.id) is documented here", at: clash.kept.source)])
        }
        diagnostics += components.clashes.map { clash in
            Diagnostic.warning(.openAPIClash, "two components of the OpenAPI document are named \(clash.name); it keeps the first",
                               at: clash.operation?.source)
        }
        return diagnostics
    }

    private var info: JSON {
        [
            "title": "Nexudus REST API",
            "version": .string(version),
            "description": "The Nexudus REST API as its documentation pages describe it, written by nexudus-codegen from spec/docs. Enums are open: `x-extensible-enum` lists the documented values, and a value not listed may come.",
        ]
    }

    /// An object of lazily built members, already sorted, written a batch at a time: the
    /// members of a batch are built and written on all cores, then handed over in order.
    static func writeObject(_ members: [(name: String, build: @Sendable () -> JSON)], depth: Int, to write: ([UInt8]) -> Void) {
        guard !members.isEmpty else { return write(Array("{}".utf8)) }
        write([UInt8(ascii: "{")])
        let batchLength = 64
        for start in stride(from: 0, to: members.count, by: batchLength) {
            let batch = Array(start..<min(start + batchLength, members.count))
            let pieces = orderedConcurrentMap(batch) { position -> [UInt8] in
                var bytes: [UInt8] = position > 0 ? [UInt8(ascii: ",")] : []
                JSON.newline(depth + 1, into: &bytes)
                JSON.writeMember(members[position].name, members[position].build(), depth: depth + 1, into: &bytes)
                return bytes
            }
            for piece in pieces { write(piece) }
        }
        var end: [UInt8] = []
        JSON.newline(depth, into: &end)
        end.append(UInt8(ascii: "}"))
        write(end)
    }
}
