import Diagnostics
import DocsFetch
import Foundation

/// The URL each page was fetched from, read from the `sources.json` that `fetch` writes
/// into the documentation folder, so generated doc comments name a page by its URL. The
/// map is keyed by the page's path as `PageSource` reads it (the folder joined with the
/// manifest's `file`), the path the schema's source locations carry. It is plain data:
/// the emitter needs nothing of how the pages were fetched.
public struct PageURLs: Sendable, Equatable {
    public var byPath: [String: String]

    public init(byPath: [String: String] = [:]) {
        self.byPath = byPath
    }

    /// The path of the manifest in a documentation folder.
    public static func manifestPath(in directory: String) -> String {
        (directory as NSString).appendingPathComponent(SourcesManifest.fileName)
    }

    /// The manifest's bytes, or nil when the folder has none (or it cannot be read: then
    /// `decode` is given nil too and doc comments name pages by path, said by a warning).
    public static func manifestData(in directory: String) -> Data? {
        FileManager.default.contents(atPath: manifestPath(in: directory))
    }

    /// The map from a manifest's bytes. A manifest that is not one is a warning naming
    /// the file, and every page is named by its path: it never fails a run.
    public static func decode(_ data: Data?, in directory: String) -> (PageURLs, [Diagnostic]) {
        let path = manifestPath(in: directory)
        guard let data else {
            guard FileManager.default.fileExists(atPath: path) else { return (PageURLs(), []) }
            return (PageURLs(), [.warning(.invalidManifest, "cannot read \(SourcesManifest.fileName); doc comments name every page by its path", at: .file(path))])
        }
        do {
            let manifest = try SourcesManifest(data: data)
            var byPath: [String: String] = [:]
            for page in manifest.pages {
                byPath[(directory as NSString).appendingPathComponent(page.file)] = page.url
            }
            return (PageURLs(byPath: byPath), [])
        } catch {
            return (PageURLs(), [.warning(.invalidManifest, "\(SourcesManifest.fileName) is not a sources manifest (\(Self.reason(error))); doc comments name every page by its path", at: .file(path))])
        }
    }

    /// What is wrong, in a few words: a decoding error's own description is long.
    static func reason(_ error: Error) -> String {
        switch error as? DecodingError {
        case .dataCorrupted?: "not valid JSON"
        case .keyNotFound(let key, _)?: "no '\(key.stringValue)'"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type"
        default: "unreadable"
        }
    }
}
