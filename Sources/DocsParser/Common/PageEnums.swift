import Diagnostics

/// Adds enum tables to a page. The same enum can be listed twice on one page (a repeated
/// accordion, a title rendered twice); it stays one enum, and only a real disagreement
/// between the two lists is reported.
enum PageEnums {
    static func add(_ table: PageEnum, to page: inout ParsedPage) {
        guard let name = table.name, let index = page.enums.firstIndex(where: { $0.name == name }) else {
            page.enums.append(table)
            return
        }
        var existing = page.enums[index]
        for field in table.fields where !existing.fields.contains(field) { existing.fields.append(field) }
        for value in table.values where !existing.values.contains(value) {
            if let clash = existing.values.first(where: { $0.value == value.value || $0.name == value.name }) {
                page.diagnostics.append(.error(
                    .conflictingEnumValue,
                    "\(name) lists \(value.value) = \(value.name) here but \(clash.value) = \(clash.name) in its first table on this page",
                    at: table.location, notes: [DiagnosticNote("the first table is here", at: existing.location)]))
            } else {
                page.diagnostics.append(.warning(
                    .enumValueSetDiffers,
                    "\(name) is listed twice on this page and only this table has \(value.value) = \(value.name); the value is kept",
                    at: table.location, notes: [DiagnosticNote("the first table is here", at: existing.location)]))
                existing.values.append(value)
            }
        }
        page.enums[index] = existing
    }
}
