import Diagnostics

extension MarkdownPageParser {
    // MARK: Enums

    /// `<Accordion title="eIdVerificationStatus — VerificationStatus values">` with a table.
    mutating func readAccordion(_ tag: MarkupTag, at line: PageLine) {
        guard let lines = body(of: tag, openedAt: line) else { return }
        let title = tag.attributes["title"] ?? ""
        let (name, fields) = Self.enumTitle(title)
        guard section == .enums || name != nil else {
            // An accordion that is not an enum: keep its text as a note.
            let text = lines.map { $0.trimmed }.filter { !$0.isEmpty }.joined(separator: "\n")
            page.notes.append(PageNote(kind: .other, text: title.isEmpty ? text : "\(title)\n\(text)", at: text.isEmpty ? self.text.location(line) : self.text.location(line)))
            return
        }
        if name == nil {
            warn(.unnamedEnumTable, "enum table titled '\(title)' does not name its enum (expected 'eName — Field values')", at: line)
        }
        let values = readEnumTable(lines, openedAt: line)
        if values.isEmpty {
            error(.truncatedTable, "enum table '\(title)' has no rows", at: line)
            return
        }
        PageEnums.add(PageEnum(name: name, values: values, fields: fields, at: text.location(line)), to: &page)
    }

    /// Splits "eName — Field1, Field2 values" into the enum name and the fields it serves.
    static func enumTitle(_ title: String) -> (String?, [String]) {
        let separators = [" — ", " – ", " - ", ": "]
        var head = Substring(title)
        var tail: Substring = ""
        for separator in separators {
            if let range = title.rangeNonLiterally(of: separator) {
                head = title[..<range.lowerBound]
                tail = title[range.upperBound...]
                break
            }
        }
        let name = head.trimmed().removingMarks()
        if tail.endsWithText(" values") { tail = tail.dropLast(7) }
        let fields = tail.replacingNonLiterally(" and ", with: ",").split(separator: ",")
            .map { $0.trimmed().removingMarks() }
            .filter { !$0.isEmpty && !$0.contains(" ") }
        return (TypeText.isEnumName(name) ? name : nil, fields)
    }

    /// False when `enumTitle` surely names no enum: the name it reads starts where the
    /// trimmed title does, and an enum name starts with `e` (a backtick would be dropped).
    /// Asked of every row of a rendered enum table.
    static func mayNameEnum(_ trimmedTitle: Substring) -> Bool {
        guard let first = trimmedTitle.utf8.first else { return false }
        return first >= 0x80 || first == UInt8(ascii: "e") || first == UInt8(ascii: "`")
    }

