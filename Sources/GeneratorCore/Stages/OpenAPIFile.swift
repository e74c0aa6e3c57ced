import APISchema
import Diagnostics
import Foundation
import OpenAPIExport

/// `spec/openapi.json`: the schema as an OpenAPI 3.1 document, written in pieces right after
/// the schema file, through the same session (staged, all or nothing, compared by `check`).
enum OpenAPIFile {
    /// Right after the schema file in the order files are written in.
    static let rank = OutputSession.Rank(group: 0, root: "", path: "openapi")

    /// The document compared with the disk, or staged, by `examiner` (on any thread), in
    /// pieces; the warnings about what did not fit in it.
    static func examine(_ schema: APISchema, schemaDigest: UInt64, path: String, sourceURLs: [String: String],
                        with examiner: FileExaminer) -> (FileExamination, [Diagnostic]) {
        let document = OpenAPIDocument(schema: schema, version: "schema-" + schemaDigest.hex16, sourceURL: { sourceURLs[$0] })
        var diagnostics: [Diagnostic] = []
        if let examination = examiner.examine(path: path, produce: { write in diagnostics = document.write(to: write) }) {
            return (examination, diagnostics)
        }
        let encoded = document.encode()
        return (examiner.examine(OutputFile(path: path, contents: encoded.bytes)), encoded.diagnostics)
    }
}
