import APISchema
import Diagnostics
import Foundation

/// The schema file and the OpenAPI document, compared with the disk or staged on a thread
/// of their own while the Swift files render. Both are made from the schema alone, and the
/// rendering leaves a core idle at the end of each batch of files, which this work fills:
/// done after the rendering, it added its whole time to a first `generate`.
struct SchemaOutputs: Sendable {
    var examinations: [(FileExamination, OutputSession.Rank)] = []
    /// The OpenAPI document's warnings.
    var diagnostics: [Diagnostic] = []

    /// `openAPIPath` nil leaves the document out.
    static func examine(_ schema: APISchema, schemaPath: String, openAPIPath: String?, sourceURLs: [String: String],
                        with examiner: FileExaminer) -> Result<SchemaOutputs, GeneratorError> {
        var outputs = SchemaOutputs()
        let examination: FileExamination
        let digest: UInt64
        do {
            (examination, digest) = try SchemaFile.examine(schema, path: schemaPath, with: examiner)
        } catch {
            return .failure(error)
        }
        outputs.examinations.append((examination, SchemaFile.rank))
        // After a failure nothing is written; the document would be made for nothing.
        if case .failed = examination.outcome { return .success(outputs) }
        if let openAPIPath {
            let (document, diagnostics) = OpenAPIFile.examine(schema, schemaDigest: digest, path: openAPIPath,
                                                              sourceURLs: sourceURLs, with: examiner)
            outputs.examinations.append((document, OpenAPIFile.rank))
            outputs.diagnostics = diagnostics
        }
        return .success(outputs)
    }
}

/// A value worked out on a thread of its own (not the dispatch pool, which the rendering's
/// workers fill), waited for where it is needed.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    /// Written by the thread before it signals `finished`, read only after waiting for it.
    private var value: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            value = work()
            finished.signal()
        }
        thread.start()
    }

    /// The value, once the thread has made it. Call once.
    func wait() -> Value {
        finished.wait()
        return value!
    }
}
