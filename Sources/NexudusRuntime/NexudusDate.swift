import Foundation

/// The one date type of the SDK: record fields, request bodies and search filters.
///
/// The text is read once, when the value is made (`2025-01-15T10:30:00Z`,
/// `2025-01-15T10:30:00+01:00`, `2025-01-15T10:30`, `2025-01-15`, with up to seven
/// fractional digits), and kept: a date in a form nobody expected still decodes, leaves the
/// rest of the record intact and encodes back unchanged (`value` is then `.unreadable`).
/// Reading a field builds no formatter.
///
/// The value says which kind of time it holds, and nothing converts a time with a zone
/// the caller did not state: the docs do not say which zone the server reads a zone-less
/// `YYYY-MM-DDTHH:mm` in, so a zone-less text stays wall-clock components, and a `Date`
/// becomes one only with an explicit `TimeZone`.
public struct NexudusDate: Codable, Hashable, Sendable, CustomStringConvertible, JSONReadable {
    /// What the text says.
    public enum Value: Hashable, Sendable {
        /// A calendar date and a wall-clock time with no zone (`2025-01-15T10:30`): in the
        /// zone the server reads it in, which the docs do not name.
        case local(LocalDateTime)
        /// A wall-clock time with its offset from UTC (`Z`, `+01:00`): one instant.
        case zoned(LocalDateTime, secondsFromGMT: Int)
        /// Text that is not one of the forms above, kept as received.
        case unreadable
    }

    /// The text the API sent, or the text that will be sent.
    public let rawValue: String
    public let value: Value

    /// Reads the text once.
    public init(rawValue: String) {
        self.rawValue = rawValue
        value = DateText.parse(Array(rawValue.utf8))
    }

    /// A wall-clock time with no zone, as the server's search filters and many fields take
    /// it (`2025-01-15T10:30:00`).
    public init(_ local: LocalDateTime) {
        value = .local(local)
        rawValue = DateText.format(local, seconds: true)
    }

    /// A calendar date and wall-clock time with no zone.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.init(LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second))
    }

    /// The wall-clock time `date` shows in `timeZone`, sent without a zone: local midnight in
    /// Madrid is `…T00:00`, whatever the zone of the machine.
    public init(_ date: Date, in timeZone: TimeZone) {
        self.init(LocalDateTime(date, in: timeZone))
    }

    /// An instant, written in UTC with a `Z`, as the API's examples show.
    public init(instant: Date) {
        let local = LocalDateTime(instant, in: TimeZone(secondsFromGMT: 0)!)
        value = .zoned(local, secondsFromGMT: 0)
        rawValue = DateText.format(local, seconds: true) + "Z"
    }

    /// The wall-clock components as written, zone or not; nil when the text is unreadable.
    public var localDateTime: LocalDateTime? {
        switch value {
        case .local(let local), .zoned(let local, _): local
        case .unreadable: nil
        }
    }

    /// The instant, when the text states its zone; nil for a zone-less or unreadable text.
    public var instant: Date? {
        guard case .zoned(let local, let offset) = value else { return nil }
        return Date(timeIntervalSince1970: local.secondsSince1970AsUTC - Double(offset))
    }

    /// The instant, reading a zone-less text in `timeZone` (which you state: the docs do
    /// not); a text with its own zone keeps it.
    public func date(in timeZone: TimeZone) -> Date? {
        switch value {
        case .local(let local): local.date(in: timeZone)
        case .zoned: instant
        case .unreadable: nil
        }
    }

    public var description: String { rawValue }

    /// The `YYYY-MM-DDTHH:mm` form the search endpoints take for range filters: the wall-clock
    /// time as given (a zoned value keeps the time written with its offset); an unreadable
    /// text is sent as it is.
    public var rangeFilterText: String {
        localDateTime.map { DateText.format($0, seconds: false) } ?? rawValue
    }

    public init(reading reader: inout JSONReader) throws {
        self.init(rawValue: try reader.readString())
    }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// A calendar date and a wall-clock time, with no zone.
