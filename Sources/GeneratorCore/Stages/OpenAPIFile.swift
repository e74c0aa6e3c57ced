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

    /// The page URLs `fetch` recorded in `sources.json` in the documentation folder, by the
    /// path the schema's sources give (the folder joined with the manifest's `file`); empty
    /// when there is no manifest or it cannot be read.
    static func sourceURLs(specDirectory: String, manifest data: Data?) -> [String: String] {
        struct Manifest: Decodable {
            struct Page: Decodable {
                var url: String
                var file: String
            }
            var pages: [Page]
        }
        guard let data, let manifest = try? JSONDecoder().decode(Manifest.self, from: data) else { return [:] }
        var urls: [String: String] = [:]
        for page in manifest.pages { urls[(specDirectory as NSString).appendingPathComponent(page.file)] = page.url }
        return urls
    }

    static func manifestPath(in specDirectory: String) -> String {
        (specDirectory as NSString).appendingPathComponent("sources.json")
    }
}
