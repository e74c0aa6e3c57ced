import APISchema
import Diagnostics
import DocsParser
import Foundation

/// One side of a `diff`: a folder of pages, read through the pipeline's stages, or a schema
/// file that `generate` wrote.
public enum Snapshot: Sendable {
    case pages([ParsedPage], APISchema)
    case file(APISchema)

    public var schema: APISchema {
        switch self {
        case .pages(_, let schema), .file(let schema): schema
        }
    }

    /// The folder or file at `path`; a folder with documentation errors is refused, its
    /// errors reported to `log`.
    public static func load(_ path: String, log: DiagnosticLog) throws(GeneratorError) -> Snapshot {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .invalidInput(.noSuchFile, "no such file or folder", at: .file(path))
        }
        guard isDirectory.boolValue else { return .file(try SchemaFile.read(at: path)) }
        var options = GeneratorOptions()
        options.specDirectory = path
        let pipeline = GeneratorPipeline(options: options)
        let sources = try pipeline.readSources()
        guard !sources.isEmpty else {
            throw .invalidInput(.noDocumentationPages, "no documentation pages (*.md, *.mdx, *.txt) in this folder", at: .file(path))
        }
        let pages = pipeline.parse(sources)
        let (schema, diagnostics) = pipeline.merge(pages)
        if diagnostics.hasErrors {
            log.report(diagnostics.filter { $0.severity == .error })
            throw .invalidInput(.documentationErrors, "\(path) has documentation errors")
        }
        return .pages(pages, schema)
    }

    /// The schema, with the enum tables the pages left unnamed named from `other`.
    public func schema(namingTablesFrom other: APISchema) -> APISchema {
        switch self {
        case .pages(let pages, _): SchemaDiff.merge(pages, namingTablesFrom: other)
        case .file(let schema): schema
        }
    }

    /// What changed from `old` to `new`: an enum table a rendered page printed without its
    /// name is the enum the other side names.
    public static func diff(_ old: Snapshot, _ new: Snapshot) -> DiffReport {
        DiffReport(old: old.schema(namingTablesFrom: new.schema), new: new.schema(namingTablesFrom: old.schema))
    }
}
