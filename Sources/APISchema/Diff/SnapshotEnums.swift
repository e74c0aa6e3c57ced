import Diagnostics
import DocsParser

extension SchemaDiff {
    /// Merges one snapshot's pages, naming the enum tables its own pages could not name
    /// from the snapshot it is compared with.
    ///
    /// A rendered page prints an enum table without the enum's name; when nothing in its
    /// snapshot names it, the merge leaves it out. The other snapshot may name exactly one
    /// enum with the same values (the two formats of one page, or a page the other
    /// snapshot has): the table is that enum, as the merge names a table from another page
    /// of the same snapshot. Naming it before the merge keeps the fields that refer to it
    /// typed, so the diff does not report an enum removed and added again. Tables matching
    /// no enum, or several, stay unnamed.
    public static func merge(_ pages: [ParsedPage], namingTablesFrom other: APISchema) -> APISchema {
        let (schema, diagnostics) = SchemaMerger.merge(pages)
        let unresolved = Set(diagnostics.filter { $0.id == .unnamedEnumTable }.compactMap(\.location))
        guard !unresolved.isEmpty else { return schema }
        var named = Set(schema.enums.map(\.name))
        var pages = pages.sorted { $0.file < $1.file }
        var changed = false
        for pageIndex in pages.indices {
            for enumIndex in pages[pageIndex].enums.indices {
                let table = pages[pageIndex].enums[enumIndex]
                guard table.name == nil, unresolved.contains(table.location) else { continue }
                let values = EnumMerger.key(table.values.map(EnumValue.init))
                let matches = other.enums.filter { !named.contains($0.name) && EnumMerger.key($0.values) == values }
                guard matches.count == 1 else { continue }
                pages[pageIndex].enums[enumIndex].name = matches[0].name
                named.insert(matches[0].name)
                changed = true
            }
        }
        return changed ? SchemaMerger.merge(pages).0 : schema
    }
}
