import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `FetchTransport` over `URLSession`, configured to do nothing on its own: no cache (a
/// cached 200 would hide the server's 304), no cookies, no redirects (the delegate hands
/// every 3xx back), and a body read only up to its limit.
public final class URLSessionTransport: FetchTransport, @unchecked Sendable {
    private let session: URLSession
    private let tasks: TaskTable

    public init(maximumConnections: Int = 8) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalAndRemoteCacheData
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpMaximumConnectionsPerHost = max(1, maximumConnections)
        tasks = TaskTable()
        session = URLSession(configuration: configuration, delegate: tasks, delegateQueue: nil)
    }

    deinit { session.invalidateAndCancel() }

    public func send(_ request: HTTPRequest, bodyLimit: Int) async -> Result<HTTPResponse, TransportError> {
        var urlRequest = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalAndRemoteCacheData, timeoutInterval: request.timeout)
        urlRequest.httpMethod = "GET"
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        let task = session.dataTask(with: urlRequest)
        let tasks = tasks
        return await withCheckedContinuation { continuation in
            tasks.register(task.taskIdentifier, limit: bodyLimit, continuation: continuation)
            task.resume()
            // URLSession on Linux does not time out a server that accepts and then says
            // nothing, so the deadline is kept here, for the whole exchange.
            DispatchQueue.global().asyncAfter(deadline: .now() + max(0.001, request.timeout)) {
                if tasks.finish(task.taskIdentifier, with: .failure(.timedOut)) { task.cancel() }
            }
        }
    }
}

/// The session delegate: collects each task's response and bytes, and resumes its caller once.
private final class TaskTable: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private struct Entry {
        var limit: Int
        var continuation: CheckedContinuation<Result<HTTPResponse, TransportError>, Never>
        var response: HTTPURLResponse?
        var body = Data()
        var tooLarge = false
    }

    private let lock = NSLock()
    private var entries: [Int: Entry] = [:]

    func register(_ id: Int, limit: Int, continuation: CheckedContinuation<Result<HTTPResponse, TransportError>, Never>) {
        lock.withLock { entries[id] = Entry(limit: limit, continuation: continuation) }
    }

    /// Resumes a task's caller unless it was resumed already; true when this call did.
    func finish(_ id: Int, with result: Result<HTTPResponse, TransportError>) -> Bool {
        guard let entry = lock.withLock({ entries.removeValue(forKey: id) }) else { return false }
        entry.continuation.resume(returning: result)
        return true
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        let tooLarge: Bool = lock.withLock {
            guard var entry = entries[dataTask.taskIdentifier] else { return false }
            entry.response = response as? HTTPURLResponse
            entry.tooLarge = response.expectedContentLength > Int64(entry.limit)
            entries[dataTask.taskIdentifier] = entry
            return entry.tooLarge
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let tooLarge: Bool = lock.withLock {
            guard var entry = entries[dataTask.taskIdentifier] else { return false }
            entry.body.append(data)
            if entry.body.count > entry.limit { entry.tooLarge = true }
            entries[dataTask.taskIdentifier] = entry
            return entry.tooLarge
        }
        if tooLarge { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        guard let entry = lock.withLock({ entries[task.taskIdentifier] }) else { return }
        let result: Result<HTTPResponse, TransportError>
        if entry.tooLarge {
            result = .failure(.bodyTooLarge(limit: entry.limit))
        } else if let error {
            let code = (error as NSError).code
            result = .failure(code == NSURLErrorTimedOut ? .timedOut : .failed(error.localizedDescription))
        } else if let response = entry.response {
            var headers: [String: String] = [:]
            for (name, value) in response.allHeaderFields {
                headers[String(describing: name).lowercased()] = String(describing: value)
            }
            result = .success(HTTPResponse(status: response.statusCode, headers: headers, body: entry.body))
        } else {
            result = .failure(.failed("no HTTP response"))
        }
        _ = finish(task.taskIdentifier, with: result)
    }
}
