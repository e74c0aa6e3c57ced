import Foundation

/// The docs site's `llms.txt`: `## Section` headings and list lines
/// `- [Title](URL): description`. Only the links matter to `fetch`; sections are kept so
/// a diagnostic can say where a link was listed.
public struct LLMSIndex: Sendable, Equatable {
    public struct Link: Sendable, Equatable {
        public var title: String
        /// As written in the index; resolved against the index URL when relative.
        public var target: String
        public var section: String?
        /// 1-based line in the index.
        public var line: Int
    }

    public var links: [Link]

    /// Reads every list-item link. An index with no such link is not an llms.txt.
    public init(text: String) {
        var links: [Link] = []
        var section: String?
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("## ") {
                section = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
            } else if line.hasPrefix("- [") || line.hasPrefix("* [") {
                if let (title, target) = Self.link(in: line.dropFirst(2)) {
                    links.append(Link(title: title, target: target, section: section, line: offset + 1))
                }
            }
        }
        self.links = links
    }

    /// `[Title](target)` at the start of `text`; the title may hold nested brackets.
    static func link(in text: Substring) -> (String, String)? {
        guard text.first == "[" else { return nil }
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            switch text[index] {
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 {
                    let title = String(text[text.index(after: text.startIndex)..<index])
                    let rest = text[text.index(after: index)...]
                    guard rest.first == "(", let close = rest.firstIndex(of: ")") else { return nil }
                    let target = rest[rest.index(after: rest.startIndex)..<close].trimmingCharacters(in: .whitespaces)
                    // `[Title](url "tooltip")`: the URL is the first word.
                    let url = target.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
                    return url.isEmpty ? nil : (title, url)
                }
            default: break
            }
            index = text.index(after: index)
        }
        return nil
    }
}
