import APISchema
import Diagnostics
import DocsParser
import Foundation
import SwiftEmitter

/// The generator's stages in one place, like a compiler driver:
/// page files → `ParsedPage` → `APISchema` → rendered files → disk.
struct Pipeline {
    struct Source {
        var path: String
        var data: Data
    }

    /// The documentation pages under `directory`, sorted by path so the file system's
    /// listing order never changes the output.
    static func readSources(in directory: String) throws(CommandError) -> [Source] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandError.input("\(directory): error: no such documentation folder")
        }
        let names = (try? manager.contentsOfDirectory(atPath: directory)) ?? []
        let pages = names.filter { name in ["md", "mdx", "txt"].contains((name as NSString).pathExtension.lowercased()) }.sorted()
        return try pages.map { name throws(CommandError) in try readSource(at: (directory as NSString).appendingPathComponent(name)) }
    }

    static func readSource(at path: String) throws(CommandError) -> Source {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError.input("\(path):1:1: error: cannot read file")
        }
        return Source(path: path, data: data)
    }

    static func parse(_ sources: [Source]) -> [ParsedPage] {
        PageReader.parse(files: sources.map { ($0.path, $0.data) })
    }

    /// Parses and merges; the diagnostics of every page and of the merge, sorted.
    static func schema(from sources: [Source]) -> (APISchema, [Diagnostic]) {
        SchemaMerger.merge(parse(sources))
    }

    /// Renders the schema file and every Swift file into `session`, which compares each
    /// with the disk as it comes and keeps none of them; any error abandons the session,
    /// so nothing it staged is left behind. Diagnostics go to `log`.
    static func render(_ schema: APISchema, templates: TemplateFiles, schemaPath: String, outputDirectory: String, testsDirectory: String,
                       into session: OutputSession, log: PrintedDiagnostics) throws(CommandError) {
        let (templateSet, templateDiagnostics) = TemplateSet.load(templates)
        for diagnostic in templateDiagnostics { log.print(diagnostic.rendered) }
        guard let templateSet else { throw CommandError.failure("error: the templates have errors; nothing was written") }
        let diagnostics = emitFiles(schema, templates: templateSet, outputDirectory: outputDirectory, testsDirectory: testsDirectory, into: session)
        for diagnostic in diagnostics { log.print(diagnostic.rendered) }
        if diagnostics.hasErrors {
            session.abandon()
            throw CommandError.failure("error: generation failed; nothing was written")
        }
        try addSchemaFile(schema, path: schemaPath, into: session)
    }

    /// Every Swift file, handed to `session` batch by batch; the emitter's diagnostics.
    static func emitFiles(_ schema: APISchema, templates: TemplateSet, outputDirectory: String, testsDirectory: String,
                          into session: OutputSession) -> [Diagnostic] {
        SwiftEmitter(templates: templates).emit(schema) { files in
            for file in files {
                let root = file.root == .sdk ? outputDirectory : testsDirectory
                session.add(OutputFile(path: (root as NSString).appendingPathComponent(file.path), contents: file.bytes),
                            rank: .init(group: 1, root: file.root.rawValue, path: file.path))
            }
        }
    }

    /// The schema file, first in the order files are written in. It is the largest file by
    /// far, so it goes to the session in pieces; the whole text is made only if the pieces
    /// cannot be (a value the streaming writer refuses) or the disk refuses them.
    static func addSchemaFile(_ schema: APISchema, path: String, into session: OutputSession) throws(CommandError) {
        let rank = OutputSession.Rank(group: 0, root: "", path: "")
        if session.add(path: path, rank: rank, produce: { write in try streamSchema(schema, to: write) }) { return }
        guard let schemaJSON = encodeSchema(schema) else {
            session.abandon()
            throw CommandError.failure("error: cannot encode the schema")
        }
        session.add(OutputFile(path: path, contents: schemaJSON), rank: rank)
    }
}

extension Pipeline {
    /// The schema file's text (`JSONEncoder.stable`'s bytes and a final newline) handed to
    /// `write` in pieces, the three long lists written on all cores as they are needed.
    static func streamSchema(_ schema: APISchema, to write: StableJSON.Write) throws {
        try StableJSON.stream(schema, members: [
            "entities": { try StableJSON.streamArray(schema.entities, depth: 1, to: $0) },
            "enums": { try StableJSON.streamArray(schema.enums, depth: 1, to: $0) },
            "operations": { try StableJSON.streamArray(schema.operations, depth: 1, to: $0) },
        ], to: write)
        write([UInt8(ascii: "\n")])
    }

    /// The whole schema file, from `streamSchema` or, should it refuse, from `JSONEncoder`.
    static func encodeSchema(_ schema: APISchema) -> [UInt8]? {
        var bytes: [UInt8] = []
        if (try? streamSchema(schema) { bytes += $0 }) != nil { return bytes }
        return (try? JSONEncoder.stable.encode(schema)).map { [UInt8]($0) + [UInt8(ascii: "\n")] }
    }
}

/// Why a command stopped, with the exit code the design fixes for it.
enum CommandError: Error {
    /// Bad command line: exit 64.
    case usage(String)
    /// Invalid documentation input: exit 2.
    case input(String)
    /// Generation failed, drift or a breaking change: exit 1.
    case failure(String)

    var exitCode: Int32 {
        switch self {
        case .usage: 64
        case .input: 2
        case .failure: 1
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
