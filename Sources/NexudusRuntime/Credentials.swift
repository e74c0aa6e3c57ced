import Foundation

/// How the client signs its requests: Basic (`username:password`), a fixed bearer token,
/// or a `TokenProvider` that signs in on `/api/token` and keeps the token fresh.
///
/// Printing, `dump` and errors show only the kind: `Credentials.basic(<redacted>)`.
public struct Credentials: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    enum Storage: Sendable {
        case basic(username: Secret, password: Secret)
        case bearer(Secret)
        case tokens(TokenProvider)
    }

    let storage: Storage

    /// `Authorization: Basic base64(username:password)` on every request.
    public static func basic(username: String, password: String) -> Credentials {
        Credentials(storage: .basic(username: Secret(username), password: Secret(password)))
    }

    /// `Authorization: Bearer <token>` on every request; the token is never refreshed.
    public static func bearer(_ token: String) -> Credentials {
        Credentials(storage: .bearer(Secret(token)))
    }

    /// A bearer token from `provider`, refreshed before it expires and once after a `401`.
    public static func tokens(_ provider: TokenProvider) -> Credentials {
        Credentials(storage: .tokens(provider))
    }

    /// The provider behind `.tokens`, which a `401` asks for a new token.
    var tokenProvider: TokenProvider? {
        if case .tokens(let provider) = storage { return provider }
        return nil
    }

    /// The `Authorization` header value for the next request.
    func authorization() async throws -> String {
        switch storage {
        case .basic(let username, let password):
            guard !username.value.isEmpty else { throw NexudusError.invalidCredentials("the Basic user name is empty") }
            return "Basic " + Data("\(username.value):\(password.value)".utf8).base64EncodedString()
        case .bearer(let token):
            let trimmed = token.value.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw NexudusError.invalidCredentials("the bearer token is empty") }
            return "Bearer " + trimmed
        case .tokens(let provider):
            return "Bearer " + (try await provider.accessToken())
        }
    }

    var kind: String {
        switch storage {
        case .basic: "basic"
        case .bearer: "bearer"
        case .tokens: "tokens"
        }
    }

    public var description: String { "Credentials.\(kind)(<redacted>)" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["kind": kind], displayStyle: .struct) }
}

/// A credential's text, kept out of `description`, `dump` and string interpolation.
struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    let value: String

    init(_ value: String) {
        self.value = value
    }

    var description: String { "<redacted>" }
    var debugDescription: String { description }
    var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
