import APISchema

/// The render-ready view of one documented enum.
enum EnumContext {
    /// `typeName` is `TypeMapping.enumTypeName`, which knows the other types' names.
    static func make(_ enumType: EnumType, typeName: String, docs: DocComment) -> TemplateValue {
        let caseNames = EnumCases.caseNames(for: enumType)
        let cases: [TemplateObject] = enumType.values.map { value in
            [
                "caseName": .string(caseNames[value.value] ?? SwiftNaming.memberName(value.name)),
                "rawValue": .string(String(value.value)),
                // Shown in a `///` line, so kept to one line; the literal keeps the exact text.
                "apiName": .string(SwiftLiteral.docText(value.name)),
                "apiNameLiteral": .string(SwiftLiteral.string(value.name)),
                // A flag set's `0` is the empty set: `static let none: X = []` (Swift warns on `X(rawValue: 0)`).
                "isZero": .bool(value.value == 0),
            ]
        }
        let documentedIn = enumType.sources.first.map { docs.provenance($0) } ?? "Documented in `the docs`."
        return .object([
            "typeName": .string(typeName),
            "apiName": .string(enumType.name),
            "docLines": .strings([" `\(enumType.name)` in the Nexudus API.", "", " " + documentedIn]),
            "cases": .items(consume cases),
            "isFlags": .bool(enumType.isFlags),
            "renamedNone": EnumCases.renamedNone(for: enumType).map { .string($0) } ?? .bool(false),
        ])
    }
}
