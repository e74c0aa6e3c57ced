// A tiny HTTP/1.1 server on 127.0.0.1 for the loopback tests: POSIX sockets only, one
// background thread, a bounded number of connections, and timeouts everywhere so that no
// test can hang. Each request is recorded exactly as it arrived and answered with a canned
// status, headers and body, always with `Connection: close`. Shared by the loopback test
// targets of the SDK and of the fixture SDK.

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One request as the server received it.
public struct RecordedRequest: Sendable {
    public var method: String
    /// The request target as on the request line, e.g. `/api/spaces/coworkers?page=1`.
    public var target: String
    public var path: String
    /// The raw (still percent-encoded) query, `nil` when the target has no `?`.
    public var query: String?
    /// Header names lowercased; a repeated header keeps its last value.
    public var headers: [String: String]
    public var body: Data

    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// What the server answers: a status, extra headers, a body and its content type, and
/// optionally a delay before answering (to test timeouts).
public struct CannedResponse: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var contentType: String
    public var body: Data
    public var delay: TimeInterval

    public init(status: Int, headers: [String: String] = [:], contentType: String = "application/json; charset=utf-8",
                body: Data = Data(), delay: TimeInterval = 0) {
        self.status = status
        self.headers = headers
        self.contentType = contentType
        self.body = body
        self.delay = delay
    }

    public static func json(_ status: Int, _ text: String, headers: [String: String] = [:]) -> CannedResponse {
        CannedResponse(status: status, headers: headers, body: Data(text.utf8))
    }

    public static func html(_ status: Int, _ text: String) -> CannedResponse {
        CannedResponse(status: status, contentType: "text/html; charset=utf-8", body: Data(text.utf8))
    }
}

public struct LoopbackServerError: Error, CustomStringConvertible {
    var call: String
    var code: Int32
    public var description: String { "\(call) failed: \(String(cString: strerror(code)))" }
}

public final class LoopbackServer: @unchecked Sendable {
    public typealias Handler = @Sendable (RecordedRequest) -> CannedResponse

    /// The port the kernel picked; never a fixed one.
    public let port: UInt16
    public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    private let listener: Int32
    private let handler: Handler
    private let maxConnections: Int
    private let deadline: Date
    private let ioTimeoutSeconds: Int
    private let concurrent: Bool
    private let lock = NSLock()
    private var recorded: [RecordedRequest] = []
    private var connections = 0
    private var stopRequested = false
    private var stopped = false
    private let finished = DispatchSemaphore(value: 0)

