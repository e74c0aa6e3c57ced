/// The checks a request can make before it is sent, with the server's wording, so a caller
/// can show the message the server would have given.
public enum Validation {
    /// The server's message for a missing required field.
    public static let requiredMessage = "is a required field"

    /// A required string: empty or blank counts as missing, as the server's own example shows.
    public static func requireText(_ value: String?, _ propertyName: String, into errors: inout [ValidationError]) {
        guard let value, !value.allSatisfy(\.isWhitespace) else {
            errors.append(ValidationError(propertyName: propertyName, message: requiredMessage, attemptedValue: value.map(JSONValue.string) ?? .null))
            return
        }
    }

    /// A required value of any other type: only its absence is a problem.
    public static func require<Value>(_ value: Value?, _ propertyName: String, into errors: inout [ValidationError]) {
        if value == nil {
            errors.append(ValidationError(propertyName: propertyName, message: requiredMessage, attemptedValue: .null))
        }
    }

    /// A record id: a positive integer.
    public static func requireID(_ value: Int?, _ propertyName: String, into errors: inout [ValidationError]) {
        guard let value, value > 0 else {
            errors.append(ValidationError(propertyName: propertyName, message: requiredMessage, attemptedValue: value.map(JSONValue.integer) ?? .null))
            return
        }
    }

    /// Record ids given as path parameters: each must be positive.
    public static func ids(_ ids: KeyValuePairs<String, Int>) -> [ValidationError] {
        var errors: [ValidationError] = []
        for (name, value) in ids { requireID(value, name, into: &errors) }
        return errors
    }

    /// A page number or page size: at least 1.
    public static func requirePositive(_ value: Int?, _ propertyName: String, into errors: inout [ValidationError]) {
        if let value, value < 1 {
            errors.append(ValidationError(propertyName: propertyName, message: "must be at least 1", attemptedValue: .integer(value)))
        }
    }

    /// The server's summary line: `Name: is a required field`, one line per error.
    public static func summary(of errors: [ValidationError]) -> String {
        errors.map(\.description).joined(separator: "\n")
    }
}
