import Foundation

/// Why `POST /api/token` gave no token: the `error` codes the server answers with `400`,
/// and what the client itself could not do.
public enum TokenError: Error, Sendable, Hashable, LocalizedError {
    /// `unsupported_grant_type`: the body was not a form the server reads (JSON, say).
    case unsupportedGrantType(description: String?)
    /// `invalid_grant`: a wrong user name or password, or a refresh token that was
    /// already used or revoked. `description` is the server's `error_description`.
    case invalidGrant(description: String?)
    /// `two_factor_auth_check`: the account signs in with a one-time code; give the
    /// provider a `totp`.
    case twoFactorRequired(description: String?)
    /// `must_reset_password`: the user has to set a new password on the web first.
    case mustResetPassword(description: String?)
    /// Another `error` code.
    case other(code: String, description: String?)
    /// There is no refresh token and no password to sign in with.
    case noCredentials
    /// A success that is not the documented token shape.
    case malformedResponse(String)

    /// The server's `error_description`, when it sent one.
    public var serverDescription: String? {
        switch self {
        case .unsupportedGrantType(let text), .invalidGrant(let text), .twoFactorRequired(let text), .mustResetPassword(let text),
             .other(_, let text):
            text
        case .noCredentials, .malformedResponse:
            nil
        }
    }

    /// The error the server's `error` code and `error_description` name.
    init(code: String, description: String?) {
        switch code {
        case "unsupported_grant_type": self = .unsupportedGrantType(description: description)
        case "invalid_grant": self = .invalidGrant(description: description)
        case "two_factor_auth_check": self = .twoFactorRequired(description: description)
        case "must_reset_password": self = .mustResetPassword(description: description)
        default: self = .other(code: code, description: description)
        }
    }

    public var errorDescription: String? {
        let said = serverDescription.map { " The server said: \"\($0)\"" } ?? ""
        switch self {
        case .unsupportedGrantType:
            return "The token endpoint did not accept the request's form (unsupported_grant_type)." + said
        case .invalidGrant:
            return "Signing in failed: the user name or password is wrong, or the refresh token was already used; sign in with the password again (invalid_grant)." + said
        case .twoFactorRequired:
            return "This account uses two-factor sign-in: pass the current one-time code as `totp` (two_factor_auth_check)." + said
        case .mustResetPassword:
            return "The user must reset the password on the Nexudus web site before signing in (must_reset_password)." + said
        case .other(let code, _):
            return "Signing in failed (\(code))." + said
        case .noCredentials:
            return "Signing in needs a password or a stored refresh token, and the provider has neither."
        case .malformedResponse(let reason):
            return "The token endpoint's answer is not a token: \(reason)."
        }
    }
}
