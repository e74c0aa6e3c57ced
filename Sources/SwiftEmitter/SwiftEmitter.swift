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

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// Every file of the SDK, sorted by path. A template error is a diagnostic naming the
    /// template's line; the files rendered so far are still returned but must not be written.
    public func emit(_ schema: APISchema) -> ([RenderedFile], [Diagnostic]) {
        var files: [RenderedFile] = []
        var diagnostics: [Diagnostic] = []
        func render(_ template: String, _ context: TemplateValue, to path: String) {
            guard let compiled = templates.templates[template] else {
                diagnostics.append(.error(.templateError, "missing template '\(template).swift.mustache'", at: nil))
                return
            }
            render(compiled, context, to: path)
        }
        func render(_ template: Template, _ context: TemplateValue, to path: String, root: RenderedFile.Root = .sdk) {
            do {
                files.append(RenderedFile(path: path, bytes: try template.renderUTF8(context, partials: templates.partials), root: root))
            } catch {
                diagnostics.append(.error(.templateError, error.message, at: SourceLocation(file: error.templateName, line: error.line, column: error.column)))
            }
        }

        for (name, template) in templates.runtime.sorted(by: { $0.key < $1.key }) {
            render(template, .object([:]), to: "Runtime/\(name).swift")
        }
        for enumType in schema.enums {
            let context = EnumContext.make(enumType)
            render(enumType.isFlags ? "flags" : "enum", context, to: "Enums/\(SwiftNaming.typeName(enumType.name)).swift")
        }
        let types = TypeMapping(schema: schema)
        let models = ModelContext(types: types)
        var listingTypes: Set<String> = []
        let searched = Set(schema.operations.filter { $0.kind == .search }.map(\.entity))
        for entity in schema.entities where !entity.fields.isEmpty {
            let typeName = SwiftNaming.typeName(entity.name)
            render("model", models.record(entity), to: "Models/\(typeName).swift")
            if searched.contains(entity.name) {
                render("model", models.listing(entity), to: "Models/\(typeName)Listing.swift")
                listingTypes.insert(entity.name)
            }
        }
        let requests = RequestContext(types: types, schema: schema)
        let searches = SearchContext(types: types, schema: schema)
        for operation in schema.operations {
            if let context = requests.make(operation), let typeName = RequestContext.typeName(for: operation) {
                render("request", context, to: "Requests/\(typeName).swift")
            }
            if operation.kind == .search {
                render("search", searches.make(operation), to: "Queries/\(SearchContext.typeName(for: operation)).swift")
            }
        }
        let endpoints = EndpointContext(types: types, schema: schema, recordTypes: types.recordTypes, listingTypes: listingTypes)
        var conformance = ConformanceContext(schema: schema, searches: searches, endpoints: endpoints)
        for (entity, operations) in Dictionary(grouping: schema.operations, by: \.entity).sorted(by: { $0.key < $1.key }) {
            render("endpoints", endpoints.make(entity: entity, operations: operations), to: "Endpoints/\(EndpointContext.namespace(for: entity)).swift")
            if let context = conformance.make(entity: entity, operations: operations), let template = templates.conformance["Tests"] {
                render(template, context, to: "\(SwiftNaming.typeName(entity))ConformanceTests.swift", root: .tests)
            }
        }
        if let support = templates.conformance["Support"] {
            render(support, .object([:]), to: "ConformanceSupport.swift", root: .tests)
        }
        diagnostics += conformance.diagnostics
        return (files.sorted { ($0.root.rawValue, $0.path) < ($1.root.rawValue, $1.path) }, diagnostics)
    }
}
