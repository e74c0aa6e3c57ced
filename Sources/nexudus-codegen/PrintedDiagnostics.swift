/// Prints diagnostics to standard error as they come, and keeps them in order, so that the
/// generate cache can print exactly the same lines when it stands in for the run.
final class PrintedDiagnostics {
    private(set) var lines: [String] = []

    func print(_ text: String) {
        printError(text)
        lines.append(text)
    }
}
