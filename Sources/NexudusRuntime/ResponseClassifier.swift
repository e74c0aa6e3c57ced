import Foundation

/// What each status becomes: the one place that maps an answer to a `NexudusError`, and
/// that tells throttling (`429`; a `409` with `Retry-After` or "You must wait") from an
/// ordinary conflict.
enum ResponseClassifier {
    /// Whether `response` says "slow down", and the wait it asks for in seconds, if any:
    /// `Retry-After` (seconds or an HTTP date), else "Wait N seconds" in the body.
    static func throttling(_ response: TransportResponse, now: Date) -> (isThrottled: Bool, wait: TimeInterval?) {
        let retryAfter = response.header("Retry-After").flatMap { retryAfterSeconds($0, now: now) }
        let text = String(decoding: response.body.prefix(4096), as: UTF8.self)
        let wait = retryAfter ?? waitSeconds(in: text)
        switch response.status {
        case 429:
            return (true, wait)
        case 409:
            let says = text.range(of: "you must wait", options: .caseInsensitive) != nil
            return (says || response.header("Retry-After") != nil || waitSeconds(in: text) != nil, wait)
        default:
            return (false, nil)
        }
    }

    /// `Retry-After: 1` or `Retry-After: Wed, 21 Oct 2015 07:28:00 GMT`.
    static func retryAfterSeconds(_ value: String, now: Date) -> TimeInterval? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = TimeInterval(trimmed), seconds >= 0, seconds.isFinite { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }

    /// `N` in "Wait N seconds" (any case, "second" or "seconds").
    static func waitSeconds(in text: String) -> TimeInterval? {
        var rest = text[...]
        while let found = rest.range(of: "wait ", options: .caseInsensitive) {
            let after = rest[found.upperBound...].drop { $0 == " " }
            let digits = after.prefix { $0.isNumber || $0 == "." }
            if let seconds = TimeInterval(digits), seconds >= 0,
               after.dropFirst(digits.count).drop(while: { $0 == " " }).lowercased().hasPrefix("second") {
                return seconds
            }
            rest = rest[found.upperBound...]
        }
        return nil
    }

    /// The error an answer that is not a success becomes.
    static func error(for response: TransportResponse, now: Date = Date()) -> NexudusError {
        let throttling = throttling(response, now: now)
        if throttling.isThrottled { return .throttled(retryAfter: throttling.wait, response) }
        switch response.status {
        case 400:
            if let body = try? JSONDecoder().decode(ErrorResponse.self, from: response.body), body.errors != nil || body.message != nil {
                return .validationFailed(body, response)
            }
            return .httpStatus(response)
        case 401: return .unauthorized(response)
        case 403: return .forbidden(response)
        case 404: return .notFound(response)
        case 500...599: return .server(response)
        default: return .httpStatus(response)
        }
    }
}
