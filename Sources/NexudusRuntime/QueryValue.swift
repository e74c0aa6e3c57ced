import Foundation

/// A value a search sends as a query item, written as the docs' examples write it. The
/// generated query asks each filter for its text rather than spelling a conversion per type.
public protocol QueryValue {
    /// The text of an exact-match filter.
    var queryText: String { get }
    /// The text of a range bound (`from_…`, `to_…`): the same, except for dates.
    var rangeQueryText: String { get }
}

extension QueryValue {
    public var rangeQueryText: String { queryText }
}

extension String: QueryValue {
    public var queryText: String { self }
}

extension Int: QueryValue {
    public var queryText: String { String(self) }
}

extension Double: QueryValue {
    public var queryText: String { String(self) }
}

extension Bool: QueryValue {
    public var queryText: String { self ? "true" : "false" }
}

extension NexudusDate: QueryValue {
    /// The text as it was given or received.
    public var queryText: String { rawValue }
    /// The `YYYY-MM-DDTHH:mm` form the range filters take (see `rangeFilterText`).
    public var rangeQueryText: String { rangeFilterText }
}

extension JSONValue: QueryValue {
    public var queryText: String { String(describing: self) }
}

/// Enums and flag sets are sent as their integer.
extension JSONIntegerCoded {
    public var queryText: String { String(rawValue) }
}