    /// Starts listening on `127.0.0.1`, port 0, and serves on a background thread until
    /// `stop()`, `maxConnections` connections, or `lifetime` seconds, whichever comes first.
    /// `concurrent` serves each connection on a thread of its own, for clients that keep
    /// several requests in flight (a slow answer then holds up only its own connection).
    public init(maxConnections: Int = 8, lifetime: TimeInterval = 20, ioTimeoutSeconds: Int = 3, concurrent: Bool = false,
                handler: @escaping Handler) throws {
        self.handler = handler
        self.concurrent = concurrent
        self.maxConnections = maxConnections
        self.deadline = Date().addingTimeInterval(lifetime)
        self.ioTimeoutSeconds = ioTimeoutSeconds

        #if os(Linux)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw LoopbackServerError(call: "socket", code: errno) }
        do {
            var yes: Int32 = 1
            guard setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
                throw LoopbackServerError(call: "setsockopt(SO_REUSEADDR)", code: errno)
            }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = 0
            address.sin_addr = in_addr(s_addr: in_addr_t(0x7F00_0001).bigEndian)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard bound == 0 else { throw LoopbackServerError(call: "bind", code: errno) }
            guard listen(fd, 128) == 0 else { throw LoopbackServerError(call: "listen", code: errno) }
            var actual = sockaddr_in()
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let named = withUnsafeMutablePointer(to: &actual) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
            }
            guard named == 0 else { throw LoopbackServerError(call: "getsockname", code: errno) }
            self.port = UInt16(bigEndian: actual.sin_port)
        } catch {
            close(fd)
            throw error
        }
        self.listener = fd

        let thread = Thread { [self] in self.run() }
        thread.name = "LoopbackServer:\(port)"
        thread.start()
    }

    deinit { stop() }

    /// Every request received so far, in order.
    public var requests: [RecordedRequest] { lock.withLock { recorded } }

    /// How many connections were accepted, whether or not they carried a whole request.
    public var acceptedConnections: Int { lock.withLock { connections } }

    /// Stops accepting and waits (briefly) for the server thread to close its socket.
    public func stop() {
        let alreadyStopped: Bool = lock.withLock {
            stopRequested = true
            defer { stopped = true }
            return stopped
        }
        if !alreadyStopped {
            _ = finished.wait(timeout: .now() + .seconds(ioTimeoutSeconds + 2))
        }
    }

    private var shouldStop: Bool { lock.withLock { stopRequested } }

    // MARK: - Serving

    private func run() {
        defer {
            close(listener)
            finished.signal()
        }
        var served = 0
        while served < maxConnections, !shouldStop, Date() < deadline {
            var descriptor = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 25) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            served += 1
            lock.withLock { connections += 1 }
            if concurrent {
                Thread { [self] in
                    serve(client)
                    close(client)
                }.start()
            } else {
                serve(client)
                close(client)
            }
        }
    }

    private func serve(_ client: Int32) {
        var timeout = timeval(tv_sec: ioTimeoutSeconds, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        #if canImport(Darwin)
        var yes: Int32 = 1
        setsockopt(client, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif

        var buffer: [UInt8] = []
        var headEnd: Int?
        while headEnd == nil {
            guard buffer.count < 64 * 1024, receive(client, into: &buffer) else { return }
            headEnd = Self.find([13, 10, 13, 10], in: buffer)
        }
        guard let headEnd, var request = Self.parseHead(Array(buffer[..<headEnd])) else {
            write(client, CannedResponse.json(400, #"{"Message":"malformed request"}"#))
            return
        }
        if request.header("transfer-encoding") != nil {
            write(client, CannedResponse.json(411, #"{"Message":"only Content-Length bodies"}"#))
            return
        }
        let length = Int(request.header("content-length") ?? "0") ?? 0
        var body = Array(buffer[(headEnd + 4)...])
        if body.count < length, request.header("expect")?.lowercased() == "100-continue" {
            sendAll(client, Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))
        }
        while body.count < length {
            guard receive(client, into: &body) else { return }
        }
        request.body = Data(body.prefix(length))
        lock.withLock { recorded.append(request) }
        write(client, handler(request))
    }

    /// Appends what one `recv` returns; false on end of stream, error or timeout.
    private func receive(_ client: Int32, into buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return false }
        buffer.append(contentsOf: chunk[..<count])
        return true
    }

    private func write(_ client: Int32, _ response: CannedResponse) {
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        let extra = response.headers.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)\r\n" }.joined()
        // A Content-Type among the headers is the one sent.
        let hasType = response.headers.keys.contains { $0.lowercased() == "content-type" }
        let head = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
            + (hasType ? "" : "Content-Type: \(response.contentType)\r\n")
            + extra
            + "Content-Length: \(response.body.count)\r\n"
            + "Connection: close\r\n\r\n"
        sendAll(client, Array(head.utf8) + Array(response.body))
        shutdown(client, Int32(SHUT_WR))
    }

    private func sendAll(_ client: Int32, _ bytes: [UInt8]) {
        #if os(Linux)
        let flags = Int32(MSG_NOSIGNAL)
        #else
        let flags: Int32 = 0
        #endif
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, flags) }
            guard sent > 0 else { return }
            offset += sent
        }
    }

    // MARK: - Parsing

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }

    static func parseHead(_ bytes: [UInt8]) -> RecordedRequest? {
        guard let text = String(bytes: bytes, encoding: .utf8) else { return nil }
        let lines = text.components(separatedBy: "\r\n")
        let requestLine = lines[0].split(separator: " ", omittingEmptySubsequences: true)
        guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1.") else { return nil }
        let target = String(requestLine[1])
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var headers: [String: String] = [:]
        for line in lines.dropFirst() where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return RecordedRequest(
            method: String(requestLine[0]), target: target, path: String(parts[0]),
            query: parts.count > 1 ? String(parts[1]) : nil, headers: headers, body: Data()
        )
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 409: "Conflict"
        case 429: "Too Many Requests"
        case 411: "Length Required"
        case 500: "Internal Server Error"
        default: "Status"
        }
    }
}
