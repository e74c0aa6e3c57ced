// A small HTTP/1.1 server on 127.0.0.1 for the fetch tests: POSIX sockets, one thread per
// connection (so one slow answer never holds up the others), a bounded number of
// connections and a bounded lifetime, so that no test can hang. Every answer closes its
// connection.

import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One request as it arrived.
public struct SiteRequest: Sendable {
    public var method: String
    /// The request target, e.g. `/rest-api/billing/get-charges.md`.
    public var target: String
    /// Names lowercased.
    public var headers: [String: String]

    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// One answer: status, headers, body, and how long to wait before sending it.
public struct SiteResponse: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data
    public var delay: TimeInterval

    public init(status: Int, headers: [String: String] = [:], body: Data = Data(), delay: TimeInterval = 0) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
    }
}

public struct SiteServerError: Error, CustomStringConvertible {
    public var call: String
    public var code: Int32
    public var description: String { "\(call) failed: \(String(cString: strerror(code)))" }
}

public final class SiteServer: @unchecked Sendable {
    public typealias Handler = @Sendable (SiteRequest) -> SiteResponse

    /// The port the kernel picked; never a fixed one.
    public let port: UInt16
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    private let listener: Int32
    private let handler: Handler
    private let maxConnections: Int
    private let deadline: Date
    private let lock = NSLock()
    private var recorded: [SiteRequest] = []
    private var stopRequested = false
    private let finished = DispatchSemaphore(value: 0)

    /// Listens on `127.0.0.1`, port 0, until `stop()`, `maxConnections` connections or
    /// `lifetime` seconds, whichever comes first.
    public init(maxConnections: Int = 200, lifetime: TimeInterval = 20, handler: @escaping Handler) throws {
        self.handler = handler
        self.maxConnections = maxConnections
        deadline = Date().addingTimeInterval(lifetime)
        #if os(Linux)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw SiteServerError(call: "socket", code: errno) }
        do {
            var yes: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = 0
            address.sin_addr = in_addr(s_addr: in_addr_t(0x7F00_0001).bigEndian)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard bound == 0 else { throw SiteServerError(call: "bind", code: errno) }
            guard listen(fd, 64) == 0 else { throw SiteServerError(call: "listen", code: errno) }
            var actual = sockaddr_in()
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let named = withUnsafeMutablePointer(to: &actual) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
            }
            guard named == 0 else { throw SiteServerError(call: "getsockname", code: errno) }
            port = UInt16(bigEndian: actual.sin_port)
        } catch {
            close(fd)
            throw error
        }
        listener = fd
        let thread = Thread { [self] in self.acceptLoop() }
        thread.name = "SiteServer:\(port)"
        thread.start()
    }

    deinit { stop() }

    /// Every request received so far, in arrival order.
    public var requests: [SiteRequest] { lock.withLock { recorded } }

    public func stop() {
        let first: Bool = lock.withLock {
            defer { stopRequested = true }
            return !stopRequested
        }
        if first { _ = finished.wait(timeout: .now() + .seconds(3)) }
    }

    private var shouldStop: Bool { lock.withLock { stopRequested } }

    private func acceptLoop() {
        defer {
            close(listener)
            finished.signal()
        }
        var served = 0
        while served < maxConnections, !shouldStop, Date() < deadline {
            var descriptor = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 20) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            served += 1
            let thread = Thread { [self] in
                self.serve(client)
                close(client)
            }
            thread.start()
        }
    }

    private func serve(_ client: Int32) {
        var timeout = timeval(tv_sec: 3, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        #if canImport(Darwin)
        var yes: Int32 = 1
        setsockopt(client, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
        var buffer: [UInt8] = []
        var headEnd: Int?
        while headEnd == nil {
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            guard count > 0, buffer.count < 64 * 1024 else { return }
            buffer.append(contentsOf: chunk[..<count])
            headEnd = Self.find([13, 10, 13, 10], in: buffer)
        }
        guard let headEnd, let request = Self.parseHead(Array(buffer[..<headEnd])) else { return }
        lock.withLock { recorded.append(request) }
        let response = handler(request)
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        var head = "HTTP/1.1 \(response.status) Status\r\n"
        for (name, value) in response.headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(response.body.count)\r\nConnection: close\r\n\r\n"
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

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }

    static func parseHead(_ bytes: [UInt8]) -> SiteRequest? {
        guard let text = String(bytes: bytes, encoding: .utf8) else { return nil }
        let lines = text.components(separatedBy: "\r\n")
        let requestLine = lines[0].split(separator: " ")
        guard requestLine.count == 3 else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return SiteRequest(method: String(requestLine[0]), target: String(requestLine[1]), headers: headers)
    }
}
