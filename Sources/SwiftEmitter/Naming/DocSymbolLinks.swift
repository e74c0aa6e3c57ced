import APISchema

/// The docs' enum references as symbol links to the Swift types the emitter declares, so
/// Quick Help and DocC link them:
///
/// - `See eIdentityCheckProvider enum values: 0 = None, 1 = Manual` →
///   ``See ``IdentityCheckProvider`` values: 0 = None, 1 = Manual`` (the values stay: they
///   are the docs' words);
/// - `See eGender enum above.` → ``See ``Gender``.`` (there is no "above" in Swift);
/// - `Defaults to eGender.NotSet` → ``Defaults to ``Gender/notSet`` `` (a documented value
///   links to its case; a value the enum does not list links to the type);
/// - any other `eGender` or `` `eGender` `` → ``` ``Gender`` ```.
///
/// A name no enum of the schema has is left as written: a link to nothing would mislead.
struct DocSymbolLinks: Sendable {
    /// The Swift type of each documented enum, by its docs name.
    let typeNames: [String: String]
    /// The Swift case of each documented value, by enum and value name.
    let caseNames: [String: [String: String]]

    init(typeNames: [String: String], caseNames: [String: [String: String]]) {
        self.typeNames = typeNames
        self.caseNames = caseNames
    }

    init(schema: APISchema, typeNames: [String: String]) {
        var cases: [String: [String: String]] = [:]
        for enumType in schema.enums where cases[enumType.name] == nil {
            let names = EnumCases.caseNames(for: enumType)
            var byValue: [String: String] = [:]
            for value in enumType.values where byValue[value.name] == nil {
                if let name = names[value.value] { byValue[value.name] = name }
            }
            cases[enumType.name] = byValue
        }
        self.init(typeNames: typeNames, caseNames: cases)
    }

    /// `text` with every known enum reference as a symbol link.
    func linked(_ text: String) -> String {
        guard !typeNames.isEmpty, Self.mayMentionEnum(text) else { return text }
        return text.replacing(Self.reference) { match -> String in
            let output = match.output
            let whole = String(output.0)
            guard let name = (output.quotedName ?? output.bareName).map(String.init), let typeName = typeNames[name] else { return whole }
            var symbol = "``\(typeName)``"
            if let member = (output.quotedMember ?? output.bareMember).map(String.init) {
                if let caseName = caseNames[name]?[member] {
                    // A link names the case without the backticks of a keyword (`default`).
                    symbol = "``\(typeName)/\(caseName.filter { $0 != "`" })``"
                } else {
                    symbol += ".\(member)"
                }
            }
            let see = output.see.map(String.init) ?? ""
            // `?` marks a nullable type (`ePaymentProvider?`): the Swift type is the same.
            switch output.tail.map({ String($0.drop { $0 == "?" }) }) {
            case " enum values:"?: return see + symbol + " values:"
            case " enum above."?: return see + symbol + "."
            case " enum."?: return see.isEmpty ? symbol + " enum." : see + symbol + "."
            case " enum above"?: return see + symbol
            case " enum"?: return see.isEmpty ? symbol + " enum" : see + symbol
            case let tail?: return see + symbol + tail
            case nil: return see + symbol
            }
        }
    }

    /// `See `, then the name bare or in backticks (with an optional `.Value` and a `?` of a
    /// nullable type), then ` enum values:`, ` enum above` or ` enum`. Made for each use: a `Regex`
    /// is not `Sendable`, and rendering runs on every core.
    static var reference: Regex<(Substring, see: Substring?, quotedName: Substring?, quotedMember: Substring?, bareName: Substring?, bareMember: Substring?, tail: Substring?)> {
        /(?<see>See )?(?:`(?<quotedName>e[A-Z][A-Za-z0-9_]*)(?:\.(?<quotedMember>[A-Za-z_][A-Za-z0-9_]*))?\??`|\b(?<bareName>e[A-Z][A-Za-z0-9_]*)(?:\.(?<bareMember>[A-Za-z_][A-Za-z0-9_]*))?)(?<tail>\?? enum values:|\?? enum above\.?|\?? enum\.?(?![A-Za-z0-9_]))?/
    }

    /// Whether `text` has an `e` followed by a capital letter anywhere: most descriptions do
    /// not, and they skip the regular expression.
    static func mayMentionEnum(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "e"), byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { return true }
            previous = byte
        }
        return false
    }
}
