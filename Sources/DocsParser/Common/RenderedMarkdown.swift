/// A rendered page's description lines as Markdown, so the structure the rendering still
/// shows survives into doc comments.
///
/// A rendering puts each block of the original page on a line of its own: a paragraph, a
/// table row (the learn site keeps rows as `| a | b |`), a list item. Markdown would run
/// consecutive lines into one paragraph, so every line becomes a paragraph of its own;
/// table rows and list items stay together as one table or one list, with a blank line
/// around them. A line that starts in lower case continues the line before it (the
/// rendering wrapped a sentence). Nothing is dropped: every line's text is kept as it is,
/// only bullets (`•`, `◦`, `▪`) become Markdown's `-`.
///
/// What the rendering already lost cannot come back: the developers rendering glues a
/// table's cells (`VerificationTypePurpose`) and drops arrows (`PendingSubmitted`). Those
/// lines are kept as paragraphs, and the merge prefers the Markdown export's text.
public enum RenderedMarkdown {
    enum Block: Equatable {
        case paragraph([Substring])
        case table([Substring])
        case list([Substring])
    }

    /// The description as Markdown, or nil when there is no text. Blank lines only
    /// separate blocks.
    public static func markdown(_ lines: [Substring]) -> String? {
        let blocks = self.blocks(lines)
        guard !blocks.isEmpty else { return nil }
        return blocks.map { block in
            switch block {
            case .paragraph(let lines), .table(let lines), .list(let lines): lines.joined(separator: "\n")
            }
        }.joined(separator: "\n\n")
    }

    static func blocks(_ lines: [Substring]) -> [Block] {
        var blocks: [Block] = []
        var previousWasBlank = true
        for raw in lines {
            let line = raw.trimmed(.whitespaces)
            if line.isEmpty {
                previousWasBlank = true
                continue
            }
            defer { previousWasBlank = false }
            if isTableRow(line) {
                if case .table(let rows)? = blocks.last {
                    blocks[blocks.count - 1] = .table(rows + [line])
                } else {
                    blocks.append(.table([line]))
                }
            } else if let item = listItem(line) {
                if case .list(let items)? = blocks.last {
                    blocks[blocks.count - 1] = .list(items + [item])
                } else {
                    blocks.append(.list([item]))
                }
            } else if !previousWasBlank, startsLowercase(line), case .paragraph(let text)? = blocks.last {
                blocks[blocks.count - 1] = .paragraph(text + [line])
            } else {
                blocks.append(.paragraph([line]))
            }
        }
        return blocks
    }

    static func isTableRow(_ line: Substring) -> Bool {
        // Most lines do not start with the bar's byte, and need no Character comparison.
        guard line.utf8.first == UInt8(ascii: "|") else { return false }
        return line.startsWithText("|") && line.dropFirst().contains("|")
    }

    /// `- x`, `* x`, `• x`, `1. x`, `2) x` as a Markdown list item (`- x`, `1. x`), or nil.
    static func listItem(_ line: Substring) -> Substring? {
        switch asciiListItem(line) {
        case .item: return line
        case .none: return nil
        case .undecided: break
        }
        for bullet in ["- ", "* ", "+ "] where line.hasPrefix(bullet) { return line }
        for bullet in ["• ", "◦ ", "▪ ", "· "] where line.hasPrefix(bullet) {
            return Substring("- " + line.dropFirst(bullet.count).drop { $0 == " " })
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return nil }
        let rest = line.dropFirst(digits.count)
        if rest.startsWithText(". ") { return line }
        if rest.startsWithText(") ") { return Substring(digits + ". " + rest.dropFirst(2)) }
        return nil
    }

    enum ByteAnswer { case item, none, undecided }

    /// `listItem`'s answer from the first bytes, where they decide it: an ASCII bullet and
    /// a blank followed by ASCII, or a first byte that starts no bullet and no digit. The
    /// other bullets, numbers and a blank that a combining mark may join are `undecided`.
    static func asciiListItem(_ line: Substring) -> ByteAnswer {
        var bytes = line.utf8.makeIterator()
        guard let first = bytes.next() else { return .none }
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
            guard bytes.next() == UInt8(ascii: " ") else { return .none }
            guard let third = bytes.next() else { return .item }
            return third < 0x80 ? .item : .undecided
        case UInt8(ascii: "0")...UInt8(ascii: "9"), 0xC2, 0xE2:
            return .undecided
        default:
            return .none
        }
    }

    static func startsLowercase(_ line: Substring) -> Bool {
        // An ASCII byte followed by another is a Character of its own: its case is its byte's.
        var bytes = line.utf8.makeIterator()
        if let first = bytes.next(), first < 0x80, (bytes.next() ?? 0) < 0x80 { return first.isASCIILowercase }
        return line.first.map { $0.isLowercase } ?? false
    }
}
