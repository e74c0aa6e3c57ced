import Diagnostics
import Foundation

/// Rendering jobs on all cores, each thread with its own copy of the templates: rendering
/// reads the template nodes at every step, and shared by two threads their reference counts
/// would bounce between the cores' caches at every node. `orderedConcurrentMap` hands the
/// jobs out and puts every result back in its job's place.
final class RenderWorkers: Sendable {
    let copies: [TemplateSet]

    init(templates: TemplateSet) {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        copies = [templates] + (1..<workers).map { _ in templates.independentCopy() }
    }

    /// Each job's result, with every file it rendered passed through `process` on the
    /// thread that rendered it, so the caller's work on the file (comparing it with the
    /// disk, writing it) runs on all cores as the rendering does, and the file's bytes are
    /// let go as soon as that work is done.
    func run<Processed: Sendable>(_ jobs: [@Sendable (TemplateSet) -> EmitResult],
                                  process: @escaping @Sendable (RenderedFile) -> Processed) -> [ProcessedResult<Processed>] {
        orderedConcurrentMap(jobs, workers: copies) { templates, job in
            let result = job(templates)
            return ProcessedResult(files: result.files.map(process), diagnostics: result.diagnostics,
                                   conformanceDiagnostics: result.conformanceDiagnostics)
        }
    }
}

/// A job's `EmitResult` once its files went through the caller's `process`.
struct ProcessedResult<Processed: Sendable>: Sendable {
    var files: [Processed]
    var diagnostics: [Diagnostic]
    var conformanceDiagnostics: [Diagnostic]
}

extension TemplateSet {
    /// Every template parsed again, sharing no storage with these.
    func independentCopy() -> TemplateSet {
        func copy(_ templates: [String: Template]) -> [String: Template] { templates.mapValues { $0.independentCopy() } }
        return TemplateSet(templates: copy(templates), partials: copy(partials), conformance: copy(conformance))
    }
}
