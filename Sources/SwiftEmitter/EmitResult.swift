import Diagnostics

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
}
