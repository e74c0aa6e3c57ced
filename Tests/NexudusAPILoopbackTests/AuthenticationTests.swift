// Credentials on the wire: Basic and bearer headers, the password grant (with and without
// a one-time code), refresh with `client_id`, one refresh for many requests, a refresh on
// `401`, and each error `/api/token` answers with.

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LoopbackSupport
import NexudusAPI
import XCTest

final class AuthenticationTests: LoopbackTestCase {
    private let clock = TestClock()
    private static let record = CannedResponse.json(200, #"{"Id": 42, "Name": "Passport"}"#)

    /// `/api/token` answers with `token`; the API answers `record` to `Bearer <accepted>`
    /// and `401` to anything else.
    private func server(accepting accepted: String, maxConnections: Int = 6,
                        token: @escaping @Sendable (RecordedRequest) -> CannedResponse) throws -> LoopbackServer {
        try startServer(maxConnections: maxConnections) { request in
            if request.path == "/api/token" { return token(request) }
            return request.header("Authorization") == "Bearer \(accepted)" ? Self.record : .json(401, #"{"Message":"Authorization has been denied for this request."}"#)
        }
    }

    private func provider(for server: LoopbackServer, totp: (@Sendable () async throws -> String)? = nil,
                          changes: Locked<[TokenSet]> = Locked([])) -> TokenProvider {
        TokenProvider(username: "ada@example.com", password: "p@ss w&rd", totp: totp,
                      tokenURL: server.baseURL.appendingPathComponent("api/token"),
                      transport: URLSessionTransport(session: loopbackSession), clock: clock,
                      onTokensChange: { tokens in changes.update { $0.append(tokens) } })
    }

    private func storedProvider(for server: LoopbackServer, _ stored: TokenSet, changes: Locked<[TokenSet]> = Locked([])) -> TokenProvider {
        TokenProvider(stored: stored, clientID: "ada@example.com", tokenURL: server.baseURL.appendingPathComponent("api/token"),
                      transport: URLSessionTransport(session: loopbackSession), clock: clock,
                      onTokensChange: { tokens in changes.update { $0.append(tokens) } })
    }

    private static func tokens(_ access: String, refresh: String, expiresIn: Int = 86_400) -> CannedResponse {
        .json(200, #"{"access_token":"\#(access)","token_type":"bearer","expires_in":\#(expiresIn),"refresh_token":"\#(refresh)"}"#)
    }

    // MARK: - Headers

    func testBasicCredentialsSendTheBase64OfUserAndPassword() async throws {
        let server = try startServer(answering: Self.record)
        let client = client(for: server, credentials: .basic(username: "ada@example.com", password: "s3cr3t!"))

        _ = try await client.send(CoworkerIdentityCheckAPI.get(id: 42))

        XCTAssertEqual(try onlyRequest(of: server).header("Authorization"), "Basic YWRhQGV4YW1wbGUuY29tOnMzY3IzdCE=")
    }

    func testABearerTokenIsSentAsIs() async throws {
        let server = try startServer(answering: Self.record)

        _ = try await client(for: server, credentials: .bearer("abc.DEF-123")).send(CoworkerIdentityCheckAPI.get(id: 42))

        XCTAssertEqual(try onlyRequest(of: server).header("Authorization"), "Bearer abc.DEF-123")
    }

    func testAnEmptyBearerTokenIsAnErrorAndNothingIsSent() async throws {
        let server = try startServer(answering: Self.record)

        for token in ["", "  "] {
            await assertThrowsNexudusError({ try await self.client(for: server, credentials: .bearer(token)).send(CoworkerIdentityCheckAPI.get(id: 42)) }) { error in
                XCTAssertEqual(error, .invalidCredentials("the bearer token is empty"))
                XCTAssertTrue(error.localizedDescription.contains("bearer token is empty"), error.localizedDescription)
            }
        }
        XCTAssertEqual(server.requests.count, 0)
    }

    // MARK: - Password grant

    func testThePasswordGrantPostsTheFormAndUsesTheToken() async throws {
        let server = try server(accepting: "AT1") { _ in Self.tokens("AT1", refresh: "RT1") }
        let changes = Locked<[TokenSet]>([])
        let provider = provider(for: server, changes: changes)

        _ = try await client(for: server, credentials: .tokens(provider)).send(CoworkerIdentityCheckAPI.get(id: 42))

        let requests = server.requests
        XCTAssertEqual(requests.map { "\($0.method) \($0.target)" }, ["POST /api/token", "GET /api/spaces/coworkeridentitychecks/42"])
        XCTAssertEqual(requests[0].header("Content-Type"), "application/x-www-form-urlencoded")
        XCTAssertEqual(requests[0].header("client_id"), "ada@example.com")
        XCTAssertNil(requests[0].header("Authorization"))
        XCTAssertEqual(String(decoding: requests[0].body, as: UTF8.self), "grant_type=password&username=ada%40example.com&password=p%40ss%20w%26rd")
        XCTAssertEqual(requests[1].header("Authorization"), "Bearer AT1")
        XCTAssertEqual(changes.value, [TokenSet(accessToken: "AT1", refreshToken: "RT1", expiresAt: clock.now().addingTimeInterval(86_400))])
    }

    func testThePasswordGrantSendsTheOneTimeCode() async throws {
        let server = try server(accepting: "AT1") { _ in Self.tokens("AT1", refresh: "RT1") }
        let provider = provider(for: server, totp: { "123456" })

        _ = try await client(for: server, credentials: .tokens(provider)).send(CoworkerIdentityCheckAPI.get(id: 42))

        XCTAssertEqual(String(decoding: server.requests[0].body, as: UTF8.self),
                       "grant_type=password&username=ada%40example.com&password=p%40ss%20w%26rd&totp=123456")
    }

    func testAValidTokenIsReusedWithoutAnotherSignIn() async throws {
        let server = try server(accepting: "AT1") { _ in Self.tokens("AT1", refresh: "RT1") }
        let client = client(for: server, credentials: .tokens(provider(for: server)))

        _ = try await client.send(CoworkerIdentityCheckAPI.get(id: 42))
        _ = try await client.send(CoworkerIdentityCheckAPI.get(id: 42))

        XCTAssertEqual(server.requests.filter { $0.path == "/api/token" }.count, 1)
        XCTAssertEqual(server.requests.count, 3)
    }

    func testTheObserverSeesTheTokenCallWithoutPasswordOrTokens() async throws {
        let server = try server(accepting: "AT1") { _ in Self.tokens("AT1", refresh: "RT1") }
        let seen = Locked<[String]>([])
        let observer = RequestObserver { event in
            var dumped = ""
            dump(event, to: &dumped)
            seen.update { $0.append(dumped) }
        }
        let provider = TokenProvider(username: "ada@example.com", password: "p@ss w&rd",
                                     tokenURL: server.baseURL.appendingPathComponent("api/token"),
                                     transport: URLSessionTransport(session: loopbackSession), clock: clock, observer: observer)

        _ = try await provider.accessToken()

        XCTAssertEqual(seen.value.count, 2, "sent, answered")
        XCTAssertTrue(seen.value[0].contains("/api/token"), seen.value[0])
        for text in seen.value {
            for secret in ["p@ss", "p%40ss", "AT1", "RT1", "ada@example.com", "ada%40example.com"] {
                XCTAssertFalse(text.contains(secret), "\(secret) in \(text)")
            }
        }
    }

    // MARK: - Refresh

    func testAStoredRefreshTokenIsExchangedWithTheClientID() async throws {
        let server = try server(accepting: "AT2") { _ in Self.tokens("AT2", refresh: "RT2", expiresIn: 604_799) }
        let changes = Locked<[TokenSet]>([])
        let provider = storedProvider(for: server, TokenSet(accessToken: "AT1", refreshToken: "RT1", expiresAt: clock.now().addingTimeInterval(-1)), changes: changes)

        _ = try await client(for: server, credentials: .tokens(provider)).send(CoworkerIdentityCheckAPI.get(id: 42))

        let refresh = server.requests[0]
        XCTAssertEqual(refresh.path, "/api/token")
        XCTAssertEqual(String(decoding: refresh.body, as: UTF8.self), "grant_type=refresh_token&refresh_token=RT1")
        XCTAssertEqual(refresh.header("client_id"), "ada@example.com")
        XCTAssertEqual(server.requests[1].header("Authorization"), "Bearer AT2")
        let stored = TokenSet(accessToken: "AT2", refreshToken: "RT2", expiresAt: clock.now().addingTimeInterval(604_799))
        XCTAssertEqual(changes.value, [stored], "the app is told of the new pair: the old refresh token stops working")
        let current = await provider.currentTokens
        XCTAssertEqual(current, stored)
    }

    func testARefreshTokenAloneIsRefreshedOnTheFirstRequest() async throws {
        let server = try server(accepting: "AT2") { _ in Self.tokens("AT2", refresh: "RT2") }
        let provider = TokenProvider(refreshToken: "RT1", clientID: "ada@example.com", tokenURL: server.baseURL.appendingPathComponent("api/token"),
                                     transport: URLSessionTransport(session: loopbackSession), clock: clock)

        _ = try await client(for: server, credentials: .tokens(provider)).send(CoworkerIdentityCheckAPI.get(id: 42))

        XCTAssertEqual(String(decoding: server.requests[0].body, as: UTF8.self), "grant_type=refresh_token&refresh_token=RT1")
        XCTAssertEqual(server.requests[1].header("Authorization"), "Bearer AT2")
    }

    func testATokenAboutToExpireIsRefreshedBeforeTheRequest() async throws {
        let server = try server(accepting: "AT2") { _ in Self.tokens("AT2", refresh: "RT2") }
        // 30 s left, under the provider's 60 s margin.
        let provider = storedProvider(for: server, TokenSet(accessToken: "AT1", refreshToken: "RT1", expiresAt: clock.now().addingTimeInterval(30)))

        _ = try await client(for: server, credentials: .tokens(provider)).send(CoworkerIdentityCheckAPI.get(id: 42))

        XCTAssertEqual(server.requests.map(\.path), ["/api/token", "/api/spaces/coworkeridentitychecks/42"])
    }

    func testAShortLivedTokenIsRefreshedAfterHalfItsLife() async throws {
        let server = try server(accepting: "AT1") { _ in Self.tokens("AT1", refresh: "RT1", expiresIn: 20) }
        let provider = provider(for: server)
        let client = client(for: server, credentials: .tokens(provider))

        _ = try await client.send(CoworkerIdentityCheckAPI.get(id: 42))
        clock.advance(by: 9)
        _ = try await client.send(CoworkerIdentityCheckAPI.get(id: 42))
        XCTAssertEqual(server.requests.filter { $0.path == "/api/token" }.count, 1, "not refreshed before every request")
        clock.advance(by: 2)
        _ = try await client.send(CoworkerIdentityCheckAPI.get(id: 42))

        XCTAssertEqual(server.requests.filter { $0.path == "/api/token" }.count, 2)
    }

    func testA401RefreshesOnceAndRetries() async throws {
        let server = try server(accepting: "AT2") { _ in Self.tokens("AT2", refresh: "RT2") }
        let provider = storedProvider(for: server, TokenSet(accessToken: "AT1", refreshToken: "RT1"))

        _ = try await client(for: server, credentials: .tokens(provider)).send(CoworkerIdentityCheckAPI.get(id: 42))

        XCTAssertEqual(server.requests.map { "\($0.path) \($0.header("Authorization") ?? "-")" }, [
            "/api/spaces/coworkeridentitychecks/42 Bearer AT1",
            "/api/token -",
            "/api/spaces/coworkeridentitychecks/42 Bearer AT2",
        ])
    }

    func testA401AfterTheRefreshIsUnauthorizedWithoutASecondRefresh() async throws {
        let server = try server(accepting: "NEVER") { _ in Self.tokens("AT2", refresh: "RT2") }
        let provider = storedProvider(for: server, TokenSet(accessToken: "AT1", refreshToken: "RT1"))

        await assertThrowsNexudusError({ try await self.client(for: server, credentials: .tokens(provider)).send(CoworkerIdentityCheckAPI.get(id: 42)) }) { error in
            guard case .unauthorized(let response) = error else { return XCTFail("expected .unauthorized, got \(error)") }
            XCTAssertEqual(response.status, 401)
            XCTAssertEqual(error.serverMessage, "Authorization has been denied for this request.")
        }
        XCTAssertEqual(server.requests.filter { $0.path == "/api/token" }.count, 1)
        XCTAssertEqual(server.requests.count, 3)
    }

    func testFiftyConcurrentRequestsOnAnExpiredTokenMakeOneRefresh() async throws {
        let refreshes = Locked(0)
        let server = try server(accepting: "AT2", maxConnections: 60) { _ in
            refreshes.update { $0 += 1 }
            return Self.tokens("AT2", refresh: "RT2")
        }
        let provider = storedProvider(for: server, TokenSet(accessToken: "AT1", refreshToken: "RT1", expiresAt: clock.now().addingTimeInterval(-5)))
        let client = client(for: server, credentials: .tokens(provider))

        let ids = try await withThrowingTaskGroup(of: Int?.self) { group in
            for _ in 0..<50 { group.addTask { try await client.send(CoworkerIdentityCheckAPI.get(id: 42)).id } }
            return try await group.reduce(into: [Int?]()) { $0.append($1) }
        }

        XCTAssertEqual(ids, Array(repeating: 42, count: 50))
        XCTAssertEqual(refreshes.value, 1)
        let tokenRequests = await provider.tokenRequestCount
        XCTAssertEqual(tokenRequests, 1)
        let api = server.requests.filter { $0.path != "/api/token" }
        XCTAssertEqual(api.count, 50)
        XCTAssertTrue(api.allSatisfy { $0.header("Authorization") == "Bearer AT2" })
    }

    func testAUsedUpRefreshTokenFallsBackToThePassword() async throws {
        let server = try server(accepting: "AT3") { request in
            String(decoding: request.body, as: UTF8.self).hasPrefix("grant_type=refresh_token")
                ? .json(400, #"{"error":"invalid_grant","error_description":"The refresh token is invalid."}"#)
                : Self.tokens("AT3", refresh: "RT3")
        }
        let provider = provider(for: server)
        _ = try await provider.accessToken()  // signs in: RT3
        clock.advance(by: 90_000)  // past expires_in

        _ = try await client(for: server, credentials: .tokens(provider)).send(CoworkerIdentityCheckAPI.get(id: 42))

        XCTAssertEqual(server.requests.map { String(decoding: $0.body, as: UTF8.self).prefix(19) }, [
            "grant_type=password", "grant_type=refresh_", "grant_type=password", "",
        ])
    }

    func testAStoredProviderWithNothingToRefreshWithSaysSo() async throws {
        let server = try server(accepting: "AT1") { _ in Self.tokens("AT1", refresh: "RT1") }
        let provider = storedProvider(for: server, TokenSet(accessToken: "AT0", refreshToken: nil, expiresAt: clock.now().addingTimeInterval(-1)))

        await assertThrowsNexudusError({ try await self.client(for: server, credentials: .tokens(provider)).send(CoworkerIdentityCheckAPI.get(id: 42)) }) { error in
            XCTAssertEqual(error, .signInFailed(.noCredentials, nil))
        }
        XCTAssertEqual(server.requests.count, 0)
    }

    func testFiftyConcurrentRequestsRefusedWith401ShareOneRefresh() async throws {
        let server = try server(accepting: "AT2", maxConnections: 110) { _ in Self.tokens("AT2", refresh: "RT2") }
        // No expiry known: only the server's 401 says the token is stale.
        let provider = storedProvider(for: server, TokenSet(accessToken: "AT1", refreshToken: "RT1"))
        let client = client(for: server, credentials: .tokens(provider))

        let ids = try await withThrowingTaskGroup(of: Int?.self) { group in
            for _ in 0..<50 { group.addTask { try await client.send(CoworkerIdentityCheckAPI.get(id: 42)).id } }
            return try await group.reduce(into: [Int?]()) { $0.append($1) }
        }

        XCTAssertEqual(ids, Array(repeating: 42, count: 50))
        XCTAssertEqual(server.requests.filter { $0.path == "/api/token" }.count, 1)
        let tokenRequests = await provider.tokenRequestCount
        XCTAssertEqual(tokenRequests, 1)
    }

    // MARK: - Token errors

    private func tokenError(_ body: String) async throws -> (NexudusError?, LoopbackServer) {
        let server = try server(accepting: "AT1") { _ in .json(400, body) }
        do {
            _ = try await client(for: server, credentials: .tokens(provider(for: server))).send(CoworkerIdentityCheckAPI.get(id: 42))
            return (nil, server)
        } catch let error as NexudusError {
            return (error, server)
        }
    }

    func testEachTokenErrorIsTyped() async throws {
        let cases: [(String, TokenError)] = [
            (#"{"error":"unsupported_grant_type"}"#, .unsupportedGrantType(description: nil)),
            (#"{"error":"invalid_grant","error_description":"The user name or password is incorrect."}"#,
             .invalidGrant(description: "The user name or password is incorrect.")),
            (#"{"error":"two_factor_auth_check","error_description":"Two factor authentication code required."}"#,
             .twoFactorRequired(description: "Two factor authentication code required.")),
            (#"{"error":"must_reset_password"}"#, .mustResetPassword(description: nil)),
        ]
        for (body, expected) in cases {
            let (error, server) = try await tokenError(body)
            guard case .signInFailed(let tokenError, let response)? = error else {
                XCTFail("expected .signInFailed for \(body), got \(String(describing: error))")
                continue
            }
            XCTAssertEqual(tokenError, expected)
            XCTAssertEqual(response?.status, 400)
            XCTAssertEqual(server.requests.map(\.path), ["/api/token"], "no API request without a token")
            XCTAssertFalse(error?.localizedDescription.contains("p@ss") ?? true)
        }
    }

    func testTokenErrorDescriptionsSayWhatToDo() throws {
        XCTAssertEqual(TokenError.invalidGrant(description: "The user name or password is incorrect.").errorDescription,
                       "Signing in failed: the user name or password is wrong, or the refresh token was already used; sign in with the password again (invalid_grant). The server said: \"The user name or password is incorrect.\"")
        XCTAssertEqual(TokenError.twoFactorRequired(description: nil).errorDescription,
                       "This account uses two-factor sign-in: pass the current one-time code as `totp` (two_factor_auth_check).")
        XCTAssertEqual(TokenError.mustResetPassword(description: nil).errorDescription,
                       "The user must reset the password on the Nexudus web site before signing in (must_reset_password).")
    }
}
