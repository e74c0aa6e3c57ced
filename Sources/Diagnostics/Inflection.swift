/// English plurals in the docs' names: a search page titled "Search CoworkerIdentityChecks"
/// is about one `CoworkerIdentityCheck`, and a field `Addresses` holds many of one `Address`.
/// The parser and the emitter both ask, so the rule lives once, in the module both depend on.
public enum Inflection {
    /// The singular of a plural `word`, or nil when `word` does not end like an English plural.
    public static func singular(_ word: String) -> String? {
        if word.hasSuffix("ies"), word.count > 3 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("sses") || word.hasSuffix("xes") || word.hasSuffix("ches") || word.hasSuffix("shes") {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 1 { return String(word.dropLast()) }
        return nil
    }
}
