import Diagnostics

extension RenderedPageParser {
    mutating func readSectionLine() {
        let line = text.lines[index]
        let trimmed = line.trimmed
        if trimmed.isEmpty { index += 1; return }
        if isHeading(at: index) {
            enterHeading(line)
            return
        }
        switch section {
        case .authentication:
            if let role = DescriptionFacts.role(in: String(trimmed)) { page.role = role }
            index += 1
        case .enums:
            readEnumTable()
        case .codeExamples:
            readCodeExampleLine()
        case .pathParameters, .queryParameters, .requestBody, .response:
            readFieldSectionLine()
        case .preamble, .unknown:
            readProse()
        }
    }

    private mutating func enterHeading(_ line: PageLine) {
        index += 1
        reportEnumTitleWithoutTable()
        if let known = Section.named(line.trimmed) {
            section = known
            subsection = nil
            if known == .response { sawResponseSection = true }
            if [.pathParameters, .queryParameters, .requestBody].contains(known) {
                sectionContent.append((line, 0, 0))
            }
        } else if let known = Subsection.named(line.trimmed, in: section) {
            subsection = known
            // On the learn site a group of fields (`Required Fields`) that lost every name is
            // lossy on its own, though the section's other group kept theirs.
            if learnLayout, [.pathParameters, .queryParameters, .requestBody].contains(section) {
                sectionContent.append((line, 0, 0))
            }
            if section == .response, case .status(let code) = known, code < 300 {
                sectionContent.append((line, 0, 0))
            }
        }
    }

    // MARK: Fields

    private mutating func readFieldSectionLine() {
        let line = text.lines[index]
        if Self.isExampleLabel(line.trimmed) {
            index += 1
            skipBlank()
            if index < text.lines.count, Self.opensJSON(text.lines[index].trimmed), let (json, start) = readJSONBlock() {
                let status: Int = if case .status(let code)? = subsection { code } else { 200 }
                page.exampleResponses.append(ExampleResponse(status: status, json: json, at: text.location(start)))
            }
            return
        }
        if startsField(at: index) {
            readField()
            return
        }
        if section == .response, Self.opensJSON(line.trimmed) {
            // An example with no "Example Response" label before it; one that never closes
            // has run to the page's end and been reported.
            if let (json, start) = readJSONBlock() {
                let status: Int = if case .status(let code)? = subsection { code } else { 200 }
                page.exampleResponses.append(ExampleResponse(status: status, json: json, at: text.location(start)))
            }
            return
        }
        if Self.isFieldName(line.trimmed), !line.trimmed.endsWithText("."), readNameWithoutType() {
            return
        }
        // Prose that says what the response is ("Returns an array of User records.") or a
        // note is no sign of a lost field; anything else in a field section is.
        let start = line
        if readProse() {
            countContent(fields: 0)
            page.diagnostics.append(.warning(
                .unreadableLine,
                "'\(start.trimmed.prefix(60))' in a field section is not a field (a name line, then a type line); it is kept as a note",
                at: text.location(start)))
        }
    }

    static func isExampleLabel(_ line: Substring) -> Bool {
        line == "Example Response" || line == "Example response"
    }

    /// A field starts with a name line followed by a type line.
    func startsField(at position: Int) -> Bool {
        guard position + 1 < text.lines.count else { return false }
        return Self.isFieldName(text.lines[position].trimmed) && TypeText.looksLikeType(text.lines[position + 1].trimmed)
    }

