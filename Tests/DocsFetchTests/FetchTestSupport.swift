import DocsFetch
import DocsFetchTestSupport
import Foundation
import XCTest

/// A clock that never sleeps: it records every wait and moves its time forward by it.
final class RecordingClock: FetchClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_700_000_000)
    private var recorded: [Double] = []

    var now: Date { lock.withLock { current } }
    var waits: [Double] { lock.withLock { recorded } }

    func sleep(seconds: Double) async {
        lock.withLock {
            recorded.append(seconds)
            current += seconds
        }
    }
}

/// A docs site built from the repository's pages, a throwaway `--out`, and a fetcher on
/// the real URLSession transport with a recording clock.
final class FetchHarness {
    let site: DocsSite
    let clock = RecordingClock()
    let root: URL
    var out: URL { root.appendingPathComponent("spec/docs") }

    /// The three REST pages every standard site has, by request target.
    static let createPage = "/rest-api/spaces/create-coworkeridentitycheckdocument.md"
    static let updatePage = "/rest-api/spaces/update-coworkeridentitycheckdocument.md"
    static let getPage = "/rest-api/billing/get-charges.md"

    init() throws {
        site = try DocsSite()
        root = FileManager.default.temporaryDirectory.appendingPathComponent("docs-fetch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit {
        site.stop()
        try? FileManager.default.removeItem(at: root)
    }

    var indexURL: URL { URL(string: site.base + "/llms.txt")! }

    /// An index with sections, pages in and out of `rest-api/`, an absolute link without an
    /// extension, one with `.md` and a relative one, plus `extra` lines in the REST section.
    func serveIndex(extra: [String] = []) {
        let lines = [
            "# Nexudus", "", "> The Nexudus platform documentation.", "",
            "## REST API",
            "- [Create CoworkerIdentityCheckDocument](\(site.base)/rest-api/spaces/create-coworkeridentitycheckdocument): Create a document.",
            "- [Update CoworkerIdentityCheckDocument](\(site.base)/rest-api/spaces/update-coworkeridentitycheckdocument.md): Update one.",
            "- [Get Charges](/rest-api/billing/get-charges.md): A relative link.",
        ] + extra + [
            "", "## Guides",
            "- [Introduction](\(site.base)/api/introduction.md): Not a REST reference page.",
            "- [Swift SDK](\(site.base)/sdk/swift): Neither.", "",
        ]
        site.set("/llms.txt", .page(Data(lines.joined(separator: "\n").utf8), contentType: "text/plain"))
    }

    /// The standard site: three endpoint pages, one served with an ETag, one with a
    /// Last-Modified, one with both.
    func serveStandardSite() throws {
        serveIndex()
        site.set(Self.createPage, .page(try DocsSite.seed("000_49fd64d59c0cccb4.txt"), etag: "\"create-1\""))
        site.set(Self.updatePage, .page(try DocsSite.seed("001_edbeff8a5b28dd5a.txt"), lastModified: "Tue, 01 Dec 2026 10:00:00 GMT"))
        site.set(Self.getPage, .page(try DocsSite.seed("002_0222b7055e792214.txt"), etag: "\"get-1\"", lastModified: "Mon, 30 Nov 2026 08:00:00 GMT"))
    }

    func options(_ change: (inout FetchOptions) -> Void = { _ in }) -> FetchOptions {
        var options = FetchOptions(indexURL: indexURL, outputDirectory: out, concurrency: 4, timeout: 5, retries: 2)
        change(&options)
        return options
    }

    func run(_ options: FetchOptions? = nil) async -> FetchReport {
        await DocsFetcher(transport: URLSessionTransport(), clock: clock).run(options ?? self.options())
    }

    func file(_ relative: String) -> Data? { FileManager.default.contents(atPath: out.appendingPathComponent(relative).path) }

    /// Every file and folder under `folder` (the harness root unless given): contents,
    /// modification time, inode.
    func snapshot(of folder: URL? = nil) throws -> [String: String] {
        let base = folder ?? root
        var result: [String: String] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return result }
        while let relative = enumerator.nextObject() as? String {
            let attributes = try FileManager.default.attributesOfItem(atPath: base.appendingPathComponent(relative).path)
            let contents = FileManager.default.contents(atPath: base.appendingPathComponent(relative).path).map { SHA256.hex($0) } ?? "folder"
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
            result[relative] = "\(contents) \(modified) \(inode)"
        }
        return result
    }
}

func ids(_ report: FetchReport) -> [String] { report.diagnostics.map(\.id.rawValue) }
