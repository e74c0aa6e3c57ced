import Diagnostics

/// Why the generator stopped: the diagnostic that says so, and what kind of stop it is.
/// The command line maps the kind to an exit code; the core knows nothing of processes.
public struct GeneratorError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The request contradicts itself (an output folder holding an input): a usage error.
        case invalidRequest
        /// The documentation or a schema file cannot be used as it is.
        case invalidInput
        /// Generation failed or the disk refused: nothing was written.
        case failed
    }

    public var kind: Kind
    public var diagnostic: Diagnostic

    public init(_ kind: Kind, _ diagnostic: Diagnostic) {
        self.kind = kind
        self.diagnostic = diagnostic
    }

    public static func invalidRequest(_ id: DiagnosticID, _ message: String) -> GeneratorError {
        GeneratorError(.invalidRequest, .error(id, message, at: nil))
    }

    public static func invalidInput(_ id: DiagnosticID, _ message: String, at location: SourceLocation? = nil) -> GeneratorError {
        GeneratorError(.invalidInput, .error(id, message, at: location))
    }

    public static func failed(_ id: DiagnosticID, _ message: String, at location: SourceLocation? = nil) -> GeneratorError {
        GeneratorError(.failed, .error(id, message, at: location))
    }
}
