import APISchema
import Diagnostics
import Foundation
import OpenAPIExport

/// `spec/openapi.json`: the schema as an OpenAPI 3.1 document, written in pieces right after
/// the schema file, through the same session (staged, all or nothing, compared by `check`).
enum OpenAPIFile {
    static func add(_ schema: APISchema, schemaDigest: UInt64, path: String, sourceURLs: [String: String],
                    into session: OutputSession, log: DiagnosticLog) {
        let document = OpenAPIDocument(schema: schema, version: "schema-" + schemaDigest.hex16, sourceURL: { sourceURLs[$0] })
        let rank = OutputSession.Rank(group: 0, root: "", path: "openapi")
        var diagnostics: [Diagnostic] = []
        if !session.add(path: path, rank: rank, produce: { write in diagnostics = document.write(to: write) }) {
            let encoded = document.encode()
            diagnostics = encoded.diagnostics
            session.add(OutputFile(path: path, contents: encoded.bytes), rank: rank)
        }
        log.report(diagnostics)
    }
}
