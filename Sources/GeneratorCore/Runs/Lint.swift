import APISchema
import Diagnostics

extension GeneratorPipeline {
    /// The same fact documented two ways on two pages of the documentation folder. Pages
    /// that cannot be read at all stop the lint; contradictions are its findings.
    public func lint(log: DiagnosticLog) throws(GeneratorError) -> [Diagnostic] {
        let (schema, diagnostics) = merge(parse(try readSources()))
        let errors = diagnostics.filter { $0.severity == .error }
        if !errors.allSatisfy({ SchemaLint.contradictionIDs.contains($0.id) }) {
            log.report(errors)
            throw .invalidInput(.documentationErrors, "the documentation cannot be read; fix the errors above first")
        }
        return SchemaLint.findings(in: schema, mergeDiagnostics: diagnostics)
    }
}
