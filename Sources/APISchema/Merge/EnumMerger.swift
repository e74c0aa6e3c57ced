import Diagnostics
import DocsParser

/// One enum per name across all pages. A page that omits the `0 None` row, lists the
/// values in another order, or lost the enum's name (rendered pages) still contributes;
/// a value named differently on two pages is an error naming both.
struct EnumMerger {
    struct Entry {
        var name: String
        var values: [EnumValue]
        var valueSources: [Int: SourceLocation]
        var sources: [SourceLocation]
    }

    private(set) var entries: [String: Entry] = [:]
    private(set) var diagnostics: [Diagnostic] = []
    /// Tables a page left unnamed that another page's enum named.
    private(set) var namedTables: Set<SourceLocation> = []
    /// The enums by their values (less `0 None`, as `sameValues` compares them), so an
    /// unnamed table finds its matches without comparing it with every enum of the API.
    private var namesByValues: [Set<EnumValue>: Set<String>] = [:]
    /// Whether `namesByValues` must be rebuilt: `add` changes entries without updating it.
    private var indexIsStale = true

    mutating func add(_ pageEnum: PageEnum) {
        guard let name = pageEnum.name else { return }
        let values = pageEnum.values.map(EnumValue.init)
        indexIsStale = true
        // Taken out of the dictionary while it changes: a copy would copy its lists of
        // sources at every page that lists the enum, quadratic in the pages of an API.
        guard var entry = entries.removeValue(forKey: name) else {
            entries[name] = Entry(
                name: name, values: values,
                valueSources: Dictionary(values.map { ($0.value, pageEnum.location) }, uniquingKeysWith: { first, _ in first }),
                sources: [pageEnum.location])
            return
        }
        entry.sources.append(pageEnum.location)
        merge(pageEnum, into: &entry)
        entries[name] = entry
    }

    private mutating func merge(_ pageEnum: PageEnum, into entry: inout Entry) {
        let name = entry.name
        for value in pageEnum.values.map(EnumValue.init) {
            if let existing = entry.values.first(where: { $0.value == value.value }) {
                if existing.name != value.name {
                    diagnostics.append(.error(
                        .conflictingEnumValue,
                        "enum '\(name)' value \(value.value) is named '\(value.name)' here but '\(existing.name)' elsewhere",
                        at: pageEnum.location,
                        notes: [DiagnosticNote("'\(existing.name)' = \(value.value) is documented here", at: entry.valueSources[value.value])]))
                }
            } else if let clash = entry.values.first(where: { $0.name == value.name }) {
                diagnostics.append(.error(
                    .conflictingEnumValue,
                    "enum '\(name)' case '\(value.name)' has value \(value.value) here but \(clash.value) elsewhere",
                    at: pageEnum.location,
                    notes: [DiagnosticNote("'\(clash.name)' = \(clash.value) is documented here", at: entry.valueSources[clash.value])]))
            } else {
                if !(value.value == 0 && value.name == "None") {
                    diagnostics.append(.warning(
                        .enumValueSetDiffers,
                        "enum '\(name)' lists \(value.value) = \(value.name) here, which another page does not; the value is kept",
                        at: pageEnum.location,
                        notes: entry.sources.first.map { [DiagnosticNote("'\(name)' is documented without it here", at: $0)] } ?? []))
                }
                entry.values.append(value)
                entry.valueSources[value.value] = pageEnum.location
            }
        }
    }

    /// A table whose name the page lost takes the name of the one enum with the same values.
    mutating func addUnnamed(_ pageEnum: PageEnum) {
        if indexIsStale {
            namesByValues = [:]
            for entry in entries.values { namesByValues[Self.key(entry.values), default: []].insert(entry.name) }
            indexIsStale = false
        }
        let matches = (namesByValues[Self.key(pageEnum.values.map(EnumValue.init))] ?? []).sorted()
        switch matches.count {
        case 1:
            var entry = entries.removeValue(forKey: matches[0])!  // changed in place, as in `add`
            let oldKey = Self.key(entry.values)
            merge(pageEnum, into: &entry)
            entry.sources.append(pageEnum.location)
            entries[matches[0]] = entry
            namedTables.insert(pageEnum.location)
            namesByValues[oldKey]?.remove(entry.name)
            if namesByValues[oldKey]?.isEmpty == true { namesByValues[oldKey] = nil }
            namesByValues[Self.key(entry.values), default: []].insert(entry.name)
        case 0:
            diagnostics.append(.warning(
                .unnamedEnumTable,
                "enum table with values \(preview(pageEnum.values)) has no name here and no page names an enum with these values; it is not generated",
                at: pageEnum.location))
        default:
            diagnostics.append(.warning(
                .unnamedEnumTable,
                "enum table with values \(preview(pageEnum.values)) has no name here and matches several enums (\(matches.joined(separator: ", "))); it is not used",
                at: pageEnum.location))
        }
    }

    /// What `sameValues(as:)` compares: the set of values without the `0 None` row.
    static func key(_ values: [EnumValue]) -> Set<EnumValue> {
        Set(values.filter { !($0.value == 0 && $0.name == "None") })
    }

    func result() -> [EnumType] {
        entries.values.map { entry in
            let values = entry.values.sorted { $0.value < $1.value }
            return EnumType(name: entry.name, values: values, isFlags: Self.isFlags(values), sources: entry.sources.sorted())
        }.sorted { $0.name < $1.name }
    }

    /// Powers of two from 1 up, at least three of them, optionally with 0: a flag set.
    static func isFlags(_ values: [EnumValue]) -> Bool {
        let nonZero = values.map(\.value).filter { $0 != 0 }
        guard nonZero.count >= 3, nonZero.allSatisfy({ $0 > 0 && $0 & ($0 - 1) == 0 }) else { return false }
        return nonZero.contains(4) || nonZero.contains(8)
    }

    private func preview(_ values: [DocsParser.EnumValue]) -> String {
        values.prefix(4).map { "\($0.value) \($0.name)" }.joined(separator: ", ") + (values.count > 4 ? ", …" : "")
    }
}
