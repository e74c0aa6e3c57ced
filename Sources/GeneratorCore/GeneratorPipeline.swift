import APISchema
import Diagnostics
import DocsParser
import Foundation
import SwiftEmitter

/// The generator's stages in one place, like a compiler driver. Every command runs this
/// value, and `bench` times these same stages:
///
///     spec/docs/**   readSources  → [PageSource]
///                    parse        → [ParsedPage]
///                    merge        → APISchema (+ diagnostics)
///                    render       → every file (Swift, schema, OpenAPI), into an OutputSession
///                    write        → the disk, or compare → the drift
///
/// `run` is the whole of `generate` and `check`, with the cache wrapped around the stages.
public struct GeneratorPipeline: Sendable {
    public var options: GeneratorOptions

    public enum Mode: Sendable { case write, check }

    public init(options: GeneratorOptions = GeneratorOptions()) {
        self.options = options
    }

    /// `generate` (`.write`) or `check`: nothing is written when any error is found.
    public func run(_ mode: Mode, log: DiagnosticLog) throws(GeneratorError) -> GenerationReport {
        try options.validate()
        var sources = try readSources()
        // An empty folder is a wrong path, not an API without endpoints: generating from it
        // would delete every model.
        guard !sources.isEmpty else {
            throw .invalidInput(.noDocumentationPages, "no documentation pages (*.md, *.mdx, *.txt) in this folder; nothing was written",
                                at: .file(options.specDirectory))
        }
        // Read once: the cache key and the rendering both use these bytes.
        let templates = TemplateFiles.read(from: options.templatesDirectory)
        let runtime = readRuntime()
        // `sources.json` names pages by URL in doc comments and the OpenAPI document, so its
        // bytes are part of the cache key.
        let manifest = PageURLs.manifestData(in: options.specDirectory)
        let cache = options.cacheDirectory.flatMap {
            GenerateCache(directory: $0, options: options.keyed, templates: templates, runtime: runtime, sources: sources, manifest: manifest)
        }
        return try GenerateCache.answer(cache, mode: mode, replacing: options.outputDirectories, log: log) { recordsDigests throws(GeneratorError) in
            let pages = parse(sources)
            sources = []  // the key is made; nothing needs the pages' bytes again
            let (schema, diagnostics) = merge(consume pages)
            FreedMemory.returnToSystem()  // the pages are gone
            let (pageURLs, manifestDiagnostics) = PageURLs.decode(manifest, in: options.specDirectory)
            log.report(diagnostics + manifestDiagnostics)
            if diagnostics.hasErrors {
                throw .invalidInput(.documentationErrors, "the documentation has errors; nothing was written")
            }
            let session = OutputSession(mode: mode == .write ? .write : .check, replacing: options.outputDirectories)
            session.recordsDigests = recordsDigests
            try render(schema, templates: templates, runtime: runtime, pageURLs: pageURLs, into: session, log: log)
            switch mode {
            case .write: return try write(session, log: log)
            case .check: return compare(session, against: schema, log: log)
            }
        }
    }

    // MARK: - The stages

    /// Every page under the documentation folder, sorted by path.
    public func readSources() throws(GeneratorError) -> [PageSource] {
        try PageSource.read(in: options.specDirectory)
    }

    /// How the SDK reaches the runtime: re-exported when the output is a target of the
    /// runtime's own package, else the runtime's sources, read once (the cache key and the
    /// copies use these bytes).
    public func readRuntime() -> RuntimeOutput {
        options.importsRuntime ? .imported(module: RuntimeOutput.runtimeModule) : .copied(RuntimeSources.read(from: options.runtimeDirectory))
    }

    /// Each page read on its own, on all cores, in the order given.
    public func parse(_ sources: [PageSource]) -> [ParsedPage] {
        PageReader.parse(files: sources.map { ($0.path, $0.data) })
    }

    /// The pages merged into one API; the diagnostics of every page and of the merge, sorted.
    /// The pages are handed over, so the merge can release them as it goes.
    public func merge(_ pages: consuming [ParsedPage]) -> (APISchema, [Diagnostic]) {
        SchemaMerger.merge(consume pages)
    }

