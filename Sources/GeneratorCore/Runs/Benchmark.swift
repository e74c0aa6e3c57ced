import Diagnostics
import Foundation
import SwiftEmitter

/// `bench`: times the pipeline's own stages over a corpus made by replicating the
/// documentation folder, and prints per stage the median and range, pages per second and
/// microseconds per page (flat when time grows linearly with the corpus), parse+merge+emit
/// together (the figure the speed target is about), a first write into a fresh folder, a
/// second write of the same files (what a no-change `generate` costs) and the peak memory.
public struct Benchmark: Sendable {
    public var scales: [Int]
    public var runs: Int
    public var options: GeneratorOptions

    public init(scales: [Int], runs: Int, options: GeneratorOptions) {
        self.scales = scales
        self.runs = runs
        self.options = options
    }

    /// The three stages the speed target covers, timed together.
    static let coreStage = "parse+merge+emit"
    /// `rewrite` writes the same files again: nothing changed, so nothing should be written.
    static let stages = ["read", "parse", "merge", "emit", coreStage, "write", "rewrite", "total"]

    /// Runs every scale, handing each line of the report to `print` as soon as it is known.
    public func run(log: DiagnosticLog, print: (String) -> Void) throws(GeneratorError) {
        let seeds = try GeneratorPipeline(options: options).readSources()
        let (templates, templateDiagnostics) = TemplateSet.load(from: options.templatesDirectory)
        log.report(templateDiagnostics)
        guard let templates else { throw .failed(.generationFailed, "the templates have errors; nothing was measured") }
        print("nexudus-codegen bench: \(seeds.count) seed pages, \(runs) runs per scale (median [min–max])")
        // What the runs write is deleted only when all are done: ext4 without a journal skips
        // over the inodes freed in the last minute whenever it makes a file, so a run after
        // another's deletions would pay seconds of kernel time for them in its `write`.
        var written: [String] = []
        defer { for folder in written { try? FileManager.default.removeItem(atPath: folder) } }
        for scale in scales {
            // The corpus goes to disk once, so `read` reads files as `generate` does and only
            // what a run of `generate` holds is in memory while it is measured.
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nexudus-bench-docs-\(UUID().uuidString)").path
            written.append(folder)
            let pageCount = try Corpus.write(Corpus.replicate(seeds, times: scale), to: folder)
            var timings: [String: [Double]] = [:]
            for _ in 0..<runs {
                for (stage, seconds) in try measure(folder, templates: templates, outputs: &written) { timings[stage, default: []].append(seconds) }
            }
            for prefix in ["", "cpu "] {
                for index in 0..<runs {
                    let core = ["parse", "merge", "emit"].reduce(0) { $0 + timings[prefix + $1, default: []][index] }
                    timings[prefix + Self.coreStage, default: []].append(core)
                }
            }
            print("")
            print("scale \(scale)x: \(pageCount) pages")
            for stage in Self.stages {
                let values = timings[stage, default: []].sorted()
                guard !values.isEmpty else { continue }
                let median = values[values.count / 2]
                let cpu = timings["cpu " + stage, default: []].sorted()
                let rate = median > 0 ? Double(pageCount) / median : 0
                print("  \(stage.padding(toLength: 16, withPad: " ", startingAt: 0))  \(Self.ms(median)) [\(Self.ms(values.first!))–\(Self.ms(values.last!))]  \(Int(rate)) pages/s  \(String(format: "%.1f", median / Double(pageCount) * 1_000_000)) µs/page  (cpu \(Self.ms(cpu[cpu.count / 2])))")
            }
            print("  peak memory so far: \(Self.peakMemoryMB()) MB")
        }
        print("")
        print("peak memory: \(Self.peakMemoryMB()) MB (maximum resident set size of this process)")
    }

    /// Wall-clock seconds of each stage, and its processor seconds (all threads) as `cpu STAGE`.
    /// `outputs` gets the folder the run wrote, for the caller to delete.
    func measure(_ folder: String, templates: TemplateSet, outputs: inout [String]) throws(GeneratorError) -> [(String, Double)] {
        var corpusOptions = options
        corpusOptions.specDirectory = folder
        let start = DispatchTime.now()
        var clock = start
        var cpuClock = Self.cpuSeconds()
        var results: [(String, Double)] = []
        func lap(_ stage: String) {
            let now = DispatchTime.now()
            let cpu = Self.cpuSeconds()
            results.append((stage, Double(now.uptimeNanoseconds - clock.uptimeNanoseconds) / 1e9))
            results.append(("cpu " + stage, cpu - cpuClock))
            clock = now
            cpuClock = cpu
        }
        let reader = GeneratorPipeline(options: corpusOptions)
        var sources = try reader.readSources()
        lap("read")
        let pages = reader.parse(sources)
        sources = []  // as in `generate`, the pages' bytes are not needed once they are read
        lap("parse")
        // Handed over as `generate` hands them: the merge lets the pages go as it goes.
        let (schema, _) = reader.merge(consume pages)
        FreedMemory.returnToSystem()
        lap("merge")
        // `emit` renders every file, handing them over batch by batch as `generate` does, and
        // keeps none: what rendering alone costs, in time and memory.
        var emitted = 0
        let runtime = reader.readRuntime()
        _ = reader.emit(schema, templates: templates, runtime: runtime) { files in emitted += files.reduce(0) { $0 + $1.bytes.count } }
        lap("emit")
        // `write` and `rewrite` do what `generate` does after the merge: render every file and
        // the schema file into an output session, writing a fresh folder, then finding it
        // unchanged.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nexudus-bench-\(UUID().uuidString)").path
        outputs.append(directory)
        var outputOptions = corpusOptions
        outputOptions.outputDirectory = (directory as NSString).appendingPathComponent("Generated")
        outputOptions.testsDirectory = (directory as NSString).appendingPathComponent("Tests")
        outputOptions.schemaPath = (directory as NSString).appendingPathComponent("schema.json")
        let writer = GeneratorPipeline(options: outputOptions)
        func generate() throws(GeneratorError) -> OutputWriter.Report {
            let session = OutputSession(mode: .write, replacing: outputOptions.outputDirectories)
            try writer.render(schema, templates: templates, runtime: runtime, into: session, log: DiagnosticLog())
            return try writer.write(session, log: DiagnosticLog()).written
        }
        let written = try generate()
        lap("write")
        results.append(("total", Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9))
        results.append(("cpu total", results.filter { $0.0.hasPrefix("cpu ") }.reduce(0) { $0 + $1.1 }))
        clock = DispatchTime.now()
        cpuClock = Self.cpuSeconds()
        let rewritten = try generate()
        lap("rewrite")
        guard emitted > 0, !written.written.isEmpty, rewritten.written.isEmpty else {
            throw .failed(.generationFailed, "the benchmark's output did not come out the same twice")
        }
        return results
    }

    /// User and system time of every thread of this process so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }

    static func peakMemoryMB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024  // kilobytes on Linux
    }
}
