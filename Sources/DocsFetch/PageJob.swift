import Diagnostics
import Foundation

/// What became of one page.
struct PageResult: Sendable {
    enum Kind: Sendable {
        case written(Data, isNew: Bool)
        case unchanged
        case skipped(Diagnostic)
        case failed(Diagnostic)
    }

    var target: PageTarget
    var kind: Kind
    /// The `sources.json` entry for a written or unchanged page.
    var entry: SourcesManifest.Page

    init(_ target: PageTarget, _ kind: Kind, sha256: String = "", etag: String? = nil, lastModified: String? = nil) {
        self.target = target
        self.kind = kind
        entry = SourcesManifest.Page(url: target.link.absoluteString, file: target.file, sha256: sha256, etag: etag, lastModified: lastModified)
    }
}

extension DocsFetcher {
    /// Every page, at most `concurrency` at a time; results in the targets' order.
    func fetchAll(_ targets: [PageTarget], previous: SourcesManifest?, output: URL, getter: HTTPGetter, concurrency: Int,
                  progress: (@Sendable (FetchProgress) -> Void)?) async -> [PageResult] {
        var results = [PageResult?](repeating: nil, count: targets.count)
        var state = FetchProgress(done: 0, total: targets.count, failed: 0)
        progress?(state)
        await withTaskGroup(of: (Int, PageResult).self) { group in
            var next = 0
            func start() {
                guard next < targets.count else { return }
                let index = next
                let target = targets[index]
                let entry = previous?.page(forFile: target.file)
                group.addTask { (index, await Self.fetch(target, previous: entry, output: output, getter: getter)) }
                next += 1
            }
            for _ in 0..<concurrency { start() }
            for await (index, result) in group {
                results[index] = result
                state.done += 1
                if case .failed = result.kind { state.failed += 1 }
                progress?(state)
                start()
            }
        }
        return results.compactMap { $0 }
    }

    /// One page: conditional when the local file is still the one `sources.json` describes.
    static func fetch(_ target: PageTarget, previous: SourcesManifest.Page?, output: URL, getter: HTTPGetter) async -> PageResult {
        let local = FileManager.default.contents(atPath: output.appendingPathComponent(target.file).path)
        var headers = accept
        var conditional: SourcesManifest.Page?
        if let previous, let local, SHA256.hex(local) == previous.sha256, previous.etag != nil || previous.lastModified != nil {
            if let etag = previous.etag { headers["If-None-Match"] = etag }
            if let lastModified = previous.lastModified { headers["If-Modified-Since"] = lastModified }
            conditional = previous
        }
        let url = target.url.absoluteString
        switch await getter.get(target.url, headers: headers) {
        case .failure(.failed(let error)):
            return PageResult(target, .failed(error))
        case .failure(.rejected(let warning)):
            return PageResult(target, .skipped(warning))
        case .success(let response) where response.status == 304:
            guard let conditional else {
                return PageResult(target, .failed(.error(.httpStatus, "\(url): HTTP 304 to a request without conditions", at: nil)))
            }
            return PageResult(target, .unchanged, sha256: conditional.sha256,
                              etag: response.header("etag") ?? conditional.etag,
                              lastModified: response.header("last-modified") ?? conditional.lastModified)
        case .success(let response) where response.status == 200:
            switch PageCheck.check(response.body, contentType: response.header("content-type"), url: url, file: target.file) {
            case .fail(let error):
                return PageResult(target, .failed(error))
            case .skip(let warning):
                return PageResult(target, .skipped(warning))
            case .page:
                let kind: PageResult.Kind = local == response.body ? .unchanged : .written(response.body, isNew: local == nil)
                return PageResult(target, kind, sha256: SHA256.hex(response.body),
                                  etag: response.header("etag"), lastModified: response.header("last-modified"))
            }
        case .success(let response):
            return PageResult(target, .failed(.error(.httpStatus, "\(url): HTTP \(response.status)", at: nil)))
        }
    }
}
