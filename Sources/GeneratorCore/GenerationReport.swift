/// What a `generate` or `check` run did, for the command line to print.
public struct GenerationReport: Sendable, Equatable {
    public var mode: GeneratorPipeline.Mode
    /// `write`: what changed on the disk.
    public var written: OutputWriter.Report
    /// `check`: every file that differs from what the docs give, sorted by path.
    public var drift: [Drift]
    /// Every file produced, with its size and hash, for the cache.
    var digests: [CacheEntry.File]

    init(mode: GeneratorPipeline.Mode, written: OutputWriter.Report = .init(), drift: [Drift] = [], digests: [CacheEntry.File] = []) {
        self.mode = mode
        self.written = written
        self.drift = drift
        self.digests = digests
    }

    public var isInSync: Bool { drift.isEmpty }

    /// The line for standard output.
    public var summary: String {
        switch mode {
        case .write: "Wrote \(written.written.count) file(s), \(written.unchanged.count) unchanged, \(written.removed.count) removed."
        case .check: isInSync ? Self.inSync : "\(drift.count) file(s) differ from what the docs give"
        }
    }

    public static let inSync = "Generated code is in sync with the docs."

    /// A run the cache can stand in for next time: it finished, and a `check` found no drift.
    var isReproducible: Bool { mode == .write || isInSync }
}
