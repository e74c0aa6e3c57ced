// Which failures the runtime's retry policy retries, for which methods, and for how long: the
// decisions alone, without a server.

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import NexudusRuntime
import XCTest

final class RetryPolicyTests: XCTestCase {
    private let policy = RetryPolicy(jitter: 0)

    private func answer(_ status: Int, _ headers: [String: String] = [:]) -> TransportResponse {
        TransportResponse(status: status, headers: headers, body: Data())
    }

    private func delay(_ error: NexudusError, _ method: String, attempt: Int = 1, elapsed: Double = 0) -> Double? {
        policy.delay(after: error, method: method, attempt: attempt, elapsed: elapsed, random: 0.5)
    }

    func testThrottlingIsRetriedForEveryMethod() {
        for method in ["GET", "POST", "PUT", "DELETE", "PATCH"] {
            XCTAssertEqual(delay(.throttled(retryAfter: 2, answer(429)), method), 2, method)
            XCTAssertEqual(delay(.throttled(retryAfter: nil, answer(409)), method), 0.5, method)
        }
    }

    func testServerErrorsAreRetriedForIdempotentMethodsOnly() {
        for method in ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "get"] {
            XCTAssertEqual(delay(.server(answer(500)), method), 0.5, method)
        }
        for method in ["POST", "PATCH"] {
            XCTAssertNil(delay(.server(answer(500)), method), method)
        }
        XCTAssertNil(delay(.server(answer(501)), "GET"), "501 Not Implemented will not get better")
    }

    func testTransportFailuresAreRetriedForIdempotentMethodsOnly() {
        let refused = NexudusError.transport(TransportError(URLError(.cannotConnectToHost)))
        let timedOut = NexudusError.transport(TransportError(URLError(.timedOut)))
        XCTAssertEqual(delay(refused, "GET"), 0.5)
        XCTAssertEqual(delay(timedOut, "DELETE"), 0.5)
        XCTAssertNil(delay(timedOut, "POST"), "a POST that timed out may have run")
        XCTAssertNil(delay(.transport(TransportError(URLError(.badURL))), "GET"))
    }

    func testAnswersThatWillNotChangeAreNotRetried() {
        for error: NexudusError in [.unauthorized(answer(401)), .forbidden(answer(403)), .notFound(answer(404)),
                                    .httpStatus(answer(409)), .invalidCredentials("empty")] {
            XCTAssertNil(delay(error, "GET"), "\(error)")
        }
    }

    func testTheCapsStopRetries() {
        let throttled = NexudusError.throttled(retryAfter: 10, answer(429))
        XCTAssertEqual(delay(throttled, "GET", attempt: 3), 10)
        XCTAssertNil(delay(throttled, "GET", attempt: 4), "4 sends at most")
        XCTAssertEqual(delay(throttled, "GET", elapsed: 50), 10)
        XCTAssertNil(delay(throttled, "GET", elapsed: 51), "the wait would end after 60 s")
        XCTAssertNil(RetryPolicy.never.delay(after: throttled, method: "GET", attempt: 1, elapsed: 0, random: 0))
    }

    func testJitterTakesAShareOfTheBackoff() {
        let jittered = RetryPolicy(initialBackoff: 1, jitter: 0.5)
        XCTAssertEqual(jittered.backoff(afterAttempt: 1, random: 0), 1)
        XCTAssertEqual(jittered.backoff(afterAttempt: 1, random: 1), 0.5)
        XCTAssertEqual(jittered.backoff(afterAttempt: 3, random: 0.5), 3)
    }
}
