import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One call to `POST /api/token`: the form body, the `client_id` header, and the answer
/// read as tokens or as a `TokenError`.
struct TokenExchange: Sendable {
    enum Grant: Sendable {
        case password(username: String, password: String, totp: String?)
        case refresh(refreshToken: String)

        /// `grant_type=password&username=…&password=…[&totp=…]` or
        /// `grant_type=refresh_token&refresh_token=…`.
        var form: [(String, String)] {
            switch self {
            case .password(let username, let password, let totp):
                [("grant_type", "password"), ("username", username), ("password", password)] + (totp.map { [("totp", $0)] } ?? [])
            case .refresh(let refreshToken):
                [("grant_type", "refresh_token"), ("refresh_token", refreshToken)]
            }
        }
    }

    let url: URL
    let transport: any HTTPTransport
    let clock: any NexudusClock
    let observer: RequestObserver?

    /// `application/x-www-form-urlencoded`: everything but unreserved characters escaped.
    static func formBody(_ pairs: [(String, String)]) -> Data {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let text = pairs.map { name, value in
            "\(name.addingPercentEncoding(withAllowedCharacters: allowed) ?? name)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)"
        }.joined(separator: "&")
        return Data(text.utf8)
    }

    func request(_ grant: Grant, clientID: String?) async throws -> TokenSet {
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.httpBody = Self.formBody(grant.form)
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        if let clientID, !clientID.isEmpty { request.setValue(clientID, forHTTPHeaderField: "client_id") }
        let issuedAt = clock.now()
        let observed = ObservedRequest(request, attempt: 1)
        observer?(.willSend(observed))
        let response: TransportResponse
        do {
            response = try await transport.send(request)
        } catch {
            if Task.isCancelled || error is CancellationError { throw CancellationError() }
            let failure = NexudusError.transport(TransportError(error))
            observer?(.didFail(observed, failure))
            throw failure
        }
        // A success's body holds the tokens: the observer gets the answer without it.
        var shown = response
        if (200..<300).contains(response.status) { shown.body = Data() }
        observer?(.didReceive(observed, shown, seconds: clock.now().timeIntervalSince(issuedAt)))
        do {
            return try Self.tokens(from: response, issuedAt: issuedAt)
        } catch let error as NexudusError {
            observer?(.didFail(observed, error))
            throw error
        }
    }

    /// The tokens of a `200`, the `TokenError` of a `400` with an `error` code, or the
    /// client's usual error for any other status.
    static func tokens(from response: TransportResponse, issuedAt: Date) throws -> TokenSet {
        let object = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any]
        guard (200..<300).contains(response.status) else {
            if let code = object?["error"] as? String {
                throw NexudusError.signInFailed(TokenError(code: code, description: object?["error_description"] as? String), response)
            }
            throw ResponseClassifier.error(for: response)
        }
        // The body holds the tokens: an error must not carry it.
        var bodiless = response
        bodiless.body = Data()
        guard let object else { throw NexudusError.signInFailed(.malformedResponse("the body is not a JSON object"), bodiless) }
        guard let accessToken = object["access_token"] as? String, !accessToken.isEmpty else {
            throw NexudusError.signInFailed(.malformedResponse("`access_token` is missing"), bodiless)
        }
        let expiresIn = (object["expires_in"] as? NSNumber)?.doubleValue ?? (object["expires_in"] as? String).flatMap(Double.init)
        return TokenSet(
            accessToken: accessToken,
            refreshToken: object["refresh_token"] as? String,
            expiresAt: expiresIn.map { issuedAt.addingTimeInterval($0) })
    }
}
