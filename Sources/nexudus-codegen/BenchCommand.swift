import APISchema
import DocsParser
import Foundation
import SwiftEmitter

/// `bench [--scale N] [--runs R]`: times every stage over a synthetic corpus made by
/// replicating `spec/docs` under N distinct entity names, and prints the figures: per stage
/// the median and range, pages per second and microseconds per page (flat when time grows
/// linearly with the corpus), parse+merge+emit together (the figure the speed target is
/// about), a second write of the same files (what a no-change `generate` costs) and the
/// peak memory.
enum BenchCommand {
    static func run(_ arguments: [String]) throws(CommandError) -> Int32 {
        let parsed = try Arguments(arguments, flags: ["--help", "-h"], options: ["--scale", "--runs", "--spec", "--templates"])
        if parsed.flags.contains("--help") || parsed.flags.contains("-h") {
            print(Command.subcommandHelp["bench"]!, terminator: "")
            return 0
        }
        let scales = try (parsed.options["--scale"] ?? "1,10,100").split(separator: ",").map { text throws(CommandError) -> Int in
            guard let value = Int(text), value > 0 else { throw CommandError.usage("--scale takes positive whole numbers, e.g. 1,10,100") }
            return value
        }
        guard let runs = Int(parsed.options["--runs"] ?? "5"), runs > 0 else { throw CommandError.usage("--runs takes a positive whole number") }
        let seeds = try Pipeline.readSources(in: parsed.options["--spec"] ?? "spec/docs")
        let (templates, templateDiagnostics) = TemplateSet.load(from: parsed.options["--templates"] ?? "templates")
        guard let templates else {
            throw CommandError.failure(templateDiagnostics.map(\.rendered).joined(separator: "\n"))
        }
        print("nexudus-codegen bench: \(seeds.count) seed pages, \(runs) runs per scale (median [min–max])")
        for scale in scales {
            // The corpus goes to disk once, so `read` reads files as `generate` does and only
            // what a run of `generate` holds is in memory while it is measured.
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nexudus-bench-docs-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let pageCount = try writeCorpus(replicate(seeds, times: scale), to: folder)
            var timings: [String: [Double]] = [:]
            for _ in 0..<runs {
                for (stage, seconds) in try measure(folder, templates: templates) { timings[stage, default: []].append(seconds) }
            }
            for prefix in ["", "cpu "] {
                for index in 0..<runs {
                    let core = ["parse", "merge", "emit"].reduce(0) { $0 + timings[prefix + $1, default: []][index] }
                    timings[prefix + coreStage, default: []].append(core)
                }
            }
            print("")
            print("scale \(scale)x: \(pageCount) pages")
            for stage in stages {
                let values = timings[stage, default: []].sorted()
                guard !values.isEmpty else { continue }
                let median = values[values.count / 2]
                let cpu = timings["cpu " + stage, default: []].sorted()
                let rate = median > 0 ? Double(pageCount) / median : 0
                print("  \(stage.padding(toLength: 16, withPad: " ", startingAt: 0))  \(ms(median)) [\(ms(values.first!))–\(ms(values.last!))]  \(Int(rate)) pages/s  \(String(format: "%.1f", median / Double(pageCount) * 1_000_000)) µs/page  (cpu \(ms(cpu[cpu.count / 2])))")
            }
            print("  peak memory so far: \(peakMemoryMB()) MB")
        }
        print("")
        print("peak memory: \(peakMemoryMB()) MB (maximum resident set size of this process)")
        return 0
    }

    /// The three stages the speed target covers, timed together.
    static let coreStage = "parse+merge+emit"
    /// `rewrite` writes the same files again: nothing changed, so nothing should be written.
    static let stages = ["read", "parse", "merge", "emit", coreStage, "write", "rewrite", "total"]

