import Diagnostics
import Foundation

/// What one rendering job of the emitter gives: its files, the template errors met, and
/// the warnings about examples no conformance test could be written for (reported after
/// every template error, as they were when one pass collected them).
struct EmitResult: Sendable {
    let templates: TemplateSet
    var files: [RenderedFile] = []
    var diagnostics: [Diagnostic] = []
    var conformanceDiagnostics: [Diagnostic] = []

    init(_ templates: TemplateSet) {
        self.templates = templates
    }

    /// Renders the template of that name; a missing one is an error, not a gap.
    mutating func render(_ template: String, _ context: TemplateValue, to path: String) {
        guard let compiled = templates.templates[template] else {
            diagnostics.append(.error(.templateError, "missing template '\(template).swift.mustache'", at: nil))
            return
        }
        render(compiled, context, to: path)
    }

    mutating func render(_ template: Template, _ context: TemplateValue, to path: String, root: RenderedFile.Root = .sdk) {
        do {
            files.append(RenderedFile(path: path, bytes: try template.renderUTF8(context, partials: templates.partials), root: root))
        } catch {
            diagnostics.append(error.diagnostic)
        }
    }

    func rendering(_ template: String, _ context: TemplateValue, to path: String) -> EmitResult {
        var result = self
        result.render(template, context, to: path)
        return result
    }

    func rendering(_ template: Template, _ context: TemplateValue, to path: String, root: RenderedFile.Root = .sdk) -> EmitResult {
        var result = self
        result.render(template, context, to: path, root: root)
        return result
    }

    /// The runtime's sources, each under the generated header (which marks the file as the
    /// generator's, so a later run may replace or remove it), into `folder`.
    func copying(_ sources: RuntimeSources, to folder: String) -> EmitResult {
        var result = self
        guard let files = sources.files, !files.isEmpty else {
            result.diagnostics.append(.error(.templateError, "no runtime sources (*.swift) in this folder", at: SourceLocation(file: sources.directory, line: 1)))
            return result
        }
        guard let header = templates.partials["header"] else {
            result.diagnostics.append(.error(.templateError, "missing partial 'header.mustache'", at: nil))
            return result
        }
        let headerBytes: [UInt8]
        do {
            headerBytes = try header.renderUTF8(.object([:]), partials: templates.partials)
        } catch {
            result.diagnostics.append(.error(.templateError, error.message, at: SourceLocation(file: error.templateName, line: error.line, column: error.column)))
            return result
        }
        for file in files {
            guard let data = file.data else {
                let path = (sources.directory as NSString).appendingPathComponent(file.name)
                result.diagnostics.append(.error(.templateError, "cannot read runtime source", at: SourceLocation(file: path, line: 1)))
                continue
            }
            result.files.append(RenderedFile(path: folder + "/" + file.name, bytes: headerBytes + Array("\n".utf8) + Array(data)))
        }
        return result
    }
}
