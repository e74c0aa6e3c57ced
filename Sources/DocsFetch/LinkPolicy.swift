import Diagnostics
import Foundation

/// One page to bring in: where to fetch it and where it lands under `--out`.
public struct PageTarget: Sendable, Hashable, Comparable {
    /// The link as the index lists it, resolved: what `sources.json` records.
    public var link: URL
    /// The Markdown export: the link with `.md` added when its last segment has no extension.
    public var url: URL
    /// Relative to `--out`, `/`-separated, named by the link (never by a redirect target).
    public var file: String

    public static func < (lhs: PageTarget, rhs: PageTarget) -> Bool { lhs.file < rhs.file }
}

/// The host and path rules every link and every redirect target must pass, so that no
/// file is ever written outside `--out` and no other site is asked.
struct LinkPolicy: Sendable {
    let indexURL: URL
    /// Lowercased: the index's own host plus every `--allow-host`.
    let hosts: Set<String>

    init(indexURL: URL, allowedHosts: [String]) {
        self.indexURL = indexURL
        hosts = Set(([indexURL.host ?? ""] + allowedHosts).map { $0.lowercased() })
    }

    /// A rule a link broke: a warning, the link is skipped.
    struct Rejection: Error, Equatable {
        var id: DiagnosticID
        var reason: String
    }

    /// Resolves an index link and names its file.
    func target(forLink raw: String) -> Result<PageTarget, Rejection> {
        if let rejection = Self.unsafeText(raw) { return .failure(rejection) }
        guard let url = URL(string: raw, relativeTo: indexURL)?.absoluteURL else {
            return .failure(Rejection(id: .unsafeLink, reason: "is not a URL"))
        }
        let path: String
        switch check(url) {
        case .success(let checked): path = checked
        case .failure(let rejection): return .failure(rejection)
        }
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            return .failure(Rejection(id: .unsafeLink, reason: "is not a URL"))
        }
        components.fragment = nil
        let link = components.url ?? url
        var file = path
        if let last = path.split(separator: "/").last, !last.contains(".") {
            file += ".md"
            components.percentEncodedPath += ".md"
        }
        if file == SourcesManifest.fileName {
            return .failure(Rejection(id: .unsafeLink, reason: "would overwrite \(SourcesManifest.fileName)"))
        }
        return .success(PageTarget(link: link, url: components.url ?? link, file: file))
    }

    /// The scheme, host and path rules, for a link or a redirect target; returns the
    /// decoded path without its leading `/`.
    func check(_ url: URL) -> Result<String, Rejection> {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            return .failure(Rejection(id: .foreignHost, reason: "is not http or https"))
        }
        guard let host = url.host?.lowercased(), hosts.contains(host) else {
            return .failure(Rejection(id: .foreignHost, reason: "is on host '\(url.host ?? "")', not the index's (allow it with --allow-host)"))
        }
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            return .failure(Rejection(id: .unsafeLink, reason: "is not a URL"))
        }
        if let rejection = Self.unsafeText(components.percentEncodedPath) { return .failure(rejection) }
        guard let decoded = components.percentEncodedPath.removingPercentEncoding else {
            return .failure(Rejection(id: .unsafeLink, reason: "has a path that is not valid percent-encoded UTF-8"))
        }
        let path = decoded.hasPrefix("/") ? String(decoded.dropFirst()) : decoded
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.isEmpty || segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            return .failure(Rejection(id: .unsafeLink, reason: "has an empty, '.' or '..' path segment"))
        }
        if path.contains("\\") || path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return .failure(Rejection(id: .unsafeLink, reason: "has a backslash or a control character in its path"))
        }
        return .success(path)
    }

    /// `..` (plain or `%2e`-encoded) as a segment, or a backslash (plain or `%5c`), in the
    /// text as written: checked before resolution, which would silently fold `../` away.
    static func unsafeText(_ text: String) -> Rejection? {
        let beforeQuery = text.split(whereSeparator: { $0 == "?" || $0 == "#" }).first.map(String.init) ?? ""
        let lowered = beforeQuery.lowercased()
        if lowered.contains("\\") || lowered.contains("%5c") {
            return Rejection(id: .unsafeLink, reason: "has a backslash in its path")
        }
        let segments = lowered.split(separator: "/", omittingEmptySubsequences: false)
        if segments.contains(where: { $0.replacingOccurrences(of: "%2e", with: ".") == ".." }) {
            return Rejection(id: .unsafeLink, reason: "has a '..' path segment")
        }
        return nil
    }
}
