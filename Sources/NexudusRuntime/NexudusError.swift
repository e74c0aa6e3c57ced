import Foundation

/// Why a call failed. Every case that comes from an answer keeps the answer
/// (`TransportResponse`: status, headers, body), so a caller can switch on the kind and
/// still read what the server said.
public enum NexudusError: Error, Sendable, Equatable {
    /// The request broke a documented rule and was not sent (see `NexudusClient.validatesRequests`).
    case invalidRequest([ValidationError])
    /// The credentials cannot make an `Authorization` header (an empty token, say); nothing was sent.
    case invalidCredentials(String)
    /// `POST /api/token` refused to give a token.
    case signInFailed(TokenError, TransportResponse?)
    /// `401`: the token is missing, expired or revoked, or the password is wrong.
    case unauthorized(TransportResponse)
    /// `403`: signed in, but without the role the endpoint needs.
    case forbidden(TransportResponse)
    /// `404`: no such record or path.
    case notFound(TransportResponse)
    /// `429`, or a `409` with `Retry-After` or "You must wait": the request was not run.
    /// `retryAfter` is the wait the server asked for, in seconds, when it said one.
    case throttled(retryAfter: TimeInterval?, TransportResponse)
    /// `400` with the documented body: the server's validation messages.
    case validationFailed(ErrorResponse, TransportResponse)
    /// `200` whose body says `WasSuccessful: false` (a delete that did not happen, say).
    case actionFailed(ActionResult, TransportResponse)
    /// `5xx`: the server failed; see `serverMessage` and the body.
    case server(TransportResponse)
    /// Any other status that is not a success (a `409` conflict, a `400` without the documented body, …).
    case httpStatus(TransportResponse)
    /// No answer: the connection failed, was lost or timed out.
    case transport(TransportError)
    /// A success whose body is not the documented shape.
    case decodingFailed(DecodingFailure, TransportResponse)

    /// The answer this error came from, when there was one.
    public var response: TransportResponse? {
        switch self {
        case .invalidRequest, .invalidCredentials, .transport: nil
        case .signInFailed(_, let response): response
        case .unauthorized(let response), .forbidden(let response), .notFound(let response),
             .throttled(_, let response), .validationFailed(_, let response), .actionFailed(_, let response),
             .server(let response), .httpStatus(let response), .decodingFailed(_, let response):
            response
        }
    }

    /// The HTTP status of the answer, when there was one.
    public var status: Int? { response?.status }

    /// The answer's headers (empty when there was no answer).
    public var headers: [String: String] { response?.headers ?? [:] }

    /// What the server said in words: the body's `Message`, `error_description`, an HTML
    /// page's title or a short plain-text body.
    public var serverMessage: String? {
        switch self {
        case .validationFailed(let body, _): body.message ?? response?.message
        case .actionFailed(let result, _): result.message ?? response?.message
        case .signInFailed(let error, let response): error.serverDescription ?? response?.message
        default: response?.message
        }
    }
}
