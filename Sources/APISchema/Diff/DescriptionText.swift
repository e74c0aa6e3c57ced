/// The two page formats write one description differently: the export has Markdown
/// (backticks, bold, links, tables, straight quotes, arrows), the rendering drops the
/// markup, flattens tables cell against cell, curls quotes and drops arrows, and one
/// format may not carry a text at all (the rendering has no title or summary). Only what
/// the words say is compared.
enum DescriptionText {
    /// Whether two descriptions say different things. A missing or empty text is no
    /// difference: one format may simply not carry it.
    static func differs(_ old: String?, _ new: String?) -> Bool {
        guard let old, let new, !old.isEmpty, !new.isEmpty else { return false }
        return words(old) != words(new)
    }

    /// The detail of a description change: both texts when they are short enough to read
    /// side by side in a report, else only that it changed.
    static func changeDetail(_ old: String, _ new: String, of what: String = "description") -> String {
        let collapse = { (text: String) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let (before, after) = (collapse(old), collapse(new))
        guard before.count <= 120, after.count <= 120 else { return "\(what) changed" }
        return "\(what) changed from \"\(before)\" to \"\(after)\""
    }

    /// Both texts present and saying the same: how a renamed field is recognised.
    static func same(_ lhs: String, _ rhs: String) -> Bool {
        let lhsWords = words(lhs)
        return !lhsWords.isEmpty && lhsWords == words(rhs)
    }

    /// The description without the facts the parser reads out of it and the diff compares
    /// on their own ("Defaults to eGender.NotSet", "See eGender enum above", "See eX enum
    /// values: 0 = None, …"), so one change is reported once, by what it is.
    static func prose(_ text: String) -> String {
        guard text.contains("efaults to") || text.contains("See ") else { return text }
        var result = text
        result.replace(/[Dd]efaults to `?(e[A-Z]\w*\.\w+|-?\d+(\.\d+)?|true|false)`?\.?/, with: "")
        result.replace(/See `?e[A-Z]\w*\??`? enum values:.*/.dotMatchesNewlines(), with: "")
        result.replace(/See `?e[A-Z]\w*\??`? enum above\.?/, with: "")
        return result
    }

    /// Letters and digits, lower-cased, with link targets dropped. A minus sign that starts
    /// a number and a point or comma between two digits are kept: `-1` is not `1`, and
    /// `1.5` is not `15`. Everything else is markup, punctuation or spacing one format adds.
    static func words(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var skippingLink = false
        var previous: Unicode.Scalar = " "
        for (index, scalar) in scalars.enumerated() {
            let next = index + 1 < scalars.count ? scalars[index + 1] : " "
            defer { if !skippingLink { previous = scalar } }
            if skippingLink {
                if scalar == ")" { skippingLink = false }
                continue
            }
            if scalar == "(" && previous == "]" {
                skippingLink = true
                continue
            }
            if isLetterOrDigit(scalar) {
                result.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else if scalar == "-" && isDigit(next) && !isLetterOrDigit(previous) {
                result.append(scalar)
            } else if (scalar == "." || scalar == ",") && isDigit(previous) && isDigit(next) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic || isDigit(scalar) }
}
