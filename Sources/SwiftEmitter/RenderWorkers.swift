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

    func run(_ jobs: [@Sendable (TemplateSet) -> EmitResult]) -> [EmitResult] {
        orderedConcurrentMap(jobs, workers: copies) { templates, job in job(templates) }
    }
}

extension TemplateSet {
    /// Every template parsed again, sharing no storage with these.
    func independentCopy() -> TemplateSet {
        func copy(_ templates: [String: Template]) -> [String: Template] { templates.mapValues { $0.independentCopy() } }
        return TemplateSet(templates: copy(templates), partials: copy(partials), conformance: copy(conformance))
    }
}
