import Diagnostics
import Foundation

/// The pages an index selects: each link checked by `LinkPolicy`, filtered by the
/// include and exclude globs, one page per file.
struct PagePlan: Sendable {
    var targets: [PageTarget] = []
    /// One warning per link skipped.
    var warnings: [Diagnostic] = []

    init(index: LLMSIndex, indexURL: URL, policy: LinkPolicy, include: [Glob], exclude: [Glob]) {
        var byFile: [String: PageTarget] = [:]
        for link in index.links {
            // The index and line, like a compiler's path:line:col, so the link can be found.
            let place = SourceLocation(file: indexURL.absoluteString, line: link.line)
            // Traversal is refused before resolving: resolution would fold `../` away unseen.
            if let rejection = LinkPolicy.unsafeText(link.target) {
                warnings.append(.warning(rejection.id, "skipped link '\(link.target)': it \(rejection.reason)", at: place))
                continue
            }
            guard let resolved = URL(string: link.target, relativeTo: indexURL)?.absoluteURL else {
                warnings.append(.warning(.unsafeLink, "skipped link '\(link.target)': it is not a URL", at: place))
                continue
            }
            let path = Self.globPath(resolved)
            guard include.contains(where: { $0.matches(path) }), !exclude.contains(where: { $0.matches(path) }) else { continue }
            switch policy.target(forLink: link.target) {
            case .failure(let rejection):
                warnings.append(.warning(rejection.id, "skipped link '\(link.target)': it \(rejection.reason)", at: place))
            case .success(let target):
                if let first = byFile[target.file] {
                    warnings.append(.warning(.duplicateLink, "skipped link '\(link.target)': \(first.link.absoluteString) is already saved as \(target.file)", at: place))
                } else {
                    byFile[target.file] = target
                }
            }
        }
        targets = byFile.values.sorted()
    }

    /// The URL's path, percent-decoded, without its leading `/`: what globs match.
    static func globPath(_ url: URL) -> String {
        let encoded = URLComponents(url: url, resolvingAgainstBaseURL: false)?.percentEncodedPath ?? url.path
        let decoded = encoded.removingPercentEncoding ?? encoded
        return decoded.hasPrefix("/") ? String(decoded.dropFirst()) : decoded
    }
}
