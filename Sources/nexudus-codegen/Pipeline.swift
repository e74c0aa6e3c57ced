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

    /// The schema file and every Swift file, in memory; nothing is written here.
    static func render(_ schema: APISchema, templates: String, schemaPath: String, outputDirectory: String, testsDirectory: String) throws(CommandError) -> [OutputFile] {
        let (templateSet, templateDiagnostics) = TemplateSet.load(from: templates)
        for diagnostic in templateDiagnostics { printError(diagnostic.rendered) }
        guard let templateSet else { throw CommandError.failure("error: the templates have errors; nothing was written") }
        let (rendered, diagnostics) = SwiftEmitter(templates: templateSet).emit(schema)
        for diagnostic in diagnostics { printError(diagnostic.rendered) }
        if diagnostics.hasErrors { throw CommandError.failure("error: generation failed; nothing was written") }
        guard var schemaJSON = encodeSchema(schema) else {
            throw CommandError.failure("error: cannot encode the schema")
        }
        schemaJSON.append(UInt8(ascii: "\n"))
        return [OutputFile(path: schemaPath, contents: schemaJSON)] + rendered.map { file in
            let root = file.root == .sdk ? outputDirectory : testsDirectory
            return OutputFile(path: (root as NSString).appendingPathComponent(file.path), contents: file.bytes)
        }
    }
}

extension Pipeline {
    /// `JSONEncoder.stable`'s bytes for the schema file, written without building the whole
    /// document first and with the three long lists written on all cores.
    static func encodeSchema(_ schema: APISchema) -> [UInt8]? {
        // Only the writer holds the lists' pieces, so each is freed as soon as it is copied.
        if let json = try? StableJSON.encode(schema, presetMembers: [
            "entities": try StableJSON.encodeArray(schema.entities, depth: 1),
            "enums": try StableJSON.encodeArray(schema.enums, depth: 1),
            "operations": try StableJSON.encodeArray(schema.operations, depth: 1),
        ]) {
            return json
        }
        if let json = try? StableJSON.encode(schema) { return json }
        return (try? JSONEncoder.stable.encode(schema)).map { [UInt8]($0) }
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
