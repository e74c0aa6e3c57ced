import Foundation

/// A failure while reading, with the coding path gathered on the way out (innermost first).
struct JSONReadError: Error {
    enum Kind: Equatable {
        case corrupted, typeMismatch, keyNotFound(String)
    }

    var kind: Kind
    var reason: String
    var path: [JSONKey] = []

    var decodingError: DecodingError {
        let codingPath = Array(path.reversed())
        switch kind {
        case .corrupted:
            return .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: reason))
        case .typeMismatch:
            return .typeMismatch(Any.self, DecodingError.Context(codingPath: codingPath, debugDescription: reason))
        case .keyNotFound(let key):
            return .keyNotFound(JSONKey(stringValue: key), DecodingError.Context(codingPath: codingPath, debugDescription: reason))
        }
    }
}
