import Diagnostics

/// Where the pipeline reports what it finds, as it finds it. The command line prints each
/// line to standard error; tests keep them. Every line is also kept, in order, so the cache
/// can replay exactly what a full run printed.
public final class DiagnosticLog {
    private let emit: (String) -> Void
    public private(set) var lines: [String] = []

    public init(_ emit: @escaping (String) -> Void = { _ in }) {
        self.emit = emit
    }

    public func report(_ diagnostic: Diagnostic) {
        replay(diagnostic.rendered)
    }

    public func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { report(diagnostic) }
    }

    /// A line an earlier run printed, printed again as it was.
    public func replay(_ line: String) {
        emit(line)
        lines.append(line)
    }
}
