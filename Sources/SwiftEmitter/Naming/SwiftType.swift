/// The Swift type a generated declaration uses, as a value: the context builders decide what
/// to render by matching on it, and only `name` spells it.
enum SwiftType: Hashable {
    case string
    case int
    case double
    case bool
    /// A date the API writes as text, kept as written (`NexudusDate`).
    case nexudusDate
    /// A range filter's bound: a `NexudusDate` too (one date type everywhere), written in
    /// the `YYYY-MM-DDTHH:mm` form range filters take.
    case date
    /// Any JSON value (`JSONValue`).
    case json
    /// A generated enum or flag set, by its Swift name.
    case enumeration(String)
    /// A generated record or nested struct, by its Swift name.
    case record(String)
    indirect case array(SwiftType)

    var name: String {
        switch self {
        case .string: "String"
        case .int: "Int"
        case .double: "Double"
        case .bool: "Bool"
        case .nexudusDate: "NexudusDate"
        case .date: "NexudusDate"
        case .json: "JSONValue"
        case .enumeration(let name), .record(let name): name
        case .array(let element): "[\(element.name)]"
        }
    }

    /// The type an array holds, however deep, or the type itself.
    var innermost: SwiftType {
        if case .array(let element) = self { return element.innermost }
        return self
    }
}