    /// Copy `k` renames every `Coworker…` entity to `CoworkerK…` (and `coworker…` paths to
    /// `coworkerk…`), so each copy is a distinct set of entities with the same shape.
    static func replicate(_ seeds: [Pipeline.Source], times: Int) -> [Pipeline.Source] {
        guard times > 1 else { return seeds }
        var result: [Pipeline.Source] = []
        for copy in 0..<times {
            let tag = letters(copy)
            for seed in seeds {
                let renamed = replacing(Array("coworker".utf8), with: Array(("coworker" + tag.lowercased()).utf8),
                                        in: replacing(Array("Coworker".utf8), with: Array(("Coworker" + tag).utf8), in: Array(seed.data)))
                result.append(Pipeline.Source(path: "\(tag)-" + (seed.path as NSString).lastPathComponent, data: Data(renamed)))
            }
        }
        return result
    }

    /// Every occurrence of `needle` in `bytes` replaced, left to right: building a 1,500-page
    /// corpus this way takes milliseconds instead of seconds of Foundation string search.
    static func replacing(_ needle: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == needle[0], index + needle.count <= bytes.count, bytes[index..<index + needle.count].elementsEqual(needle) {
                result += replacement
                index += needle.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    /// 0 → "Aa", 1 → "Ab", …: letters keep the renamed entities valid identifiers.
    static func letters(_ number: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        var value = number
        var result = ""
        repeat {
            result = String(alphabet[value % 26]) + result
            value /= 26
        } while value > 0
        return "A" + result
    }

    static func writeCorpus(_ corpus: [Pipeline.Source], to folder: String) throws(CommandError) -> Int {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for source in corpus {
                let name = (source.path as NSString).lastPathComponent
                try source.data.write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(name)))
            }
        } catch {
            throw CommandError.failure("\(folder): error: cannot write the benchmark corpus: \(error.localizedDescription)")
        }
        return corpus.count
    }

    /// Wall-clock seconds of each stage, and its processor seconds (all threads) as `cpu STAGE`.
    static func measure(_ folder: String, templates: TemplateSet) throws(CommandError) -> [(String, Double)] {
        let start = DispatchTime.now()
        var clock = start
        var cpuClock = cpuSeconds()
        var results: [(String, Double)] = []
        func lap(_ stage: String) {
            let now = DispatchTime.now()
            let cpu = cpuSeconds()
            results.append((stage, Double(now.uptimeNanoseconds - clock.uptimeNanoseconds) / 1e9))
            results.append(("cpu " + stage, cpu - cpuClock))
            clock = now
            cpuClock = cpu
        }
        var sources = try Pipeline.readSources(in: folder)
        lap("read")
        var pages = Pipeline.parse(sources)
        sources = []  // as in `generate`, the pages' bytes are not needed once they are read
        lap("parse")
        let (schema, _) = SchemaMerger.merge(pages)
        pages = []  // nor the pages once they are merged
        lap("merge")
        // `emit` renders every file, handing them over batch by batch as `generate` does, and
        // keeps none: what rendering alone costs, in time and memory.
        var emitted = 0
        _ = SwiftEmitter(templates: templates).emit(schema) { files in emitted += files.reduce(0) { $0 + $1.bytes.count } }
        lap("emit")
        // `write` and `rewrite` do what `generate` does after the merge: render every file and
        // the schema file into an output session, writing a fresh folder, then finding it
        // unchanged.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nexudus-bench-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        func generate() throws(CommandError) -> OutputWriter.Report {
            let output = (directory as NSString).appendingPathComponent("Generated")
            let tests = (directory as NSString).appendingPathComponent("Tests")
            let session = OutputSession(mode: .write, replacing: [output, tests])
            _ = Pipeline.emitFiles(schema, templates: templates, outputDirectory: output, testsDirectory: tests, into: session)
            try Pipeline.addSchemaFile(schema, path: (directory as NSString).appendingPathComponent("schema.json"), into: session)
            return try session.finish()
        }
        let written = try generate()
        lap("write")
        results.append(("total", Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9))
        results.append(("cpu total", results.filter { $0.0.hasPrefix("cpu ") }.reduce(0) { $0 + $1.1 }))
        clock = DispatchTime.now()
        cpuClock = cpuSeconds()
        let rewritten = try generate()
        lap("rewrite")
        guard emitted > 0, !written.written.isEmpty, rewritten.written.isEmpty else {
            throw CommandError.failure("error: the benchmark's output did not come out the same twice")
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
