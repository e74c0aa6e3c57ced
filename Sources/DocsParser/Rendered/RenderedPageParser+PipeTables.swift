import Diagnostics

/// What the learn site's rendering keeps that the developers site's flattens: enum values
/// as Markdown pipe tables, and field names whose type line it lost.
extension RenderedPageParser {
    /// `| Value | Name |`, `|---|---|`, then `| 1 | Daily |` rows. A row without its closing
    /// `|` at the page's end is where the page was cut; the rows before it are kept.
    mutating func readPipeEnumTable(header: PageLine, title: (name: String, fields: [String])?) {
        let headerCells = Self.pipeCells(header.trimmed)
        let lowered = headerCells.map { $0.lowercased() }
        let valueColumn = lowered.firstIndex(of: "value") ?? 0
        let nameColumn = lowered.firstIndex(of: "name") ?? 1
        var rows: [PageLine] = []
        if !lowered.contains("value") { rows.append(header) }  // no header: the first line is a row
        while index < text.lines.count, text.lines[index].trimmed.startsWithText("|") {
            rows.append(text.lines[index])
            index += 1
        }
        let lastLine = CutOff.lastLine(of: text)?.number
        var values: [EnumValue] = []
        for row in rows {
            let trimmed = row.trimmed
            let cells = Self.pipeCells(trimmed)
            if !cells.isEmpty, cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" } }) { continue }
            let isCut = trimmed.count < 2 || !trimmed.endsWithText("|")
            if isCut, row.number == lastLine {
                page.diagnostics.append(.error(.truncatedTable, "enum table row '\(trimmed.prefix(60))' is cut off at the end of the page; it was not read", at: text.location(row)))
                CutOff.report("it ends in the middle of the enum table row '\(trimmed.prefix(60))'", at: text.location(row), on: &page)
                break
            }
            if isCut {
                page.diagnostics.append(.warning(.truncatedTable, "table row '\(trimmed.prefix(60))' is cut off (no closing '|')", at: text.location(row)))
            }
            guard cells.count > max(valueColumn, nameColumn), let value = Int(cells[valueColumn]), !cells[nameColumn].isEmpty else {
                page.diagnostics.append(.warning(.malformedTableRow, "enum row '\(trimmed.prefix(60))' is not a value and a name; it was not read", at: text.location(row)))
                continue
            }
            let name = cells[nameColumn]
            if values.contains(where: { $0.value == value || $0.name == name }) {
                page.diagnostics.append(.warning(.duplicateEnumValue, "enum row '\(value) \(name)' repeats a value or name already listed; the first is kept", at: text.location(row)))
                continue
            }
            values.append(EnumValue(value: value, name: name))
        }
        guard !values.isEmpty else {
            page.diagnostics.append(.error(.truncatedTable, "enum table has a header but no rows; the page may be cut off", at: text.location(header)))
            if index == text.lines.count { CutOff.report("it ends in an enum table before its first row", at: text.location(rows.last ?? header), on: &page) }
            return
        }
        // Fields always follow the enums: a table that runs to the end may have lost rows.
        if index == text.lines.count, let last = rows.last {
            CutOff.report("it ends inside an enum table, after the row '\(last.trimmed.prefix(60))' (the rows before it are kept)", at: text.location(last), on: &page)
        }
        PageEnums.add(PageEnum(name: title?.name, values: values, fields: title?.fields ?? [], at: text.location(header)), to: &page)
    }

    /// The cells of a pipe row, trimmed and without backticks; a missing closing `|` is
    /// no extra empty cell.
    static func pipeCells(_ row: Substring) -> [String] {
        guard row.startsWithText("|") else { return [] }
        var cells = row.dropFirst().split(separator: "|", omittingEmptySubsequences: false)
            .map { $0.trimmed().removingMarks() }
        if row.count > 1, row.endsWithText("|"), !cells.isEmpty { cells.removeLast() }
        return cells
    }

    /// A bare field name in a field section whose next line is not a type: on the learn
    /// site, a field that lost its type. It is an error (the field is not read), its
    /// description is skipped with it, and at the page's end it is where the page was cut.
    /// Returns false when the line is not such a name.
    mutating func readNameWithoutType() -> Bool {
        let nameLine = text.lines[index]
        let name = nameLine.trimmed
        if index == text.lines.count - 1 || nextNonBlank(after: index) == nil {
            page.diagnostics.append(.error(.unreadableField, "the page ends after '\(name.prefix(60))', a field name with no type line; the page is cut off", at: text.location(nameLine)))
            CutOff.report("it ends after the field name '\(name.prefix(60))', before its type line", at: text.location(nameLine), on: &page)
            index = text.lines.count
            countContent(fields: 0)
            return true
        }
        guard learnLayout, let next = nextNonBlank(after: index), next == index + 1, !isHeading(at: next),
              !Self.isExampleLabel(text.lines[next].trimmed), !startsField(at: next) else { return false }
        index += 1
        while index < text.lines.count, !text.lines[index].isBlank, !startsField(at: index), !isHeading(at: index),
              !Self.isExampleLabel(text.lines[index].trimmed) {
            index += 1
        }
        page.diagnostics.append(.error(
            .lostFieldNames,
            "field '\(name.prefix(60))' has no type line: this rendering lost it, so the field cannot be read faithfully and was not read",
            at: text.location(nameLine)))
        return true
    }
}
