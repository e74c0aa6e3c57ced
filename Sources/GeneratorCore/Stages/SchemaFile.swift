import APISchema
import Diagnostics
import Foundation

/// `spec/schema.json`: written in pieces while the Swift files render, and read back, with its
/// version checked, wherever a committed schema is compared (`check`, `diff`).
enum SchemaFile {
    /// Where the schema goes in the order files are written in: first.
    static let rank = OutputSession.Rank(group: 0, root: "", path: "")

    /// The schema file compared with the disk, or staged, by `examiner` (on any thread), and
    /// the hash of its text: the OpenAPI document's version. It is the largest file by far,
    /// so it goes to the examiner in pieces; the whole text is made only if the pieces
    /// cannot be (a value the streaming writer refuses) or the disk refuses them.
    static func examine(_ schema: APISchema, path: String, with examiner: FileExaminer) throws(GeneratorError) -> (FileExamination, UInt64) {
        var hasher = XXH64()
        if let examination = examiner.examine(path: path, produce: { write in
            try stream(schema) { piece in
                hasher.update(piece)
                write(piece)
            }
        }) { return (examination, hasher.digest()) }
        guard let bytes = encode(schema) else { throw .failed(.generationFailed, "cannot encode the schema") }
        return (examiner.examine(OutputFile(path: path, contents: bytes)), XXH64.hash(bytes))
    }

    /// The file's text (`JSONEncoder.stable`'s bytes and a final newline) handed to `write`
    /// in pieces, the three long lists written on all cores as they are needed.
    static func stream(_ schema: APISchema, to write: StableJSON.Write) throws {
        try StableJSON.stream(schema, members: [
            "entities": { try StableJSON.streamArray(schema.entities, depth: 1, to: $0, element: writeValue) },
            "enums": { try StableJSON.streamArray(schema.enums, depth: 1, to: $0, element: writeValue) },
            "operations": { try StableJSON.streamArray(schema.operations, depth: 1, to: $0, element: writeValue) },
        ], to: write)
        write([UInt8(ascii: "\n")])
    }

    /// The long lists' elements go through their own writers (`SchemaJSONValue`).
    @Sendable private static func writeValue(_ writer: JSONStreamWriter, _ value: some SchemaJSONValue, _ depth: Int) {
        value.write(to: writer, depth: depth)
    }

    /// The whole file, from `stream` or, should it refuse, from `JSONEncoder`.
    static func encode(_ schema: APISchema) -> [UInt8]? {
        var bytes: [UInt8] = []
        if (try? stream(schema) { bytes += $0 }) != nil { return bytes }
        return (try? JSONEncoder.stable.encode(schema)).map { [UInt8]($0) + [UInt8(ascii: "\n")] }
    }

    /// A schema file `generate` wrote, of any version `APISchema.decode(from:)` reads.
    static func read(at path: String) throws(GeneratorError) -> APISchema {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .invalidInput(.unreadableFile, "cannot read file", at: SourceLocation(file: path, line: 1))
        }
        do {
            return try APISchema.decode(from: data)
        } catch .unknownVersion(let version) {
            throw .invalidInput(.unsupportedSchemaVersion, "schema version \(version) is not \(APISchema.currentVersion); regenerate it",
                                at: SourceLocation(file: path, line: 1))
        } catch {
            throw .invalidInput(.invalidSchema, "not a schema file (\(error)); give a folder of pages or a schema.json written by 'generate'",
                                at: SourceLocation(file: path, line: 1))
        }
    }
}

extension JSONEncoder {
    /// Sorted keys and pretty printing: the schema file is read in code review.
    static var stable: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
