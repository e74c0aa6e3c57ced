/// The data a template sees: deliberately tiny, so templates stay logic-less and every value
/// that reaches the output is a string the generator chose on purpose.
public enum TemplateValue: Sendable, Equatable {
    case string(String)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)

    /// Mustache truthiness: what makes a section render (and an inverted section not).
    /// An empty object counts as false too, so "nothing to say" is uniform across kinds.
    var isTruthy: Bool {
        switch self {
        case .string(let s): !s.isEmpty
        case .bool(let b): b
        case .list(let items): !items.isEmpty
        case .object(let fields): !fields.isEmpty
        }
    }

    /// Used in error messages, so a wrong-kind value is named plainly.
    var kindName: String {
        switch self {
        case .string: "a string"
        case .bool: "a boolean"
        case .list: "a list"
        case .object: "an object"
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

/// Lets generator code write `"\(count)"` where a value is expected.
extension TemplateValue: ExpressibleByStringInterpolation {
    public init(stringInterpolation: DefaultStringInterpolation) { self = .string(String(stringInterpolation: stringInterpolation)) }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// A repeated key keeps its last value, like assigning into a dictionary would.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        var object = TemplateObject()
        for (key, value) in elements { object[key] = value }
        self = .object(object)
    }
}
