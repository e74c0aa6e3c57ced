import Foundation

extension NexudusError: LocalizedError, CustomStringConvertible {
    /// One sentence that says what happened and what to do about it, with the status and
    /// the server's own words. Never contains a credential.
    public var errorDescription: String? {
        let said = serverMessage.map { " The server said: \"\($0)\"" } ?? ""
        switch self {
        case .invalidRequest(let errors):
            return "The request was not sent because it breaks documented rules: "
                + errors.map(\.description).joined(separator: "; ") + ". Fix the fields, or set `validatesRequests = false` to let the server decide."
        case .invalidCredentials(let reason):
            return "The request was not sent: \(reason)."
        case .signInFailed(let error, let response):
            return (error.errorDescription ?? "Signing in failed.") + (response.map { " (HTTP \($0.status))" } ?? "")
        case .unauthorized(let response):
            return "The server refused the credentials (HTTP \(response.status)): the token is missing, expired or revoked, or the user name or password is wrong. Sign in again." + said
        case .forbidden(let response):
            return "The signed-in user may not do this (HTTP \(response.status)): ask an administrator for the role the endpoint requires." + said
        case .notFound(let response):
            return "No such record or path (HTTP \(response.status)): check the id, and that the record belongs to a location this user can reach." + said
        case .throttled(let wait, let response):
            let when = wait.map { "wait \(Self.seconds($0)) before trying again" } ?? "slow down before trying again"
            return "The server is throttling requests (HTTP \(response.status)); the request was not run: \(when), or enable the client's rate limiter." + said
        case .validationFailed(let body, let response):
            let messages = (body.errors ?? []).map(\.description)
            let detail = messages.isEmpty ? (body.message ?? "no details given") : messages.joined(separator: "; ")
            return "The server rejected the request's fields (HTTP \(response.status)): " + Self.sentence(detail)
        case .actionFailed(let result, let response):
            return "The server answered HTTP \(response.status) but did not do it (WasSuccessful is false): " + Self.sentence(result.message ?? "no message given")
        case .server(let response):
            return "The server failed (HTTP \(response.status)); this is often brief, so try again later." + said
        case .httpStatus(let response):
            return "The server answered HTTP \(response.status), which this call does not expect." + said
        case .transport(let error):
            return error.description
        case .decodingFailed(let failure, let response):
            return "The answer (HTTP \(response.status)) is not the documented shape: \(failure.description)."
        }
    }

    public var description: String { errorDescription ?? "NexudusError" }

    /// `text` ending with one full stop, whatever punctuation it came with.
    static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.last.map { ".!?".contains($0) } == true ? trimmed : trimmed + "."
    }

    static func seconds(_ value: TimeInterval) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }
}
