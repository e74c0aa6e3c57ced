import Foundation

/// A date as the API writes it (`2025-01-15T10:30:00Z`, `2025-01-15T10:30`, with or without
/// fractional seconds). The text is kept as received, so a date in a form nobody expected
/// still decodes, leaves the rest of the record intact, and encodes back unchanged.
public struct NexudusDate: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The text the API sent or will be sent.
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A date in UTC, written with seconds and a `Z`, as the API's examples show.
    public init(_ date: Date) {
        self.rawValue = NexudusDate.format(date, pattern: "yyyy-MM-dd'T'HH:mm:ss'Z'")
    }

    /// The instant, when the text is in one of the documented forms; times without a
    /// zone are read as UTC.
    public var date: Date? {
        for pattern in NexudusDate.patterns {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = pattern
            if let date = formatter.date(from: rawValue) { return date }
        }
        return nil
    }

    public var description: String { rawValue }

    /// The `YYYY-MM-DDTHH:mm` form the search endpoints take for range filters.
    public static func rangeFilterText(_ date: Date) -> String {
        format(date, pattern: "yyyy-MM-dd'T'HH:mm")
    }

    static let patterns = [
        "yyyy-MM-dd'T'HH:mm:ssXXXXX",
        "yyyy-MM-dd'T'HH:mm:ss.SSSXXXXX",
        "yyyy-MM-dd'T'HH:mm:ss.SSSSSSSXXXXX",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.SSS",
        "yyyy-MM-dd'T'HH:mm:ss.SSSSSSS",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd",
    ]

    static func format(_ date: Date, pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
