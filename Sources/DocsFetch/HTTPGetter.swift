import Diagnostics
import Foundation

/// One URL brought in the way `fetch` promises: 409 and 429 wait for `Retry-After`, 5xx,
/// timeouts and broken connections back off, redirects are followed (at most
/// `maximumRedirects`, each target checked by `LinkPolicy`). Any other status is the
/// caller's to judge.
struct HTTPGetter: Sendable {
    static let maximumRedirects = 5
    /// The longest a `Retry-After` is obeyed: a server asking for an hour gets two minutes.
    static let maximumWait: Double = 120

    var transport: any FetchTransport
    var clock: any FetchClock
    var policy: LinkPolicy
    var timeout: TimeInterval
    var retries: Int
    var bodyLimit: Int

    enum Failure: Error {
        /// The page failed: an error naming the URL.
        case failed(Diagnostic)
        /// A redirect led where no link may go: skipped with a warning.
        case rejected(Diagnostic)
    }

    func get(_ url: URL, headers: [String: String]) async -> Result<HTTPResponse, Failure> {
        var current = url
        var redirects = 0
        var attempt = 0
        while true {
            let result = await transport.send(HTTPRequest(url: current, headers: headers, timeout: timeout), bodyLimit: bodyLimit)
            let response: HTTPResponse
            switch result {
            case .failure(.bodyTooLarge(let limit)):
                return .failure(.failed(.error(.fileTooLarge, "\(current.absoluteString): body is larger than \(limit) bytes", at: nil)))
            case .failure(let error):
                let reason = error == .timedOut ? "no answer within \(Self.seconds(timeout))" : Self.describe(error)
                if attempt < retries {
                    attempt += 1
                    await clock.sleep(seconds: Self.backoff(attempt))
                    continue
                }
                return .failure(.failed(.error(.requestFailed, "\(current.absoluteString): \(reason) (\(attempt + 1) attempts)", at: nil)))
            case .success(let answer):
                response = answer
            }
            switch response.status {
            case 301, 302, 303, 307, 308:
                guard let location = response.header("location"), let next = URL(string: location, relativeTo: current)?.absoluteURL else {
                    return .failure(.failed(.error(.httpStatus, "\(current.absoluteString): redirect \(response.status) without a usable Location", at: nil)))
                }
                redirects += 1
                if redirects > Self.maximumRedirects {
                    return .failure(.failed(.error(.tooManyRedirects, "\(url.absoluteString): more than \(Self.maximumRedirects) redirects", at: nil)))
                }
                if let rejection = LinkPolicy.unsafeText(location) ?? policy.check(next).failure {
                    return .failure(.rejected(.warning(rejection.id, "\(url.absoluteString): skipped: redirect to '\(location)' \(rejection.reason)", at: nil)))
                }
                current = next
            case 409, 429, 500...599:
                guard attempt < retries else {
                    return .failure(.failed(.error(.httpStatus, "\(current.absoluteString): HTTP \(response.status) after \(attempt + 1) attempts", at: nil)))
                }
                attempt += 1
                let asked = response.status < 500 ? retryAfter(response.header("retry-after")) : nil
                await clock.sleep(seconds: asked ?? Self.backoff(attempt))
            default:
                return .success(response)
            }
        }
    }

    /// Delay-seconds or an HTTP date, capped at `maximumWait`; nil when absent or unreadable.
    func retryAfter(_ value: String?) -> Double? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Double(value), seconds >= 0 { return min(seconds, Self.maximumWait) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return min(max(0, date.timeIntervalSince(clock.now)), Self.maximumWait)
    }

    /// 0.5 s, 1 s, 2 s… up to 10 s.
    static func backoff(_ attempt: Int) -> Double {
        min(10, 0.5 * Double(1 << min(attempt - 1, 10)))
    }

    static func seconds(_ value: TimeInterval) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    static func describe(_ error: TransportError) -> String {
        switch error {
        case .timedOut: "timed out"
        case .bodyTooLarge(let limit): "body is larger than \(limit) bytes"
        case .failed(let message): message
        }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}