    /// Reads `| Value | Name |` rows; a row that is not a number and a name is reported.
    private mutating func readEnumTable(_ lines: [PageLine], openedAt opening: PageLine) -> [EnumValue] {
        var values: [EnumValue] = []
        var valueColumn = 0
        var nameColumn = 1
        var sawHeader = false
        for line in lines {
            let trimmed = line.trimmed
            guard !trimmed.isEmpty else { continue }
            guard trimmed.startsWithText("|") else {
                warn(.malformedTableRow, "text in an enum table is not a table row: '\(trimmed.prefix(60))'", at: line)
                continue
            }
            let cells = Self.tableCells(trimmed)
            let cellsWithoutTrailing = trimmed.endsWithText("|") ? Array(cells.dropLast()) : cells
            if !trimmed.endsWithText("|") {
                warn(.truncatedTable, "table row is cut off (no closing '|')", at: line)
                // At the page's end the row was cut, not just written without its last `|`:
                // its cells may be cut too, so it is not read.
                if line.number == CutOff.lastLine(of: text)?.number {
                    CutOff.report("it ends in the middle of the table row '\(trimmed.prefix(60))'", at: text.location(line), on: &page)
                    continue
                }
            }
            if !sawHeader {
                sawHeader = true
                if let value = cellsWithoutTrailing.firstIndex(where: { $0.lowercased() == "value" }) { valueColumn = value }
                if let name = cellsWithoutTrailing.firstIndex(where: { $0.lowercased() == "name" }) { nameColumn = name }
                if cellsWithoutTrailing.contains(where: { $0.lowercased() == "value" }) { continue }
            }
            // Bytes decide it: a Character is `-` or `:` only as that byte alone.
            if cellsWithoutTrailing.allSatisfy({ $0.utf8.allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") } }) { continue }
            guard cellsWithoutTrailing.count > max(valueColumn, nameColumn),
                  let value = Int(cellsWithoutTrailing[valueColumn]), !cellsWithoutTrailing[nameColumn].isEmpty else {
                warn(.malformedTableRow, "enum row '\(trimmed.prefix(60))' is not a value and a name; it was not read", at: line)
                continue
            }
            let name = cellsWithoutTrailing[nameColumn]
            if values.contains(where: { $0.value == value || $0.name == name }) {
                warn(.duplicateEnumValue, "enum row '\(value) \(name)' repeats a value or name already listed; the first is kept", at: line)
                continue
            }
            values.append(EnumValue(value: value, name: name))
        }
        return values
    }

    /// The cells of a `| a | b |` row after its first bar, each trimmed and without
    /// backticks. A plain ASCII row is split on its bytes (each byte one Character).
    static func tableCells(_ row: Substring) -> [String] {
        guard row.isPlainASCII else {
            return row.dropFirst().split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmed().removingMarks() }
        }
        return row.utf8Buffer { bytes in
            var cells: [String] = []
            var start = 1
            func cell(_ range: Range<Int>) -> String {
                var lower = range.lowerBound
                var upper = range.upperBound
                while lower < upper, bytes[lower] == 0x20 || (bytes[lower] >= 0x09 && bytes[lower] <= 0x0D) { lower += 1 }
                while upper > lower, bytes[upper - 1] == 0x20 || (bytes[upper - 1] >= 0x09 && bytes[upper - 1] <= 0x0D) { upper -= 1 }
                let kept = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
                guard kept.contains(UInt8(ascii: "`")) else { return String(decoding: kept, as: UTF8.self) }
                return String(decoding: kept.filter { $0 != UInt8(ascii: "`") }, as: UTF8.self)
            }
            for offset in 1..<max(bytes.count, 1) where bytes[offset] == UInt8(ascii: "|") {
                cells.append(cell(start..<offset))
                start = offset + 1
            }
            cells.append(cell(min(start, bytes.count)..<bytes.count))
            return cells
        }
    }

    // MARK: Notes, role, code

    mutating func readCallout(_ tag: MarkupTag, at line: PageLine) {
        guard let lines = body(of: tag, openedAt: line) else { return }
        let paragraphs = Self.joinParagraphs(lines.map(\.text)).map(Self.paragraphs(of:)) ?? []
        if section == .authentication {
            for paragraph in paragraphs {
                if let role = DescriptionFacts.role(in: paragraph.replacingNonLiterally("\n", with: " ")) { page.role = role }
            }
            return
        }
        page.notes += PageNotes.classify(paragraphs: paragraphs, at: text.location(line))
    }

    /// `text.components(separatedBy: "\n\n")`, split on the bytes: a line feed is always a
    /// Character of its own, so a byte match is Foundation's match. Text with a `\r` (which
    /// joins the line feed after it) is left to Foundation.
    static func paragraphs(of text: String) -> [String] {
        let separator = "\n\n"
        return text.utf8Buffer { bytes in separator.utf8Buffer { pattern -> [String]? in
            guard !bytes.contains(0x0D) else { return nil }
            var paragraphs: [String] = []
            var start = 0
            while let found = bytes.firstOffset(of: pattern, from: start) {
                paragraphs.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<found]), as: UTF8.self))
                start = found + 2
            }
            paragraphs.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return paragraphs
        } } ?? text.components(separatedBy: separator)
    }

    mutating func readCodeGroup(at line: PageLine) {
        let tag = MarkupTag(name: "CodeGroup", attributes: [:], attributeOrder: [], isClosing: false, isSelfClosing: false, trailingText: "")
        guard let lines = body(of: tag, openedAt: line) else { return }
        let title: String? = if case .exampleTitle(let title)? = subsection { title } else { nil }
        page.requestExamples += CurlExample.examples(in: lines, file: text.file, title: title)
    }

    /// A fenced block: an example response under Response, a cURL sample elsewhere.
    mutating func readCodeBlock(title: String?) {
        let opening = text.lines[index]
        let info = opening.trimmed.dropFirst(3)
        index += 1
        var lines: [PageLine] = []
        while index < text.lines.count, !text.lines[index].trimmed.startsWithText("```") {
            lines.append(text.lines[index])
            index += 1
        }
        guard index < text.lines.count else {
            error(.unclosedCodeBlock, "code block opened here is never closed; the page may be cut off", at: opening)
            let last = lines.last(where: { !$0.isBlank }) ?? opening
            CutOff.report("it ends inside the code block opened on line \(opening.number)", at: text.location(last), on: &page)
            return
        }
        index += 1
        if section == .response && info.lowercased().startsWithText("json") {
            let status: Int = if case .status(let code)? = subsection { code } else { 200 }
            let json = lines.map { String($0.text.trimmed(.whitespaces).isEmpty ? "" : $0.text) }.joined(separator: "\n")
            page.exampleResponses.append(ExampleResponse(status: status, json: json, at: text.location(opening)))
        } else {
            let title: String? = if case .exampleTitle(let title)? = subsection { title } else { nil }
            page.requestExamples += CurlExample.examples(in: lines, file: text.file, title: title)
        }
    }
}

/// Turns the paragraphs of a callout into notes, recognising the two rules the docs repeat.
enum PageNotes {
    /// A cheap test that rules out most lines before the real classification.
    static func mayBeNote<Text: StringProtocol>(_ text: Text) -> Bool {
        text.containsText("not populated") || text.containsText("PUT")
    }

    static func classify(paragraphs: [String], at location: SourceLocation) -> [PageNote] {
        var notes: [PageNote] = []
        for paragraph in paragraphs {
            let flat = paragraph.containsText("\n") ? paragraph.replacingNonLiterally("\n", with: " ") : paragraph
            if mayBeNote(flat), let fields = DescriptionFacts.partialRecordFields(in: flat) {
                notes.append(PageNote(kind: .partialRecords, text: flat, fields: fields, at: location))
            } else if mayBeNote(flat), DescriptionFacts.isGetBeforePut(flat) {
                notes.append(PageNote(kind: .getBeforePut, text: flat, at: location))
            } else if let last = notes.last, last.kind == .partialRecords {
                // "To get all fields, fetch the full record…" belongs to the partial-records note.
                notes[notes.count - 1].text += "\n\n" + flat
            } else {
                notes.append(PageNote(kind: .other, text: flat, at: location))
            }
        }
        return notes
    }
}

import Foundation
