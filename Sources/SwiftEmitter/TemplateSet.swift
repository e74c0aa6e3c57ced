import Diagnostics
import Foundation

/// The templates of one output layout, read from a folder (`templates/` or a user's copy
/// given with `--templates`). Partials live in `partials/`, runtime support files in
/// `runtime/`; every other `*.swift.mustache` is a kind of generated file.
public struct TemplateSet: Sendable {
    public var templates: [String: Template]
    public var partials: [String: Template]
    /// Runtime support files by output name (`JSONValue.swift`).
    public var runtime: [String: Template]
    /// The conformance test target: `Tests` per entity and its `Support` file.
    public var conformance: [String: Template]

    /// The template names the emitter needs; a copy missing one is an error, not a gap.
    public static let requiredTemplates = ["enum", "flags", "model", "request", "search", "endpoints"]

    public static func load(from directory: String) -> (TemplateSet?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var set = TemplateSet(templates: [:], partials: [:], runtime: [:], conformance: [:])
        func read(_ folder: String, suffix: String, into store: WritableKeyPath<TemplateSet, [String: Template]>) {
            let path = folder.isEmpty ? directory : (directory as NSString).appendingPathComponent(folder)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(suffix) }.sorted()
            for name in names {
                let file = (path as NSString).appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: file), let source = String(data: data, encoding: .utf8) else {
                    diagnostics.append(.error(.templateError, "cannot read template", at: SourceLocation(file: file, line: 1)))
                    continue
                }
                do {
                    set[keyPath: store][String(name.dropLast(suffix.count))] = try Template(name: file, source: source)
                } catch {
                    diagnostics.append(.error(.templateError, error.message, at: SourceLocation(file: file, line: error.line, column: error.column)))
                }
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (nil, [.error(.templateError, "no such templates folder", at: SourceLocation(file: directory, line: 1))])
        }
        read("", suffix: ".swift.mustache", into: \.templates)
        read("partials", suffix: ".mustache", into: \.partials)
        read("runtime", suffix: ".swift.mustache", into: \.runtime)
        read("conformance", suffix: ".swift.mustache", into: \.conformance)
        for name in requiredTemplates where set.templates[name] == nil {
            diagnostics.append(.error(.templateError, "missing template '\(name).swift.mustache'", at: SourceLocation(file: directory, line: 1)))
        }
        return (diagnostics.hasErrors ? nil : set, diagnostics)
    }
}