    /// The templates loaded, then every Swift file and the schema file rendered into
    /// `session`, which compares each with the disk as it comes (on the rendering's
    /// threads) and keeps none of them.
    /// Any error abandons the session, so nothing it staged is left behind.
    /// `pageURLs` names pages by URL in doc comments and the OpenAPI document (`PageURLs`); by path without it.
    public func render(_ schema: APISchema, templates: TemplateFiles, runtime: RuntimeOutput, pageURLs: PageURLs = PageURLs(),
                       into session: OutputSession,
                       log: DiagnosticLog) throws(GeneratorError) {
        let (templateSet, templateDiagnostics) = TemplateSet.load(templates)
        log.report(templateDiagnostics)
        guard let templateSet else { throw .failed(.generationFailed, "the templates have errors; nothing was written") }
        try render(schema, templates: templateSet, runtime: runtime, pageURLs: pageURLs, into: session, log: log)
    }

    public func render(_ schema: APISchema, templates: TemplateSet, runtime: RuntimeOutput, pageURLs: PageURLs = PageURLs(),
                       into session: OutputSession, log: DiagnosticLog) throws(GeneratorError) {
        // Each file is compared and staged by the worker that rendered it; the session
        // records the outcomes in order here. The schema file and the OpenAPI document are
        // made meanwhile, on a thread of their own (`SchemaOutputs`).
        let examiner = session.examiner
        let (schemaPath, openAPIPath, sourceURLs) = (options.schemaPath, options.openAPIPath, pageURLs.byPath)
        let schemaOutputs = BackgroundValue {
            SchemaOutputs.examine(schema, schemaPath: schemaPath, openAPIPath: openAPIPath, sourceURLs: sourceURLs, with: examiner)
        }
        let (sdkRoot, testsRoot) = (options.outputDirectory, options.testsDirectory)
        let emitter = SwiftEmitter(templates: templates, runtime: runtime, pageURLs: pageURLs.byPath)
        let diagnostics = emitter.emit(schema, process: { file in
            let root = file.root == .sdk ? sdkRoot : testsRoot
            let output = OutputFile(path: (root as NSString).appendingPathComponent(file.path), contents: file.bytes)
            return (examiner.examine(output), OutputSession.Rank(group: 1, root: file.root.rawValue, path: file.path))
        }, consume: { examined in
            for (examination, rank) in examined { session.record(examination, rank: rank) }
        })
        // Recorded in any case, so that abandoning the session removes what they staged.
        let outputs = schemaOutputs.wait()
        if case .success(let outputs) = outputs {
            for (examination, rank) in outputs.examinations { session.record(examination, rank: rank) }
        }
        log.report(diagnostics)
        if diagnostics.hasErrors {
            session.abandon()
            throw .failed(.generationFailed, "generation failed; nothing was written")
        }
        switch outputs {
        case .success(let outputs): log.report(outputs.diagnostics)
        case .failure(let error):
            session.abandon()
            throw error
        }
    }

    /// Every Swift file, handed over batch by batch as it is rendered; the emitter's diagnostics.
    public func emit(_ schema: APISchema, templates: TemplateSet, runtime: RuntimeOutput, pageURLs: PageURLs = PageURLs(),
                     to consume: ([RenderedFile]) -> Void) -> [Diagnostic] {
        SwiftEmitter(templates: templates, runtime: runtime, pageURLs: pageURLs.byPath).emit(schema, consume: consume)
    }

    /// Moves what the session staged into place and removes generated files no longer produced.
    public func write(_ session: OutputSession, log: DiagnosticLog) throws(GeneratorError) -> GenerationReport {
        let written = try session.finish()
        for path in written.foreign {
            log.report(.warning(.foreignOutputFile, "not written by nexudus-codegen; left in place (remove it by hand)", at: .file(path)))
        }
        return GenerationReport(mode: .write, written: written, digests: session.digests)
    }

    /// Every file that differs from the disk, reported; when the schema file is among them,
    /// the API changes it stands for are reported first, classified as `diff` does.
    public func compare(_ session: OutputSession, against schema: APISchema, log: DiagnosticLog) -> GenerationReport {
        let drift = session.finishCheck()
        // Only a schema file that differs can mean an API change; an edited Swift file cannot.
        let schemaDrifted = drift.contains { OutputWriter.standardized($0.path) == OutputWriter.standardized(options.schemaPath) }
        if schemaDrifted, let committed = try? SchemaFile.read(at: options.schemaPath) {
            let report = DiffReport(old: committed, new: schema)
            if !report.changes.isEmpty {
                // Say what kind of drift this is before listing files: the docs changed the API.
                log.replay("The docs changed the API since \(options.schemaPath) was generated.\n" + report.render(.text))
            }
        }
        log.report(drift.map(\.diagnostic))
        return GenerationReport(mode: .check, drift: drift, digests: session.digests)
    }
}
