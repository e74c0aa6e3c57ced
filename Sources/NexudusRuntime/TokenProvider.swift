import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Signs in on `POST /api/token` (the password grant, with a one-time code for two-factor
/// accounts), refreshes the token before it expires and when a request is refused with
/// `401`, and tells the app each time the tokens change so that it can store them (the old
/// refresh token stops working). When many requests find the token expired at once, they
/// all wait for one refresh.
public actor TokenProvider: CustomReflectable {
    /// `https://spaces.nexudus.com/api/token`.
    public static let defaultTokenURL = URL(string: "https://spaces.nexudus.com/api/token")!

    private let username: Secret?
    private let password: Secret?
    private let totp: (@Sendable () async throws -> String)?
    private let clientID: Secret?
    private let exchange: TokenExchange
    private let clock: any NexudusClock
    private let refreshMargin: TimeInterval
    private let onTokensChange: (@Sendable (TokenSet) async -> Void)?
    private var tokens: TokenSet?
    private var pending: Task<TokenSet, any Error>?
    /// How long the last token this provider obtained was issued for (`expires_in`).
    private var lifetime: TimeInterval?
    private var exchanges = 0

    /// Signs in with the password grant when a token is first needed.
    ///
    /// - Parameters:
    ///   - totp: The current one-time code, asked for at each sign-in, for accounts with
    ///     two-factor sign-in.
    ///   - clientID: The `client_id` header of sign-in and refresh; a refresh must send the one
    ///     sign-in used. Defaults to `username` (the user's email), as the server does.
    ///   - refreshMargin: How long before `expires_in` runs out the token is refreshed.
    ///   - observer: Told of each call to `/api/token`, with no password or token in it.
    ///   - onTokensChange: Called with the new tokens after every sign-in and refresh.
    public init(
        username: String, password: String, totp: (@Sendable () async throws -> String)? = nil, clientID: String? = nil,
        tokenURL: URL = TokenProvider.defaultTokenURL, transport: any HTTPTransport = URLSessionTransport(),
        clock: any NexudusClock = SystemClock(), refreshMargin: TimeInterval = 60, observer: RequestObserver? = nil,
        onTokensChange: (@Sendable (TokenSet) async -> Void)? = nil
    ) {
        self.username = Secret(username)
        self.password = Secret(password)
        self.totp = totp
        self.clientID = Secret(clientID ?? username)
        self.exchange = TokenExchange(url: tokenURL, transport: transport, clock: clock, observer: observer)
        self.clock = clock
        self.refreshMargin = refreshMargin
        self.onTokensChange = onTokensChange
    }

    /// Starts from tokens the app stored: the access token is used until it expires (an
    /// empty one is refreshed at once), then the refresh token gets a new pair.
    ///
    /// - Parameter clientID: The `client_id` the tokens were issued to (the user's email
    ///   unless sign-in sent another).
    public init(
        stored: TokenSet, clientID: String, tokenURL: URL = TokenProvider.defaultTokenURL,
        transport: any HTTPTransport = URLSessionTransport(), clock: any NexudusClock = SystemClock(),
        refreshMargin: TimeInterval = 60, observer: RequestObserver? = nil,
        onTokensChange: (@Sendable (TokenSet) async -> Void)? = nil
    ) {
        self.username = nil
        self.password = nil
        self.totp = nil
        self.clientID = Secret(clientID)
        self.exchange = TokenExchange(url: tokenURL, transport: transport, clock: clock, observer: observer)
        self.clock = clock
        self.refreshMargin = refreshMargin
        self.onTokensChange = onTokensChange
        self.tokens = stored
    }

    /// Starts from a refresh token the app stored; the first request refreshes it.
    public init(
        refreshToken: String, clientID: String, tokenURL: URL = TokenProvider.defaultTokenURL,
        transport: any HTTPTransport = URLSessionTransport(), clock: any NexudusClock = SystemClock(),
        refreshMargin: TimeInterval = 60, observer: RequestObserver? = nil,
        onTokensChange: (@Sendable (TokenSet) async -> Void)? = nil
    ) {
        self.init(stored: TokenSet(accessToken: "", refreshToken: refreshToken), clientID: clientID, tokenURL: tokenURL,
                  transport: transport, clock: clock, refreshMargin: refreshMargin, observer: observer, onTokensChange: onTokensChange)
    }

    /// The tokens in use, if any; store `refreshToken` to sign in again without the password.
    public var currentTokens: TokenSet? { tokens }

    /// How many calls to `/api/token` this provider made (sign-ins and refreshes).
    public var tokenRequestCount: Int { exchanges }

    /// A token that has not expired (or is not about to), signing in or refreshing first
    /// when needed.
    public func accessToken() async throws -> String {
        if let pending { return try await pending.value.accessToken }
        if let tokens, !tokens.accessToken.isEmpty, !isExpiring(tokens) { return tokens.accessToken }
        return try await renew().accessToken
    }

    /// A new token after `rejected` was refused with `401`. If another request already
    /// replaced it, that newer token is returned without another refresh.
    public func accessToken(replacing rejected: String) async throws -> String {
        if let pending { return try await pending.value.accessToken }
        if let tokens, tokens.accessToken != rejected, !tokens.accessToken.isEmpty, !isExpiring(tokens) {
            return tokens.accessToken
        }
        return try await renew().accessToken
    }

    /// Refreshes now (or signs in when there is no refresh token), whatever the expiry says.
    @discardableResult
    public func refresh() async throws -> TokenSet {
        if let pending { return try await pending.value }
        return try await renew()
    }

    /// Within the margin of its expiry; a token that lives shorter than twice the margin is
    /// refreshed after half its life, so that it is not refreshed before every request.
    private func isExpiring(_ tokens: TokenSet) -> Bool {
        guard let expiresAt = tokens.expiresAt else { return false }
        let margin = min(refreshMargin, (lifetime ?? .infinity) / 2)
        return clock.now().addingTimeInterval(margin) >= expiresAt
    }

    /// One sign-in or refresh that every caller arriving meanwhile shares.
    private func renew() async throws -> TokenSet {
        let task = Task { try await self.obtain() }
        pending = task
        defer { pending = nil }
        let requestedAt = clock.now()
        let fresh = try await task.value
        tokens = fresh
        lifetime = fresh.expiresAt.map { $0.timeIntervalSince(requestedAt) }
        await onTokensChange?(fresh)
        return fresh
    }

    private func obtain() async throws -> TokenSet {
        let clientID = clientID?.value
        if let refreshToken = tokens?.refreshToken, !refreshToken.isEmpty {
            exchanges += 1
            do {
                return try await exchange.request(.refresh(refreshToken: refreshToken), clientID: clientID)
            } catch NexudusError.signInFailed(.invalidGrant, _) where password != nil {
                // The refresh token was used up or revoked; the password still works.
            }
        }
        guard let username, let password else { throw NexudusError.signInFailed(.noCredentials, nil) }
        let code = try await totp?()
        exchanges += 1
        return try await exchange.request(.password(username: username.value, password: password.value, totp: code), clientID: clientID)
    }

    public nonisolated var customMirror: Mirror { Mirror(self, children: [], displayStyle: .class) }
}
