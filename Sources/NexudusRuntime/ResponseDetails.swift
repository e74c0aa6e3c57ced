import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension TransportResponse {
    /// What the server said in words: a JSON body's `Message` or `error_description`, an
    /// HTML page's `<title>`, or a short plain-text body.
    public var message: String? {
        if let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] {
            for key in ["Message", "message", "error_description", "error"] {
                if let text = object[key] as? String, !text.isEmpty { return text }
            }
            return nil
        }
        guard let text = String(data: body, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
            return nil
        }
        if let open = text.range(of: "<title>", options: .caseInsensitive),
           let close = text.range(of: "</title>", options: .caseInsensitive, range: open.upperBound..<text.endIndex) {
            let title = text[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
            return title.isEmpty ? nil : title
        }
        if text.hasPrefix("<") { return nil }
        return text.count <= 300 ? text : String(text.prefix(300)) + "…"
    }
}

/// A request that got no answer: why, and the error the transport threw.
public struct TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// No answer within the client's `timeout`.
        case timedOut
        /// The host could not be reached: refused, unknown, or no network.
        case cannotConnect
        /// The connection broke before the answer was complete.
        case connectionLost
        /// Anything else the transport threw.
        case other
    }

    public var kind: Kind
    /// What the transport threw (a `URLError` from `URLSessionTransport`).
    public var underlying: any Error

    public init(_ underlying: any Error) {
        self.underlying = underlying
        self.kind = Self.kind(of: underlying)
    }

    static func kind(of error: any Error) -> Kind {
        guard let code = (error as? URLError)?.code else { return .other }
        switch code {
        case .timedOut: return .timedOut
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet: return .cannotConnect
        case .networkConnectionLost: return .connectionLost
        default: return .other
        }
    }

    public var description: String {
        switch kind {
        case .timedOut: "The server did not answer in time; try again, or raise the client's `timeout`."
        case .cannotConnect: "The server could not be reached; check the network and the base URL. (\(Self.summary(underlying)))"
        case .connectionLost: "The connection broke before the answer arrived; try again."
        case .other: "The request could not be sent: \(Self.summary(underlying))."
        }
    }

    static func summary(_ error: any Error) -> String {
        if let error = error as? URLError { return "URLError \(error.code.rawValue)" }
        return String(describing: error)
    }

    public static func == (lhs: TransportError, rhs: TransportError) -> Bool {
        lhs.kind == rhs.kind && String(describing: lhs.underlying) == String(describing: rhs.underlying)
    }
}

/// Where a success's body stopped matching the documented type.
public struct DecodingFailure: Sendable, Hashable, CustomStringConvertible {
    /// The type being decoded (`ListResult<CoworkerListing>`).
    public var type: String
    /// The JSON path of the field that failed, `Records[3].FullName`; empty for the whole body.
    public var field: String
    /// The position of the record in a list or page, when the failure is inside one.
    public var recordIndex: Int?
    /// What was wrong, in the decoder's words.
    public var reason: String

    public init(type: String, field: String, recordIndex: Int? = nil, reason: String) {
        self.type = type
        self.field = field
        self.recordIndex = recordIndex
        self.reason = reason
    }

    /// The path and reason out of a `DecodingError` (or any other error).
    init(type: String, error: any Error) {
        var path: [any CodingKey] = []
        var reason = String(describing: error)
        if let error = error as? DecodingError {
            switch error {
            case .keyNotFound(let key, let context):
                path = context.codingPath + [key]
                reason = "the field is missing"
            case .typeMismatch(let expected, let context):
                path = context.codingPath
                // The SDK's own reader says what it expected in its description.
                reason = expected == Any.self ? context.debugDescription : "expected \(expected): \(context.debugDescription)"
            case .valueNotFound(let expected, let context):
                path = context.codingPath
                reason = "expected \(expected) but found null"
            case .dataCorrupted(let context):
                path = context.codingPath
                reason = context.debugDescription
            @unknown default:
                break
            }
        }
        var field = ""
        for key in path {
            if let index = key.intValue, key.stringValue.hasPrefix("Index") || Int(key.stringValue) == index {
                field += "[\(index)]"
            } else {
                field += (field.isEmpty ? "" : ".") + key.stringValue
            }
        }
        self.init(type: type, field: field, recordIndex: path.lazy.compactMap(\.intValue).first, reason: reason)
    }

    public var description: String {
        let record = recordIndex.map { "record \($0), " } ?? ""
        return field.isEmpty ? "\(type): \(reason)" : "\(type), \(record)field \(field): \(reason)"
    }
}
