// The URLSession every loopback test uses, and the proxy bypass it needs on a CI box.

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One URLSession for every loopback test: short timeouts, no cache, no cookies.
public let loopbackSession: URLSession = {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = 5
    configuration.timeoutIntervalForResource = 10
    configuration.urlCache = nil
    configuration.httpCookieStorage = nil
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    return URLSession(configuration: configuration)
}()

/// libcurl (under URLSession on Linux) honours `http_proxy`; a CI box with a proxy set must
/// not send loopback traffic to it. Runs once, before the first loopback request.
public let bypassProxyForLoopback: Void = {
    let environment = ProcessInfo.processInfo.environment
    let proxyNames: [String] = ["http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"]
    guard proxyNames.contains(where: { environment[$0] != nil }) else { return }
    for name in ["no_proxy", "NO_PROXY"] {
        let current = environment[name] ?? ""
        let value = current.isEmpty ? "127.0.0.1,localhost" : current + ",127.0.0.1,localhost"
        setenv(name, value, 1)
    }
}()
