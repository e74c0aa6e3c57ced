// Throttling and transient failures over a real HTTP exchange: what is retried, after
// which wait (read from the injected clock, never slept for real), and where it stops.

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LoopbackSupport
import NexudusAPI
import XCTest

final class RetryTests: LoopbackTestCase {
    private let clock = TestClock()
    private static let record = CannedResponse.json(200, #"{"Id": 42, "Name": "Passport"}"#)
    private static let created = CannedResponse.json(200, #"{"Status":200,"Message":"created","Value":{"Id":7},"WasSuccessful":true}"#)
    private static let ooops = CannedResponse.json(500, #"{"Message":"Ooops! There was a problem while running this action"}"#)

    /// Answers the requests in turn with `responses`, then repeats the last one.
    private func server(_ responses: [CannedResponse]) throws -> LoopbackServer {
        let served = Locked(0)
        return try startServer(maxConnections: 8) { _ in
            let index = served.update { count -> Int in
                defer { count += 1 }
                return count
            }
            return responses[min(index, responses.count - 1)]
        }
    }

    private var noJitter: RetryPolicy {
        var policy = RetryPolicy.default
        policy.jitter = 0
        return policy
    }

    private func create() -> Endpoint<ActionResult> {
        CoworkerIdentityCheckDocumentAPI.create(CreateCoworkerIdentityCheckDocumentRequest(coworkerId: 1, coworkerIdentityCheckId: 2, name: "Passport"))
    }

    // MARK: - Throttling

    func testA409WithRetryAfterWaitsAndRetries() async throws {
        let server = try server([CannedResponse(status: 409, headers: ["Retry-After": "1"], body: Data()), Self.record])

        let record = try await client(for: server, retryPolicy: .default, clock: clock).send(CoworkerIdentityCheckAPI.get(id: 42))

        XCTAssertEqual(record.id, 42)
        XCTAssertEqual(server.requests.count, 2)
        XCTAssertEqual(clock.sleeps, [1])
    }

    func testA409YouMustWaitWithoutRetryAfterIsThrottlingToo() async throws {
        let server = try server([.json(409, #"{"Message":"You must wait before accessing this url again."}"#), Self.record])

        _ = try await client(for: server, retryPolicy: noJitter, clock: clock).send(CoworkerIdentityCheckAPI.get(id: 42))

        XCTAssertEqual(server.requests.count, 2)
        XCTAssertEqual(clock.sleeps, [0.5], "no wait given: the policy's first backoff")
    }

    func testA429WithRetryAfterIsRetriedEvenForAPost() async throws {
        let server = try server([CannedResponse(status: 429, headers: ["Retry-After": "3"], body: Data()), Self.created])

        let result = try await client(for: server, retryPolicy: .default, clock: clock).send(create())

        XCTAssertEqual(result.id, 7)
        XCTAssertEqual(server.requests.map(\.method), ["POST", "POST"], "a throttled request was not run, so it is sent again")
        XCTAssertEqual(clock.sleeps, [3])
    }

    func testTheWaitNSecondsBodyGivesTheWait() async throws {
        let server = try server([.json(429, #"{"Message":"Too many requests. Wait 7 seconds and try again."}"#), Self.record])

        _ = try await client(for: server, retryPolicy: .default, clock: clock).send(CoworkerIdentityCheckAPI.get(id: 42))

        XCTAssertEqual(clock.sleeps, [7])
    }

    func testAConflict409IsNotThrottlingAndIsNotRetried() async throws {
        let server = try server([.json(409, #"{"Message":"The record was changed by someone else."}"#), Self.record])

        await assertThrowsNexudusError({ try await self.client(for: server, retryPolicy: .default, clock: self.clock).send(CoworkerIdentityCheckAPI.get(id: 42)) }) { error in
            guard case .httpStatus(let response) = error else { return XCTFail("expected .httpStatus, got \(error)") }
            XCTAssertEqual(response.status, 409)
            XCTAssertEqual(error.serverMessage, "The record was changed by someone else.")
        }
        XCTAssertEqual(server.requests.count, 1)
        XCTAssertEqual(clock.sleeps, [])
    }

    func testTheAttemptCapEndsInThrottledWithTheWait() async throws {
        let server = try server([CannedResponse(status: 429, headers: ["Retry-After": "2"], body: Data("Wait 2 seconds".utf8))])
        var policy = RetryPolicy.default
        policy.maxAttempts = 3

        await assertThrowsNexudusError({ try await self.client(for: server, retryPolicy: policy, clock: self.clock).send(CoworkerIdentityCheckAPI.get(id: 42)) }) { error in
            guard case .throttled(let wait, let response) = error else { return XCTFail("expected .throttled, got \(error)") }
            XCTAssertEqual(wait, 2)
            XCTAssertEqual(response.header("Retry-After"), "2")
            XCTAssertEqual(error.localizedDescription,
                           "The server is throttling requests (HTTP 429); the request was not run: wait 2 s before trying again, or enable the client's rate limiter. The server said: \"Wait 2 seconds\"")
        }
        XCTAssertEqual(server.requests.count, 3)
        XCTAssertEqual(clock.sleeps, [2, 2])
    }

    func testAWaitPastTheTotalTimeCapIsNotWaited() async throws {
        let server = try server([CannedResponse(status: 429, headers: ["Retry-After": "3600"], body: Data())])

        await assertThrowsNexudusError({ try await self.client(for: server, retryPolicy: .default, clock: self.clock).send(CoworkerIdentityCheckAPI.get(id: 42)) }) { error in
            guard case .throttled(3600, _) = error else { return XCTFail("expected .throttled(3600), got \(error)") }
        }
        XCTAssertEqual(server.requests.count, 1)
        XCTAssertEqual(clock.sleeps, [])
    }

    // MARK: - Transient failures

    func testA500BurstIsRetriedWithBackoffForAGet() async throws {
        let server = try server([Self.ooops, Self.ooops, Self.record])

        let record = try await client(for: server, retryPolicy: .default, clock: clock).send(CoworkerIdentityCheckAPI.get(id: 42))

        XCTAssertEqual(record.id, 42)
        XCTAssertEqual(server.requests.count, 3)
        let sleeps = clock.sleeps
        XCTAssertEqual(sleeps.count, 2)
        // 0.5 s then 1 s, each with up to half taken off at random.
        XCTAssertTrue((0.25...0.5).contains(sleeps[0]), "\(sleeps)")
        XCTAssertTrue((0.5...1.0).contains(sleeps[1]), "\(sleeps)")
    }

    func testA500IsNotRetriedForAPost() async throws {
        let server = try server([Self.ooops, Self.created])

        await assertThrowsNexudusError({ try await self.client(for: server, retryPolicy: .default, clock: self.clock).send(self.create()) }) { error in
            guard case .server(let response) = error else { return XCTFail("expected .server, got \(error)") }
            XCTAssertEqual(response.status, 500)
            XCTAssertEqual(error.serverMessage, "Ooops! There was a problem while running this action")
        }
        XCTAssertEqual(server.requests.count, 1, "a POST that failed may have run")
        XCTAssertEqual(clock.sleeps, [])
    }

    func testA503RetryAfterIsWaitedForAGet() async throws {
        let server = try server([CannedResponse(status: 503, headers: ["Retry-After": "4"], body: Data()), Self.record])

        _ = try await client(for: server, retryPolicy: .default, clock: clock).send(CoworkerIdentityCheckAPI.get(id: 42))

        XCTAssertEqual(clock.sleeps, [4])
    }

    func testARetryAfterDateIsReadAgainstTheClock() async throws {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let date = formatter.string(from: clock.now().addingTimeInterval(5))
        let server = try server([CannedResponse(status: 429, headers: ["Retry-After": date], body: Data()), Self.record])

        _ = try await client(for: server, retryPolicy: .default, clock: clock).send(CoworkerIdentityCheckAPI.get(id: 42))

        XCTAssertEqual(clock.sleeps, [5])
    }

    func testBackoffDoublesUpToItsCap() {
        let policy = RetryPolicy(initialBackoff: 0.5, maxBackoff: 3, jitter: 0.5)
        XCTAssertEqual((1...5).map { policy.backoff(afterAttempt: $0, random: 0) }, [0.5, 1, 2, 3, 3])
        XCTAssertEqual(policy.backoff(afterAttempt: 2, random: 1), 0.5)
    }

    // MARK: - Cancellation

    func testCancellingDuringAWaitStopsAtOnce() async throws {
        let server = try server([CannedResponse(status: 429, headers: ["Retry-After": "30"], body: Data()), Self.record])
        let client = client(for: server, retryPolicy: .default)  // the real clock: the wait is real
        let task = Task { try await client.send(CoworkerIdentityCheckAPI.get(id: 42)) }
        let deadline = Date().addingTimeInterval(5)
        while server.requests.isEmpty, Date() < deadline { try await Task.sleep(nanoseconds: 10_000_000) }
        try await Task.sleep(nanoseconds: 50_000_000)
        let cancelledAt = Date()

        task.cancel()
        let result = await task.result

        XCTAssertLessThan(Date().timeIntervalSince(cancelledAt), 2, "the 30 s wait ends with the cancellation")
        XCTAssertThrowsError(try result.get()) { XCTAssertTrue($0 is CancellationError, "\($0)") }
        XCTAssertEqual(server.requests.count, 1)
    }
}
