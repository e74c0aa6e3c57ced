import Diagnostics

/// Contradictions inside one snapshot of the docs: the same fact documented two ways on
/// two pages. Each finding names both places.
public enum SchemaLint {
    /// Diagnostic ids of the merge that are contradictions between pages.
    public static let contradictionIDs: Set<DiagnosticID> = [
        .conflictingEnumValue, .enumValueSetDiffers, .conflictingFieldType, .conflictingEnumReference,
        .conflictingRequired, .conflictingDefault, .conflictingRole, .unresolvedEnumReference, .ambiguousSortDirection, .conflictingEncoding,
    ]

    public static func findings(in schema: APISchema, mergeDiagnostics: [Diagnostic]) -> [Diagnostic] {
        var findings = mergeDiagnostics.filter { contradictionIDs.contains($0.id) && $0.id != .unresolvedEnumReference }
        findings += missingEnums(mergeDiagnostics.filter { $0.id == .unresolvedEnumReference })
        findings += sortEncodings(schema)
        findings += bodyFields(schema)
        return findings.sortedForOutput()
    }

    /// Every reference to one enum no page defines is one finding: the first reference, with
    /// the others as notes, so a missing enum used on forty pages is reported once.
    static func missingEnums(_ references: [Diagnostic]) -> [Diagnostic] {
        let sorted = references.sortedForOutput()
        var order: [String] = []
        var byEnum: [String: [Diagnostic]] = [:]
        for reference in sorted {
            // The merge names the enum in its message: "refers to enum 'eX', which …".
            let name = reference.message.firstMatch(of: /enum '([^']+)'/).map { String($0.1) } ?? reference.message
            if byEnum[name] == nil { order.append(name) }
            byEnum[name, default: []].append(reference)
        }
        return order.map { name in
            var first = byEnum[name]![0]
            first.notes += byEnum[name]!.dropFirst().map { DiagnosticNote("'\(name)' is referred to here too", at: $0.location) }
            return first
        }
    }

    /// `dir` must mean the same on every search page.
    static func sortEncodings(_ schema: APISchema) -> [Diagnostic] {
        let documented = schema.operations.filter { $0.sortDirection != nil }
        guard let first = documented.first, let reference = first.sortDirection else { return [] }
        return documented.dropFirst().compactMap { operation in
            guard let encoding = operation.sortDirection, encoding != reference else { return nil }
            return .warning(.conflictingEncoding,
                            "'dir' means ascending = \(encoding.ascending), descending = \(encoding.descending) here but ascending = \(reference.ascending), descending = \(reference.descending) on \(first.id)",
                            at: operation.parameters.first { $0.name == "dir" }?.source ?? operation.source,
                            notes: [DiagnosticNote("documented with \(reference.ascending)/\(reference.descending) here", at: first.parameters.first { $0.name == "dir" }?.source ?? first.source)])
        }
    }

    /// A field of one entity's request bodies must have one type, and must not be required
    /// on one page while another gives it a default.
    static func bodyFields(_ schema: APISchema) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (_, operations) in Dictionary(grouping: schema.operations.filter { !$0.body.isEmpty }, by: \.entity).sorted(by: { $0.key < $1.key }) {
            var seen: [String: Field] = [:]
            for operation in operations.sorted(by: { $0.id < $1.id }) {
                for field in operation.body where field.name != "Id" {
                    guard let other = seen[field.name] else {
                        seen[field.name] = field
                        continue
                    }
                    if other.documentedType != field.documentedType || other.enum != field.enum {
                        findings.append(.warning(.conflictingFieldType, "'\(field.name)' is typed '\(field.enum ?? field.documentedType)' here but '\(other.enum ?? other.documentedType)' on another page", at: field.source, notes: [DiagnosticNote("typed '\(other.enum ?? other.documentedType)' here", at: other.source)]))
                    }
                    if (field.required && other.default != nil) || (other.required && field.default != nil) {
                        let required = field.required ? field : other
                        let defaulted = field.required ? other : field
                        findings.append(.warning(.conflictingDefault, "'\(field.name)' is required here but optional with default \(defaulted.default ?? "") on another page", at: required.source, notes: [DiagnosticNote("optional with a default here", at: defaulted.source)]))
                    }
                }
            }
        }
        return findings
    }
}