    static func isFieldName(_ line: Substring) -> Bool {
        // ASCII names decided on bytes (a `\r\n` fails the test either way); others by Character.
        if let ascii = line.utf8Buffer({ bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            guard let first = bytes.first, first.isASCIILetter || first == UInt8(ascii: "_"), bytes.count <= 120 else { return false }
            return bytes.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "$") }
        }) {
            return ascii
        }
        guard let first = line.first, first.isLetter || first == "_", line.count <= 120 else { return false }
        return line.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "$" }
    }

    private mutating func readField() {
        let nameLine = text.lines[index]
        let name = String(nameLine.trimmed)
        let typeLine = text.lines[index + 1]
        let typeText = String(typeLine.trimmed)
        index += 2
        var required = false
        var defaultValue: String?
        if index < text.lines.count, text.lines[index].trimmed == "required" {
            required = true
            index += 1
        }
        if index < text.lines.count, let value = Self.defaultValue(text.lines[index].trimmed) {
            defaultValue = value
            index += 1
        }
        var descriptionLines: [Substring] = []
        var inNote = false
        while index < text.lines.count, !text.lines[index].isBlank, !startsField(at: index),
              !isHeading(at: index), !Self.isExampleLabel(text.lines[index].trimmed),
              !(learnLayout && section == .response && Self.opensJSON(text.lines[index].trimmed)) {
            let trimmed = text.lines[index].trimmed
            // A name as the page's last line is the next field cut off before its type, not
            // the end of this description.
            if index == text.lines.count - 1, Self.isFieldName(trimmed), !trimmed.endsWithText(".") {
                page.diagnostics.append(.error(.unreadableField, "the page ends after '\(trimmed.prefix(60))', a field name with no type line; the page is cut off", at: text.location(text.lines[index])))
                CutOff.report("it ends after the field name '\(trimmed.prefix(60))', before its type line", at: text.location(text.lines[index]), on: &page)
                index += 1
                break
            }
            // A note ("Partial records — …") can follow a field without a blank line; the
            // lines after it, up to the next field, are the note's, not the field's.
            if PageNotes.mayBeNote(trimmed), let note = PageNotes.classify(paragraphs: [String(trimmed)], at: text.location(text.lines[index])).first,
               note.kind != .other {
                appendNote(note)
                inNote = true
            } else if inNote {
                appendNote(PageNote(kind: .other, text: String(trimmed), at: text.location(text.lines[index])))
            } else {
                descriptionLines.append(trimmed)
            }
            index += 1
        }
        countContent(fields: 1)
        let type = TypeText(typeText)
        if !type.isKnown {
            page.diagnostics.append(.warning(.unknownFieldType, "unknown type '\(typeText)' for '\(name)'; it is kept as written and generated as a JSON value", at: text.location(typeLine)))
        }
        let toggle = learnLayout ? descriptionLines.last.flatMap(ChildToggle.init) : nil
        if toggle != nil { descriptionLines.removeLast() }
        let description = RenderedMarkdown.markdown(descriptionLines) ?? ""
        let location = text.location(nameLine)
        switch section {
        case .response:
            let status: Int = if case .status(let code)? = subsection { code } else { 200 }
            if let toggle { childToggles.append((page.responseFields.count, toggle, text.location(text.lines[index - 1]))) }
            page.responseFields.append(ResponseField(status: status, name: name, type: typeText, description: description,
                                                     enum: type.enumName, nullable: type.isNullable, at: location))
        default:
            let parameterLocation: ParameterLocation = switch section {
            case .pathParameters: .path
            case .queryParameters: .query
            default: .body
            }
            let heading: ParameterGroup? = if case .group(let group)? = subsection { group } else { nil }
            page.parameters.append(PageParameter(
                name: name, in: parameterLocation, type: typeText, required: required, default: defaultValue,
                description: description, enum: type.enumName, nullable: type.isNullable,
                group: ParameterGrouping.group(name: name, location: parameterLocation, heading: heading), at: location))
        }
    }

    /// `default:"25"`, `default: 25`, `Default: 25`.
    static func defaultValue(_ line: Substring) -> String? {
        // Asked of every line after a field's type: one whose first byte is ASCII and no `d`
        // is told without lower-casing it.
        if let first = line.utf8.first, first < 0x80, first | 0x20 != UInt8(ascii: "d") { return nil }
        guard line.lowercased().startsWithText("default:") else { return nil }
        var value = line.dropFirst("default:".count).trimmed()
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            value = value.dropFirst().dropLast()
        }
        return String(value)
    }

    // MARK: Prose and notes

    /// A paragraph outside any field: a note ("Partial records — …") or a fact in prose.
    /// Returns whether it held anything besides notes and a "Returns …" sentence.
    @discardableResult
    mutating func readProse() -> Bool {
        let start = text.lines[index]
        var lines: [Substring] = []
        while index < text.lines.count, !text.lines[index].isBlank, !isHeading(at: index), !startsField(at: index),
              lines.isEmpty || !Self.isExampleLabel(text.lines[index].trimmed) {
            lines.append(text.lines[index].trimmed)
            index += 1
        }
        if lines.isEmpty {
            index += 1
            return false
        }
        let location = text.location(start)
        var informative = false
        for note in PageNotes.classify(paragraphs: lines.map(String.init), at: location) {
            // "To get all fields, fetch the full record…" continues a partial-records note.
            let continuesPartial = note.kind == .other && page.notes.last?.kind == .partialRecords
            if note.kind == .other && !continuesPartial && !note.text.startsWithText("Returns ") { informative = true }
            appendNote(note)
        }
        return informative
    }

    private mutating func appendNote(_ note: PageNote) {
        if note.kind == .other, let last = page.notes.last, last.kind == .partialRecords {
            page.notes[page.notes.count - 1].text += "\n\n" + note.text
        } else {
            page.notes.append(note)
        }
    }

    mutating func countContent(fields: Int) {
        guard !sectionContent.isEmpty, section != .response || subsection != nil else { return }
        sectionContent[sectionContent.count - 1].lines += 1
        sectionContent[sectionContent.count - 1].fields += fields
    }

    /// A section with text but no field is a rendering that lost its field names and types.
    mutating func checkLostFields() {
        for (heading, lines, fields) in sectionContent where lines > 0 && fields == 0 {
            page.diagnostics.append(.error(.lostFieldNames, "section '\(heading.trimmed)' has text but no field names and types; this rendering cannot be read faithfully", at: text.location(heading)))
        }
    }

    // MARK: Enums and examples

    /// `ValueName` then rows like `1Pending`; the enum's name is recovered afterwards,
    /// unless a title line (`eGender — Gender values`, sometimes repeated) kept it.
    private mutating func readEnumTable() {
        let header = text.lines[index]
        index += 1
        if MarkdownPageParser.mayNameEnum(header.trimmed), case (let name?, let fields) = MarkdownPageParser.enumTitle(String(header.trimmed)) {
            if pendingEnumTitle?.name != name {
                reportEnumTitleWithoutTable()
                pendingEnumTitle = (name, fields, header)
            }
            return
        }
        let title = pendingEnumTitle.map { (name: $0.name, fields: $0.fields) }
        pendingEnumTitle = nil
        if header.trimmed.startsWithText("|") {
            readPipeEnumTable(header: header, title: title)
            return
        }
        guard header.trimmed == "ValueName" else {
            page.diagnostics.append(.warning(.malformedTableRow, "expected an enum table ('ValueName' header), found '\(header.trimmed.prefix(60))'", at: text.location(header)))
            return
        }
        var values: [EnumValue] = []
        while index < text.lines.count, !text.lines[index].isBlank, text.lines[index].trimmed != "ValueName",
              !MarkdownPageParser.mayNameEnum(text.lines[index].trimmed) || MarkdownPageParser.enumTitle(String(text.lines[index].trimmed)).0 == nil {
            let row = text.lines[index]
            index += 1
            guard let value = Self.enumRow(row.trimmed) else {
                page.diagnostics.append(.warning(.malformedTableRow, "enum row '\(row.trimmed.prefix(60))' is not a value followed by a name; it was not read", at: text.location(row)))
                continue
            }
            if values.contains(where: { $0.value == value.value || $0.name == value.name }) {
                page.diagnostics.append(.warning(.duplicateEnumValue, "enum row '\(row.trimmed)' repeats a value or name already listed; the first is kept", at: text.location(row)))
                continue
            }
            values.append(value)
        }
        guard !values.isEmpty else {
            page.diagnostics.append(.error(.truncatedTable, "enum table has a header but no rows; the page may be cut off", at: text.location(header)))
            return
        }
        // Fields always follow the enums: a table that runs to the end of the page lost its last rows.
        if index == text.lines.count {
            let last = text.lines[index - 1]
            page.diagnostics.append(.error(.truncatedTable, "enum table runs to the end of the page after '\(last.trimmed.prefix(60))'; the page is cut off and the table was not read", at: text.location(last)))
            CutOff.report("it ends inside an enum table, after the row '\(last.trimmed.prefix(60))'", at: text.location(last), on: &page)
            return
        }
        PageEnums.add(PageEnum(name: title?.name, values: values, fields: title?.fields ?? [], at: text.location(header)), to: &page)
    }

    /// An enum title with no table after it: the page ends there (cut off), or the
    /// rendering lost the table.
    mutating func reportEnumTitleWithoutTable(atPageEnd: Bool = false) {
        guard let (name, _, line) = pendingEnumTitle else { return }
        pendingEnumTitle = nil
        if atPageEnd, let last = CutOff.lastLine(of: text) {
            CutOff.report("it ends after the title of enum \(name), before its table", at: text.location(last), on: &page)
        } else {
            page.diagnostics.append(.warning(.truncatedTable, "enum \(name) is titled here but no table of its values follows; its values are not on the page", at: text.location(line)))
        }
    }

    /// `10NEXUSCard` is value 10 named `NEXUSCard`.
    static func enumRow(_ line: Substring) -> EnumValue? {
        if line.isPlainASCII { return asciiEnumRow(line) }
        var digits = line.prefix(while: { $0.isNumber && $0.isASCII })
        var rest = line.dropFirst(digits.count)
        if line.startsWithText("-") {
            let magnitude = line.dropFirst().prefix(while: { $0.isNumber && $0.isASCII })
            digits = line.prefix(magnitude.count + 1)
            rest = line.dropFirst(digits.count)
        }
        guard let value = Int(digits), let first = rest.first, first.isLetter || first == "_",
              rest.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
        return EnumValue(value: value, name: String(rest))
    }

    /// `enumRow` on the bytes of a plain ASCII line, where each byte is a Character: a
    /// digit is `0`-`9`, a letter `A`-`Z` or `a`-`z`.
    private static func asciiEnumRow(_ line: Substring) -> EnumValue? {
        line.utf8Buffer { bytes -> EnumValue? in
            var end = bytes.first == UInt8(ascii: "-") ? 1 : 0
            while end < bytes.count, bytes[end].isASCIIDigit { end += 1 }
            guard let value = Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<end]), as: UTF8.self)), end < bytes.count,
                  bytes[end].isASCIILetter || bytes[end] == UInt8(ascii: "_") else { return nil }
            let rest = UnsafeBufferPointer(rebasing: bytes[end...])
            guard rest.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit || $0 == UInt8(ascii: "_") }) else { return nil }
            return EnumValue(value: value, name: String(decoding: rest, as: UTF8.self))
        }
    }

    private mutating func readCodeExampleLine() {
        let line = text.lines[index]
        if line.trimmed.startsWithText("curl ") {
            let start = index
            consumeShellCommand()
            page.requestExamples += CurlExample.examples(in: Array(text.lines[start..<index]), file: text.file, title: exampleTitle)
        } else {
            // The learn site also shows the code group's tab labels and the other tabs'
            // code: neither is the title of the next sample.
            if !learnLayout || Self.isExampleTitle(line.trimmed) { exampleTitle = String(line.trimmed) }
            index += 1
        }
    }

    static let codeTabLabels: Set<String> = ["curl", "bash", "shell", "javascript", "node.js", "node", "python", "php", "ruby", "go", "java", "c#", "swift"]

    /// A heading-like line ("Filtering by Name"), not a tab label or a line of code.
    static func isExampleTitle(_ line: Substring) -> Bool {
        guard let first = line.first, first.isUppercase, line.count <= 80, !codeTabLabels.contains(line.lowercased()) else { return false }
        return !line.contains { "(){}[];=<>'\"`/\\".contains($0) }
    }
}
