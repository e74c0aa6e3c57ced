import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends endpoints with async/await: validates first, signs each request with its
/// `credentials`, retries as `retryPolicy` says, and turns every answer that is not a
/// success into a `NexudusError`.
public struct NexudusClient: Sendable {
    /// `https://spaces.nexudus.com`.
    public static let defaultBaseURL = URL(string: "https://spaces.nexudus.com")!

    public var baseURL: URL
    public var credentials: Credentials
    public var transport: any HTTPTransport
    /// When true (the default), a request whose validation finds problems is not sent.
    /// Switch it off to let the server, which stays the authority, decide.
    public var validatesRequests: Bool
    public var retryPolicy: RetryPolicy
    /// Seconds to wait for each answer (each attempt), as `URLRequest.timeoutInterval`.
    public var timeout: TimeInterval
    /// Time for retry waits and the total-time cap; inject one to test without sleeping.
    public var clock: any NexudusClock
    /// Paces requests under the documented limits; `nil` (the default) sends at once.
    public var rateLimiter: RateLimiter?
    /// Told of every send, answer, failure and retry, with credentials redacted.
    public var observer: RequestObserver?
    /// When true, a search page with a record that does not decode fails as a whole
    /// (`.decodingFailed`); when false (the default) the page keeps the other records and
    /// lists that one in `ListResult.failures`.
    public var decodesStrictly = false

    public init(
        baseURL: URL = NexudusClient.defaultBaseURL, credentials: Credentials,
        transport: any HTTPTransport = URLSessionTransport(), retryPolicy: RetryPolicy = .default,
        timeout: TimeInterval = 30, clock: any NexudusClock = SystemClock(), rateLimiter: RateLimiter? = nil,
        observer: RequestObserver? = nil, validatesRequests: Bool = true
    ) {
        self.baseURL = baseURL
        self.credentials = credentials
        self.transport = transport
        self.retryPolicy = retryPolicy
        self.timeout = timeout
        self.clock = clock
        self.rateLimiter = rateLimiter
        self.observer = observer
        self.validatesRequests = validatesRequests
    }

    /// A client with a fixed bearer token.
    public init(baseURL: URL, token: String, transport: any HTTPTransport = URLSessionTransport(), validatesRequests: Bool = true) {
        self.init(baseURL: baseURL, credentials: .bearer(token), transport: transport, validatesRequests: validatesRequests)
    }

    /// Sends `endpoint` and decodes a success into its documented type; any other answer
    /// is thrown as the `NexudusError` for its status (see `ResponseClassifier`).
    public func send<Response>(_ endpoint: Endpoint<Response>) async throws -> Response {
        if validatesRequests, !endpoint.validationErrors.isEmpty {
            throw NexudusError.invalidRequest(endpoint.validationErrors)
        }
        let response = try await exchange(endpoint)
        let value: Response
        do {
            value = try Self.decode(Response.self, from: response.body, strictly: decodesStrictly)
        } catch {
            throw NexudusError.decodingFailed(DecodingFailure(type: String(describing: Response.self), error: error), response)
        }
        if let result = value as? ActionResult, result.wasSuccessful == false {
            throw NexudusError.actionFailed(result, response)
        }
        return value
    }

    /// Generated types through the SDK's own reader, anything else through `JSONDecoder`.
    static func decode<Response: Decodable>(_ type: Response.Type, from body: Data, strictly: Bool) throws -> Response {
        guard let readable = type as? any JSONReadable.Type else { return try JSONDecoder().decode(type, from: body) }
        return try JSONReader.decode(readable, from: body, strict: strictly) as! Response
    }

    /// Sends until a success, or an error the policy does not retry; a `401` with a token
    /// provider refreshes the token and sends once more.
    func exchange<Response>(_ endpoint: Endpoint<Response>) async throws -> TransportResponse {
        let start = clock.now()
        var attempt = 0
        var reauthorized = false
        while true {
            attempt += 1
            try Task.checkCancellation()
            if let rateLimiter { try await rateLimiter.acquire(isWrite: endpoint.method.uppercased() != "GET") }
            var request = try endpoint.urlRequest(baseURL: baseURL)
            request.timeoutInterval = timeout
            let authorization = try await credentials.authorization()
            request.setValue(authorization, forHTTPHeaderField: "Authorization")
            let observed = ObservedRequest(request, attempt: attempt)
            observer?(.willSend(observed))
            let failure: NexudusError
            switch try await sendOnce(request, observed) {
            case .success(let response) where (200..<300).contains(response.status):
                return response
            case .success(let response):
                if response.status == 401, !reauthorized, let provider = credentials.tokenProvider {
                    reauthorized = true
                    _ = try await provider.accessToken(replacing: String(authorization.dropFirst("Bearer ".count)))
                    attempt -= 1
                    continue
                }
                failure = ResponseClassifier.error(for: response, now: clock.now())
            case .failure(let error):
                failure = error
            }
            let elapsed = clock.now().timeIntervalSince(start)
            guard let wait = retryPolicy.delay(after: failure, method: endpoint.method, attempt: attempt, elapsed: elapsed,
                                               random: Double.random(in: 0...1), now: clock.now()) else {
                observer?(.didFail(observed, failure))
                throw failure
            }
            observer?(.willRetry(observed, failure, afterSeconds: wait))
            try await clock.sleep(seconds: wait)
        }
    }

    /// One send: an answer, whatever its status, or the transport's failure; a cancelled
    /// task throws `CancellationError`.
    private func sendOnce(_ request: URLRequest, _ observed: ObservedRequest) async throws -> Result<TransportResponse, NexudusError> {
        let sentAt = clock.now()
        do {
            let response = try await transport.send(request)
            observer?(.didReceive(observed, response, seconds: clock.now().timeIntervalSince(sentAt)))
            return .success(response)
        } catch let error as NexudusError {
            return .failure(error)
        } catch {
            if Task.isCancelled || error is CancellationError { throw CancellationError() }
            return .failure(.transport(TransportError(error)))
        }
    }

    /// Every page of a search, fetched as it is consumed, following `HasNextPage`.
    public func allPages<Record>(
        startingAt page: Int = 1, _ endpoint: @escaping @Sendable (Int) -> Endpoint<ListResult<Record>>
    ) -> PageSequence<Record> {
        PageSequence(client: self, firstPage: page, endpoint: endpoint)
    }
}