public struct LocalDateTime: Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    public var nanosecond: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, nanosecond: Int = 0) {
        (self.year, self.month, self.day, self.hour, self.minute, self.second, self.nanosecond) = (year, month, day, hour, minute, second, nanosecond)
    }

    /// What `date` shows on a clock in `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone) {
        let shifted = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        let seconds = Int(shifted.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let (year, month, day) = DateText.civil(fromDays: days)
        let inDay = seconds - days * 86_400
        self.init(year: year, month: month, day: day, hour: inDay / 3600, minute: inDay % 3600 / 60, second: inDay % 60,
                  nanosecond: Int(((shifted - Double(seconds)) * 1e9).rounded()))
    }

    /// The instant this wall-clock time is in `timeZone`.
    public func date(in timeZone: TimeZone) -> Date {
        let asUTC = secondsSince1970AsUTC
        // The zone's offset at the wall-clock time, refined once for a change of offset.
        var offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: asUTC))
        offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: asUTC - Double(offset)))
        return Date(timeIntervalSince1970: asUTC - Double(offset))
    }

    var secondsSince1970AsUTC: Double {
        Double(DateText.days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second) + Double(nanosecond) / 1e9
    }

    public var description: String { DateText.format(self, seconds: true) }
}

/// The date forms the API writes, read and written byte by byte.
enum DateText {
    static func parse(_ text: [UInt8]) -> NexudusDate.Value {
        var position = 0
        func number(_ count: Int) -> Int? {
            guard position + count <= text.count else { return nil }
            var value = 0
            for offset in 0..<count {
                let byte = text[position + offset]
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            position += count
            return value
        }
        func consume(_ byte: UInt8) -> Bool {
            guard position < text.count, text[position] == byte else { return false }
            position += 1
            return true
        }
        guard let year = number(4), consume(UInt8(ascii: "-")), let month = number(2), consume(UInt8(ascii: "-")), let day = number(2),
              (1...12).contains(month), (1...days(inMonth: month, year: year)).contains(day) else { return .unreadable }
        var local = LocalDateTime(year: year, month: month, day: day)
        if position == text.count { return .local(local) }
        guard consume(UInt8(ascii: "T")) || consume(UInt8(ascii: " ")), let hour = number(2), consume(UInt8(ascii: ":")),
              let minute = number(2), hour < 24, minute < 60 else { return .unreadable }
        (local.hour, local.minute) = (hour, minute)
        if consume(UInt8(ascii: ":")) {
            guard let second = number(2), second < 60 else { return .unreadable }
            local.second = second
            if consume(UInt8(ascii: ".")) {
                var digits = 0
                var fraction = 0
                while position < text.count, text[position] >= 0x30, text[position] <= 0x39 {
                    if digits < 9 { fraction = fraction * 10 + Int(text[position] - 0x30) }
                    digits += 1
                    position += 1
                }
                guard digits > 0 else { return .unreadable }
                for _ in min(digits, 9)..<9 { fraction *= 10 }
                local.nanosecond = fraction
            }
        }
        if position == text.count { return .local(local) }
        if consume(UInt8(ascii: "Z")) { return position == text.count ? .zoned(local, secondsFromGMT: 0) : .unreadable }
        let sign = consume(UInt8(ascii: "+")) ? 1 : consume(UInt8(ascii: "-")) ? -1 : 0
        guard sign != 0, let offsetHours = number(2) else { return .unreadable }
        _ = consume(UInt8(ascii: ":"))
        guard let offsetMinutes = number(2), position == text.count, offsetHours < 24, offsetMinutes < 60 else { return .unreadable }
        return .zoned(local, secondsFromGMT: sign * (offsetHours * 3600 + offsetMinutes * 60))
    }

    static func format(_ local: LocalDateTime, seconds: Bool) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        var text = "\(pad(local.year, 4))-\(pad(local.month, 2))-\(pad(local.day, 2))T\(pad(local.hour, 2)):\(pad(local.minute, 2))"
        if seconds {
            text += ":" + pad(local.second, 2)
            if local.nanosecond > 0 {
                var fraction = pad(local.nanosecond, 9)
                while fraction.hasSuffix("0") { fraction.removeLast() }
                text += "." + fraction
            }
        }
        return text
    }

    static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
