import Foundation

/// `sources.json`: which URL every fetched page came from, its SHA-256 and the validators
/// it was served with. Sorted by file, no timestamps: the same site gives the same bytes,
/// so the file diffs cleanly in review. Generated doc comments can name a page by its URL
/// through `url(forFile:)`.
public struct SourcesManifest: Sendable, Equatable, Codable {
    public static let fileName = "sources.json"
    public static let currentVersion = 1

    public struct Page: Sendable, Equatable, Codable {
        /// The link as the index lists it.
        public var url: String
        /// Relative to the folder `sources.json` is in, `/`-separated.
        public var file: String
        public var sha256: String
        public var etag: String?
        public var lastModified: String?

        public init(url: String, file: String, sha256: String, etag: String? = nil, lastModified: String? = nil) {
            self.url = url
            self.file = file
            self.sha256 = sha256
            self.etag = etag
            self.lastModified = lastModified
        }
    }

    public var version: Int
    /// The llms.txt the pages were listed in.
    public var index: String
    /// Sorted by `file`, one entry per file.
    public private(set) var pages: [Page]

    public init(index: String, pages: [Page]) {
        version = Self.currentVersion
        self.index = index
        var byFile: [String: Page] = [:]
        for page in pages { byFile[page.file] = page }
        self.pages = byFile.values.sorted { $0.file < $1.file }
    }

    /// Reads `sources.json` bytes; throws on anything that is not one.
    public init(data: Data) throws {
        let decoded = try JSONDecoder().decode(SourcesManifest.self, from: data)
        self.init(index: decoded.index, pages: decoded.pages)
        version = decoded.version
    }

    /// The manifest in `directory`, or nil when it has none.
    public static func read(from directory: URL) throws -> SourcesManifest? {
        let url = directory.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try SourcesManifest(data: Data(contentsOf: url))
    }

    /// Pretty, sorted keys, unescaped slashes, one trailing newline.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
    }

    /// The entry for a file, by its path relative to the manifest's folder (`rest-api/billing/get-charges.md`).
    public func page(forFile file: String) -> Page? {
        let key = file.hasPrefix("./") ? String(file.dropFirst(2)) : file
        var low = 0
        var high = pages.count
        while low < high {
            let middle = (low + high) / 2
            if pages[middle].file < key { low = middle + 1 } else { high = middle }
        }
        return low < pages.count && pages[low].file == key ? pages[low] : nil
    }

    /// The URL a page was fetched from, by its path relative to the manifest's folder.
    public func url(forFile file: String) -> String? { page(forFile: file)?.url }
}
