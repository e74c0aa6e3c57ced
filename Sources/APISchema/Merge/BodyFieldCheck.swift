import Diagnostics

/// A request body field and the record field of the same name are one fact documented
/// twice; they must agree on type and enum.
enum BodyFieldCheck {
    static func compare(entities: [Entity], operations: [Operation]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let records = Dictionary(entities.map { ($0.name, $0.fields) }, uniquingKeysWith: { first, _ in first })
        for operation in operations where !operation.body.isEmpty {
            guard let record = records[operation.entity] else { continue }
            for field in operation.body {
                guard let other = record.first(where: { $0.name == field.name }) else { continue }
                if other.documentedType != field.documentedType {
                    diagnostics.append(.warning(.conflictingFieldType, "'\(field.name)' is typed '\(field.documentedType)' in the request body but '\(other.documentedType)' in the \(operation.entity) record", at: field.source, notes: [DiagnosticNote("the record's field is documented here", at: other.source)]))
                }
                if let lhs = field.enum, let rhs = other.enum, lhs != rhs {
                    diagnostics.append(.warning(.conflictingEnumReference, "'\(field.name)' takes '\(lhs)' in the request body but '\(rhs)' in the \(operation.entity) record", at: field.source, notes: [DiagnosticNote("the record's field is documented here", at: other.source)]))
                }
            }
        }
        return diagnostics
    }
}
