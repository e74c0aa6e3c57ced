// The request observer (every send, answer, retry and failure, credentials redacted),
// credentials kept out of descriptions and dumps, and the client-side rate limiter.

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LoopbackSupport
import NexudusAPI
import XCTest

final class ObservationAndLimitsTests: LoopbackTestCase {
    private static let record = CannedResponse.json(200, #"{"Id": 42, "Name": "Passport"}"#)

    func testTheObserverSeesEachAttemptWithTheCredentialRedacted() async throws {
        let served = Locked(0)
        let server = try startServer { _ in
            served.update { count -> Int in count += 1; return count } == 1 ? CannedResponse(status: 429, headers: ["Retry-After": "1"], body: Data()) : Self.record
        }
        let events = Locked<[String]>([])
        var client = client(for: server, credentials: .bearer("SECRET-TOKEN"), retryPolicy: .default, clock: TestClock())
        client.observer = RequestObserver { event in
            let line: String
            switch event {
            case .willSend(let request): line = "send \(request.attempt) \(request.headers["Authorization"] ?? "-")"
            case .didReceive(let request, let response, _): line = "answer \(request.attempt) \(response.status)"
            case .willRetry(let request, let error, let seconds): line = "retry \(request.attempt) \(error.status ?? 0) after \(seconds)"
            case .didFail(let request, let error): line = "fail \(request.attempt) \(error.status ?? 0)"
            }
            events.update { $0.append(line) }
        }

        _ = try await client.send(CoworkerIdentityCheckAPI.get(id: 42))

        XCTAssertEqual(events.value, [
            "send 1 <redacted>", "answer 1 429", "retry 1 429 after 1.0",
            "send 2 <redacted>", "answer 2 200",
        ])
        XCTAssertEqual(server.requests.last?.header("Authorization"), "Bearer SECRET-TOKEN")
    }

    func testCredentialsNeverShowInDescriptionsOrDumps() async throws {
        let provider = TokenProvider(stored: TokenSet(accessToken: "ACCESS-SECRET", refreshToken: "REFRESH-SECRET"), clientID: "ada@example.com")
        let values: [Any] = [
            Credentials.basic(username: "ada@example.com", password: "PASSWORD-SECRET"),
            Credentials.bearer("BEARER-SECRET"),
            Credentials.tokens(provider),
            provider,
            TokenSet(accessToken: "ACCESS-SECRET", refreshToken: "REFRESH-SECRET"),
            NexudusClient(credentials: .bearer("BEARER-SECRET")),
        ]
        for value in values {
            var dumped = ""
            dump(value, to: &dumped)
            for text in [dumped, String(describing: value), String(reflecting: value), "\(value)"] {
                for secret in ["PASSWORD-SECRET", "BEARER-SECRET", "ACCESS-SECRET", "REFRESH-SECRET", "ada@example.com"] {
                    XCTAssertFalse(text.contains(secret), "\(secret) shows in \(text)")
                }
            }
        }
        XCTAssertEqual(String(describing: Credentials.bearer("BEARER-SECRET")), "Credentials.bearer(<redacted>)")
    }

    func testTheRateLimiterSpacesRequestsUnderTheDocumentedLimits() async throws {
        let clock = TestClock()
        let limiter = RateLimiter(clock: clock)

        for _ in 0..<3 { try await limiter.acquire(isWrite: false) }

        XCTAssertEqual(clock.sleeps.count, 2)
        for wait in clock.sleeps { XCTAssertEqual(wait, 0.1, accuracy: 1e-6, "1 request per 100 ms") }
    }

    func testTheRateLimiterHoldsWritesToSixtyAMinute() async throws {
        let clock = TestClock()
        let limiter = RateLimiter(limits: [RateLimiter.Limit(count: 60, seconds: 60, writesOnly: true)], clock: clock)

        for _ in 0..<60 { try await limiter.acquire(isWrite: true) }
        try await limiter.acquire(isWrite: false)
        XCTAssertEqual(clock.sleeps, [], "60 writes and a read fit in the first minute")
        try await limiter.acquire(isWrite: true)

        XCTAssertEqual(clock.sleeps.count, 1)
        XCTAssertEqual(clock.sleeps[0], 60, accuracy: 1e-6)
    }

    func testAClientWithALimiterWaitsBeforeSending() async throws {
        let server = try startServer(answering: Self.record)
        let clock = TestClock()
        var client = client(for: server, clock: clock)
        client.rateLimiter = RateLimiter(clock: clock)

        _ = try await client.send(CoworkerIdentityCheckAPI.get(id: 42))
        _ = try await client.send(CoworkerIdentityCheckAPI.get(id: 42))

        XCTAssertEqual(server.requests.count, 2)
        XCTAssertEqual(clock.sleeps.count, 1)
        XCTAssertEqual(clock.sleeps.first ?? 0, 0.1, accuracy: 1e-6)
    }
}
