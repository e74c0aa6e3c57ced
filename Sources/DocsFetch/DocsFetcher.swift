import Diagnostics
import Foundation

/// `fetch` as one value: index → selected pages → conditional GETs → checks → one staged
/// write. Nothing under `--out` changes unless every page succeeded (or `keepGoing`).
public struct DocsFetcher: Sendable {
    public var transport: any FetchTransport
    public var clock: any FetchClock

    public init(transport: any FetchTransport, clock: any FetchClock = SystemClock()) {
        self.transport = transport
        self.clock = clock
    }

    static let accept = ["Accept": "text/markdown, text/plain;q=0.9, */*;q=0.1", "User-Agent": "nexudus-codegen-fetch"]

    public func run(_ options: FetchOptions, progress: (@Sendable (FetchProgress) -> Void)? = nil) async -> FetchReport {
        let output = options.outputDirectory.standardizedFileURL.resolvingSymlinksInPath()
        let policy = LinkPolicy(indexURL: options.indexURL, allowedHosts: options.allowedHosts)
        let getter = HTTPGetter(transport: transport, clock: clock, policy: policy, timeout: options.timeout,
                                retries: max(0, options.retries), bodyLimit: PageCheck.maximumPageSize)
        let index: LLMSIndex
        switch await readIndex(options.indexURL, getter) {
        case .read(let read): index = read
        case .failed(let failed): return failed
        }

        var report = FetchReport(status: .completed)
        let previous = readManifest(in: output, &report.diagnostics)
        let plan = PagePlan(index: index, indexURL: options.indexURL, policy: policy,
                            include: options.include.map(Glob.init), exclude: options.exclude.map(Glob.init))
        report.diagnostics += plan.warnings
        report.skipped += plan.warnings.count

        let results = await fetchAll(plan.targets, previous: previous, output: output, getter: getter,
                                     concurrency: max(1, options.concurrency), progress: progress)
        var pages: [SourcesManifest.Page] = []
        var writes: [String: Data] = [:]
        for result in results {
            let file = result.target.file
            switch result.kind {
            case .written(let body, let isNew):
                if isNew { report.new.append(file) } else { report.changed.append(file) }
                writes[file] = body
                pages.append(result.entry)
            case .unchanged:
                report.unchanged.append(file)
                pages.append(result.entry)
            case .skipped(let warning):
                report.skipped += 1
                report.diagnostics.append(warning)
            case .failed(let error):
                report.failed.append(result.target.url.absoluteString)
                report.diagnostics.append(error)
                // A page that failed under --keep-going keeps its old file and entry.
                if let kept = previous?.page(forFile: file) { pages.append(kept) }
            }
        }

        let kept = Set(pages.map(\.file))
        var removals: [String] = []
        for page in previous?.pages ?? [] where !kept.contains(page.file) {
            guard Self.isSafeRelativePath(page.file) else {
                report.diagnostics.append(.warning(.invalidManifest, "\(SourcesManifest.fileName) lists '\(page.file)', which is not a path inside the folder; it was not removed",
                                                   at: SourceLocation(file: output.appendingPathComponent(SourcesManifest.fileName).path, line: 1)))
                continue
            }
            if FileManager.default.fileExists(atPath: output.appendingPathComponent(page.file).path) {
                removals.append(page.file)
                report.removed.append(page.file)
            }
        }
        let manifest = SourcesManifest(index: options.indexURL.absoluteString, pages: pages).encoded()
        if FileManager.default.contents(atPath: output.appendingPathComponent(SourcesManifest.fileName).path) != manifest {
            writes[SourcesManifest.fileName] = manifest
        }

        report.diagnostics = report.diagnostics.sortedForOutput()
        if !report.failed.isEmpty {
            report.status = .pagesFailed
            guard options.keepGoing else { return report }
        }
        guard !writes.isEmpty || !removals.isEmpty else { return report }
        do {
            try StagedWrite(output: output, writes: writes, removals: removals).commit()
            report.wroteFiles = true
        } catch {
            report.status = .writeFailed
            report.diagnostics.append(.error(.outputError, "nothing was written to \(options.outputDirectory.path): \(error.message)", at: nil))
        }
        return report
    }

    private enum IndexRead {
        case read(LLMSIndex)
        case failed(FetchReport)
    }

    /// An index may be larger than a page: 1,500 links are about 250 KB.
    static let maximumIndexSize = 16 * 1024 * 1024

    private func readIndex(_ url: URL, _ pageGetter: HTTPGetter) async -> IndexRead {
        var getter = pageGetter
        getter.bodyLimit = Self.maximumIndexSize
        func failure(_ status: FetchReport.Status, _ diagnostic: Diagnostic) -> IndexRead {
            var report = FetchReport(status: status)
            report.diagnostics = [diagnostic]
            return .failed(report)
        }
        switch await getter.get(url, headers: Self.accept) {
        case .failure(.failed(let error)), .failure(.rejected(let error)):
            return failure(.indexUnreachable, .error(.indexUnreachable, "cannot fetch the index: \(error.message)", at: nil))
        case .success(let response) where response.status != 200:
            return failure(.indexUnreachable, .error(.indexUnreachable, "cannot fetch the index: \(url.absoluteString): HTTP \(response.status)", at: nil))
        case .success(let response):
            guard let text = String(validating: response.body, as: UTF8.self) else {
                return failure(.invalidIndex, .error(.invalidIndex, "\(url.absoluteString) is not an llms.txt: it is not UTF-8 text", at: nil))
            }
            let index = LLMSIndex(text: text)
            guard !index.links.isEmpty else {
                return failure(.invalidIndex, .error(.invalidIndex, "\(url.absoluteString) is not an llms.txt: it lists no '- [Title](URL)' links", at: nil))
            }
            return .read(index)
        }
    }

    /// The previous run's manifest; an unreadable one is a warning, and then nothing is
    /// removed and every page is fetched without conditions.
    private func readManifest(in output: URL, _ diagnostics: inout [Diagnostic]) -> SourcesManifest? {
        do {
            return try SourcesManifest.read(from: output)
        } catch {
            let path = output.appendingPathComponent(SourcesManifest.fileName).path
            diagnostics.append(.warning(.invalidManifest, "cannot read \(SourcesManifest.fileName) (\(error.localizedDescription)); no page is removed and every page is fetched in full",
                                        at: SourceLocation(file: path, line: 1)))
            return nil
        }
    }

    /// `rest-api/x.md`: relative, no empty, `.` or `..` segment, no backslash.
    static func isSafeRelativePath(_ path: String) -> Bool {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.isEmpty && !path.contains("\\") && !path.contains("\0")
            && !segments.contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }
}
