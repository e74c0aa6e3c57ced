import Diagnostics
import Foundation

/// The templates of one output layout, read from a folder (`templates/` or a user's copy
/// given with `--templates`). Partials live in `partials/`, the conformance test target's in
/// `conformance/`; every other `*.swift.mustache` is a kind of generated file. The runtime
/// support code is not a template: it is `Sources/NexudusRuntime` (see `RuntimeOutput`).
public struct TemplateSet: Sendable {
    public var templates: [String: Template]
    public var partials: [String: Template]
    /// The conformance test target: `Tests` per entity and its `Support` file.
    public var conformance: [String: Template]

    /// The template names the emitter needs; a copy missing one is an error, not a gap.
    public static let requiredTemplates = ["enum", "flags", "model", "request", "search", "endpoints", "runtime-import"]

    public static func load(from directory: String) -> (TemplateSet?, [Diagnostic]) {
        load(TemplateFiles.read(from: directory))
    }

    /// Parses templates already read, so a caller that hashes the bytes (the generate cache)
    /// renders from exactly the bytes it hashed.
    public static func load(_ source: TemplateFiles) -> (TemplateSet?, [Diagnostic]) {
        guard let files = source.files else {
            return (nil, [.error(.templateError, "no such templates folder", at: SourceLocation(file: source.directory, line: 1))])
        }
        var diagnostics: [Diagnostic] = []
        var set = TemplateSet(templates: [:], partials: [:], conformance: [:])
        for file in files {
            let path = file.path(in: source.directory)
            guard let data = file.data, let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(.error(.templateError, "cannot read template", at: SourceLocation(file: path, line: 1)))
                continue
            }
            do {
                let template = try Template(name: path, source: text)
                switch file.kind {
                case .template: set.templates[file.name] = template
                case .partial: set.partials[file.name] = template
                case .conformance: set.conformance[file.name] = template
                }
            } catch {
                diagnostics.append(.error(.templateError, error.message, at: SourceLocation(file: path, line: error.line, column: error.column)))
            }
        }
        for name in requiredTemplates where set.templates[name] == nil {
            diagnostics.append(.error(.templateError, "missing template '\(name).swift.mustache'", at: SourceLocation(file: source.directory, line: 1)))
        }
        return (diagnostics.hasErrors ? nil : set, diagnostics)
    }
}

/// The template files of a folder as `TemplateSet` reads them: the three kinds, each file's
/// bytes (nil when it cannot be read), in a fixed order.
public struct TemplateFiles: Sendable {
    public enum Kind: Sendable, CaseIterable {
        case template, partial, conformance

        /// The subfolder and the file name suffix of each kind.
        var folder: String {
            switch self {
            case .template: ""
            case .partial: "partials"
            case .conformance: "conformance"
            }
        }

        var suffix: String { self == .partial ? ".mustache" : ".swift.mustache" }
    }

    public struct File: Sendable {
        public var kind: Kind
        /// The name without its suffix: `model`, `header`.
        public var name: String
        public var data: Data?

        /// The path below the templates folder: `partials/header.mustache`.
        public var relativePath: String {
            kind.folder.isEmpty ? name + kind.suffix : kind.folder + "/" + name + kind.suffix
        }

        func path(in directory: String) -> String {
            (directory as NSString).appendingPathComponent(relativePath)
        }
    }

    public var directory: String
    /// nil when `directory` is not a folder.
    public var files: [File]?

    public static func read(from directory: String) -> TemplateFiles {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            return TemplateFiles(directory: directory, files: nil)
        }
        var files: [File] = []
        for kind in Kind.allCases {
            let folder = kind.folder.isEmpty ? directory : (directory as NSString).appendingPathComponent(kind.folder)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(kind.suffix) }.sorted()
            for name in names {
                let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(name))
                files.append(File(kind: kind, name: String(name.dropLast(kind.suffix.count)), data: data))
            }
        }
        return TemplateFiles(directory: directory, files: files)
    }
}
