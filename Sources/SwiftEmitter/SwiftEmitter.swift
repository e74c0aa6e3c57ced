import APISchema
import Diagnostics

/// A file the emitter produced, with its path relative to the output folder.
public struct RenderedFile: Equatable, Sendable {
    /// Where a file goes: the SDK's sources, or the conformance test target generated
    /// from the docs' examples.
    public enum Root: String, Sendable {
        case sdk
        case tests
    }

    public var path: String
    /// The file's text as the UTF-8 bytes that are compared with the disk and written.
    /// Rendering produces bytes; keeping them spares a copy of the whole SDK as Strings.
    public var bytes: [UInt8]
    public var root: Root

    /// The file's text.
    public var contents: String {
        get { String(decoding: bytes, as: UTF8.self) }
        set { bytes = Array(newValue.utf8) }
    }

    public init(path: String, contents: String, root: Root = .sdk) {
        self.init(path: path, bytes: Array(contents.utf8), root: root)
    }

    public init(path: String, bytes: [UInt8], root: Root = .sdk) {
        self.path = path
        self.bytes = bytes
        self.root = root
    }
}

/// Renders an `APISchema` into the Swift files of the `NexudusAPI` module. Naming and type
/// mapping happen here, in Swift; the templates only lay out what they are given.
public struct SwiftEmitter: Sendable {
    public let templates: TemplateSet
    public let runtime: RuntimeOutput
    /// The URL each page was fetched from, by its path as the schema's source locations
    /// name it (`spec/docs/rest-api/billing/get-charges.md`): doc comments name a page by
    /// its URL when this knows it, by its path otherwise. Plain data, so the emitter needs
    /// nothing of how the pages were fetched.
    public let pageURLs: [String: String]

    public init(templates: TemplateSet, runtime: RuntimeOutput = .imported(module: RuntimeOutput.runtimeModule),
                pageURLs: [String: String] = [:]) {
        self.templates = templates
        self.runtime = runtime
        self.pageURLs = pageURLs
    }

    /// Every file of the SDK, sorted by path. A template error is a diagnostic naming the
    /// template's line; the files rendered so far are still returned but must not be written.
    public func emit(_ schema: APISchema) -> ([RenderedFile], [Diagnostic]) {
        var files: [RenderedFile] = []
        let diagnostics = emit(schema) { files += $0 }
        return (files.sorted { ($0.root.rawValue, $0.path) < ($1.root.rawValue, $1.path) }, diagnostics)
    }

    /// How many rendering jobs run between two hand-overs of their files: enough to keep
    /// every core busy, few enough that only a small part of the SDK is in memory at once.
    public static let batchSize = 64

    /// Renders every file and hands them over batch by batch, on the calling thread and in
    /// the order the jobs were made, without keeping them; returns the diagnostics.
    ///
    /// Each file is rendered by a job of its own, and the jobs of a batch run on all cores.
    /// Their results are put together in the order the jobs were made, so the files and the
    /// diagnostics are the same as from one pass in that order.
    public func emit(_ schema: APISchema, consume: ([RenderedFile]) -> Void) -> [Diagnostic] {
        emit(schema, batchSize: Self.batchSize, process: { $0 }, consume: consume)
    }

    /// Jobs between two hand-overs when `process` has already let each file's bytes go: a
    /// batch then holds little, and a long one leaves a core waiting at its end less often.
    public static let processedBatchSize = 512

    /// The same, with each file first passed through `process` on the worker thread that
    /// rendered it (see `RenderWorkers.run`); `consume` gets what `process` made of them.
    public func emit<Processed: Sendable>(_ schema: APISchema, process: @escaping @Sendable (RenderedFile) -> Processed,
                                          consume: ([Processed]) -> Void) -> [Diagnostic] {
        emit(schema, batchSize: Self.processedBatchSize, process: process, consume: consume)
    }

