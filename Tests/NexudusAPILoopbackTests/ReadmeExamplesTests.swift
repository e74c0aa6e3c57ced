// The README's SDK examples, line for line, so that they stay true of the generated code:
// the sign-in and retry examples must compile, the error example runs against 127.0.0.1.

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LoopbackSupport
import NexudusAPI
import XCTest

private actor Keychain {
    var saved: [TokenSet] = []
    func save(_ tokens: TokenSet) { saved.append(tokens) }
}

private let keychain = Keychain()
private let password = "password"
private let savedTokens = TokenSet(accessToken: "A", refreshToken: "R")
private let savedRefreshToken = "R"
@Sendable private func askForCode() async throws -> String { "123456" }

final class ReadmeExamplesTests: LoopbackTestCase {
    private let token = "TOKEN"

    func testSignInExampleBuildsAClient() {
        let tokens = TokenProvider(username: "ada@example.com", password: password, totp: { try await askForCode() },
                                   onTokensChange: { tokens in await keychain.save(tokens) })
        let client = NexudusClient(credentials: .tokens(tokens))
        _ = TokenProvider(stored: savedTokens, clientID: "ada@example.com")
        _ = TokenProvider(refreshToken: savedRefreshToken, clientID: "ada@example.com")
        _ = [Credentials.basic(username: "ada@example.com", password: password), .bearer(token)]
        XCTAssertEqual(client.baseURL, URL(string: "https://spaces.nexudus.com"))
        XCTAssertEqual(String(describing: client.credentials), "Credentials.tokens(<redacted>)")
    }

    func testRequestBodyExampleSetsClearsAndLeavesOut() {
        var body = CreateCoworkerRequest(fullName: "Ada Lovelace", email: "ada@example.com",
                                         countryId: 1220, simpleTimeZoneId: 47)
        body.gender = .female                 // sent
        body.clear(\.salutation)              // sent as null
        body.mobilePhone = nil                // not sent
        XCTAssertEqual(body.state(of: \.gender), .set)
        XCTAssertEqual(CreateCoworkerRequest.Defaults.gender, .notSet)
        XCTAssertEqual(body.state(of: \.salutation), .cleared)
        XCTAssertEqual(body.state(of: \.mobilePhone), .omitted)
    }

    func testRetryExampleSetsThePolicy() {
        var client = NexudusClient(credentials: .bearer(token))
        client.retryPolicy = RetryPolicy(maxAttempts: 6, maxTotalTime: 120)  // or .never
        client.rateLimiter = RateLimiter()   // off by default: 1 per 100 ms, 120/min, writes 60/min and 5,000/day
        client.timeout = 20                  // seconds per attempt
        client.observer = RequestObserver { event in
            if case .didReceive(let request, let response, let seconds) = event { print(request, response.status, seconds) }
        }
        XCTAssertEqual(client.retryPolicy.maxAttempts, 6)
        XCTAssertEqual(RateLimiter.documentedLimits.count, 4)
    }

    func testErrorExampleRunsToTheValidationCase() async throws {
        let server = try startServer { request in
            request.method == "GET"
                ? .json(200, #"{"Records":[{"Id":1,"Name":"Check"}],"HasNextPage":false}"#)
                : .json(400, #"{"Message":"Name: is a required field","Errors":[{"PropertyName":"Name","Message":"is a required field"}],"WasSuccessful":false}"#)
        }
        let client = client(for: server)
        let request = CreateCoworkerIdentityCheckDocumentRequest(coworkerId: 1, coworkerIdentityCheckId: 2, name: "Passport")
        var reached = ""

        var query = CoworkerIdentityCheckSearch()
        query.verificationStatus = .pending
        query.orderBy = .updatedOn
        query.direction = .descending
        do {
            for try await page in client.allCoworkerIdentityCheckPages(query) {
                for check in page.records { print(check.name ?? "") }
            }
            let result = try await client.send(CoworkerIdentityCheckDocumentAPI.create(request))
            print("created", result.id ?? 0)
        } catch NexudusError.invalidRequest(let errors) {
            print(errors)   // refused before sending, in the server's wording; `validatesRequests = false` lets the server decide
        } catch NexudusError.validationFailed(let body, _) {
            print(body.errors ?? [])
            reached = "validationFailed"
        } catch NexudusError.throttled(let retryAfter, _) {
            print("still throttled after the retries; the server asks for", retryAfter ?? 0, "s")
        } catch let error as NexudusError {
            print(error.localizedDescription, error.status ?? 0)
        }

        XCTAssertEqual(reached, "validationFailed")
        XCTAssertEqual(server.requests.map(\.method), ["GET", "POST"])
    }
}
