import Diagnostics
import Foundation
import SwiftEmitter

/// Lets a no-change `generate` or `check` skip parsing, merging and rendering, as ccache
/// lets a build skip the compiler: the inputs are hashed into a key (`CacheKey`), and a
/// successful run leaves an entry (`CacheEntry`) under that key with the size and hash of
/// every file it produced and every diagnostic it printed.
///
/// A hit is never taken on trust: every recorded file is read and must still have its
/// size and hash, and the output folders must hold exactly the recorded files, staging
/// leftovers and stray files included. That is the state in which a full run would find
/// nothing to write, nothing to remove and nothing to report, so a hit prints what that
/// run would print. Anything else, an unreadable or damaged entry included, is a miss, and
/// the full run decides. Reading and writing the cache never fails a run.
struct GenerateCache {
    let directory: String
    let key: UInt64
    let entryPath: String

    /// nil when the key cannot be computed (see `CacheKey.compute`): the run goes uncached.
    init?(directory: String, options: [(name: String, value: String)], templates: TemplateFiles, runtime: RuntimeOutput,
          sources: [PageSource], manifest: Data? = nil, executable: String? = CacheKey.runningExecutable()) {
        guard let key = CacheKey.compute(options: options, templates: templates, runtime: runtime, sources: sources, manifest: manifest,
                                         executable: executable) else {
            return nil
        }
        self.directory = directory
        self.key = key
        entryPath = (directory as NSString).appendingPathComponent(CacheKey.entryName(options: options) + ".entry")
    }

    /// The entry, when it was made from these inputs and the disk still holds exactly what
    /// it records; `directories` are the output folders a full run would clean up.
    func hit(replacing directories: [String]) -> CacheEntry? {
        guard let bytes = FileBytes.read(entryPath), let entry = CacheEntry(decoding: bytes), entry.key == key else { return nil }
        let recorded = entry.files.map(\.path)
        guard OutputWriter.notProduced(OutputWriter.existingFiles(in: directories), by: recorded).isEmpty,
              Self.allMatch(entry.files) else {
            return nil
        }
        return entry
    }

    /// Records a run that succeeded. The entry is written beside its place and renamed
    /// over it, so a reader, even a concurrent run, sees the old entry or the new one.
    func store(files: [CacheEntry.File], diagnostics: [String]) {
        let temporary = entryPath + ".\(getpid()).tmp"
        guard (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil else { return }
        let bytes = CacheEntry(key: key, files: files, diagnostics: diagnostics).encoded()
        guard (try? FileBytes.write(bytes, to: temporary)) != nil, rename(temporary, entryPath) == 0 else {
            unlink(temporary)
            return
        }
    }

    /// A verified entry's report, its diagnostics printed again; otherwise the report of
    /// `run` (told whether to record digests), recorded when the cache can stand in for it
    /// next time. The cache is around the stages, never inside them.
    static func answer(_ cache: GenerateCache?, mode: GeneratorPipeline.Mode, replacing directories: [String], log: DiagnosticLog,
                       run: (_ recordsDigests: Bool) throws(GeneratorError) -> GenerationReport) throws(GeneratorError) -> GenerationReport {
        if let entry = cache?.hit(replacing: directories) {
            for line in entry.diagnostics { log.replay(line) }
            return GenerationReport(mode: mode, written: OutputWriter.Report(unchanged: entry.files.map(\.path)))
        }
        let report = try run(cache != nil)
        // Stray files are left out of the entry: while one is there, the listing misses.
        if let cache, report.isReproducible { cache.store(files: report.digests, diagnostics: log.lines) }
        return report
    }

    /// Whether every file still has its recorded size and hash; read on all cores, in
    /// batches that each reuse one buffer.
    static func allMatch(_ files: [CacheEntry.File]) -> Bool {
        let batchSize = 64
        let batches = stride(from: 0, to: files.count, by: batchSize).map { Array(files[$0..<min($0 + batchSize, files.count)]) }
        return orderedConcurrentMap(batches) { batch in
            var buffer: [UInt8] = []
            return batch.allSatisfy { file in
                guard let digest = FileBytes.digest(file.path, buffer: &buffer) else { return false }
                return digest.size == file.size && digest.hash == file.hash
            }
        }.allSatisfy { $0 }
    }
}