    private func emit<Processed: Sendable>(_ schema: APISchema, batchSize: Int, process: @escaping @Sendable (RenderedFile) -> Processed,
                                           consume: ([Processed]) -> Void) -> [Diagnostic] {
        let templates = self.templates
        let types = TypeMapping(schema: schema, pageURLs: pageURLs)
        let searched = Set(schema.operations.filter { $0.kind == .search }.map(\.entity))
        let listingTypes = Set(schema.entities.filter { !$0.fields.isEmpty && searched.contains($0.name) }.map(\.name))
        let models = ModelContext(types: types)
        let requests = RequestContext(types: types, schema: schema)
        let searches = SearchContext(types: types, schema: schema)
        let endpoints = EndpointContext(types: types, schema: schema, recordTypes: types.recordTypes, listingTypes: listingTypes)
        let clashes = TypeNameClashes.diagnostics(schema, searched: searched)
        guard clashes.isEmpty else { return clashes }

        // A job gets the templates of the worker running it (see `RenderWorkers`).
        var jobs: [@Sendable (TemplateSet) -> EmitResult] = []
        switch runtime {
        case .imported(let module):
            jobs.append { templates in
                EmitResult(templates).rendering("runtime-import", .object(["module": .string(module)]), to: "Runtime/\(module).swift")
            }
        case .copied(let sources):
            jobs.append { templates in EmitResult(templates).copying(sources, to: "Runtime") }
        }
        for enumType in schema.enums {
            let typeName = types.enumTypeName(enumType.name)
            jobs.append { templates in
                EmitResult(templates).rendering(enumType.isFlags ? "flags" : "enum", EnumContext.make(enumType, typeName: typeName, docs: types.docs),
                                                to: "Enums/\(typeName).swift")
            }
        }
        for entity in schema.entities where !entity.fields.isEmpty {
            let typeName = SwiftNaming.typeName(entity.name)
            jobs.append { templates in EmitResult(templates).rendering("model", models.record(entity), to: "Models/\(typeName).swift") }
            if searched.contains(entity.name) {
                jobs.append { templates in EmitResult(templates).rendering("model", models.listing(entity), to: "Models/\(typeName)Listing.swift") }
            }
        }
        for operation in schema.operations {
            jobs.append { templates in
                var result = EmitResult(templates)
                if let context = requests.make(operation), let typeName = RequestContext.typeName(for: operation) {
                    result.render("request", context, to: "Requests/\(typeName).swift")
                }
                if operation.kind == .search {
                    result.render("search", searches.make(operation), to: "Queries/\(SearchContext.typeName(for: operation)).swift")
                }
                return result
            }
        }
        for (entity, operations) in Dictionary(grouping: schema.operations, by: \.entity).sorted(by: { $0.key < $1.key }) {
            jobs.append { templates in
                var result = EmitResult(templates)
                result.render("endpoints", endpoints.make(entity: entity, operations: operations), to: "Endpoints/\(EndpointContext.namespace(for: entity)).swift")
                var conformance = ConformanceContext(schema: schema, searches: searches, endpoints: endpoints)
                if let context = conformance.make(entity: entity, operations: operations), let template = templates.conformance["Tests"] {
                    result.render(template, context, to: "\(SwiftNaming.typeName(entity))ConformanceTests.swift", root: .tests)
                }
                result.conformanceDiagnostics = conformance.diagnostics
                return result
            }
        }
        if templates.conformance["Support"] != nil {
            jobs.append { templates in
                EmitResult(templates).rendering(templates.conformance["Support"]!, .object([:]), to: "ConformanceSupport.swift", root: .tests)
            }
        }
        var diagnostics: [Diagnostic] = []
        var conformanceDiagnostics: [Diagnostic] = []
        let workers = RenderWorkers(templates: templates)
        for start in stride(from: 0, to: jobs.count, by: batchSize) {
            let results = workers.run(Array(jobs[start..<min(start + batchSize, jobs.count)]), process: process)
            consume(results.flatMap(\.files))
            diagnostics += results.flatMap(\.diagnostics)
            conformanceDiagnostics += results.flatMap(\.conformanceDiagnostics)
        }
        // Template errors in rendering order, then the examples no test could be written for.
        return diagnostics + conformanceDiagnostics
    }
}
