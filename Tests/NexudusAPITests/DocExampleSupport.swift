import Foundation
import TestSupport
import XCTest

/// The docs' example responses, read from the committed `spec/schema.json` as a user's
/// test would read a fixture: `operations[].responses[].example`.
struct DocExample {
    var operation: String
    var entity: String
    var kind: String
    var status: Int
    var json: String

    static func all() throws -> [DocExample] {
        let data = try Data(contentsOf: packageRoot.appendingPathComponent("spec/schema.json"))
        let schema = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let operations = try XCTUnwrap(schema["operations"] as? [[String: Any]])
        var examples: [DocExample] = []
        for operation in operations {
            for response in operation["responses"] as? [[String: Any]] ?? [] {
                guard let json = response["example"] as? String else { continue }
                examples.append(DocExample(
                    operation: operation["id"] as? String ?? "?", entity: operation["entity"] as? String ?? "?",
                    kind: operation["kind"] as? String ?? "?", status: response["status"] as? Int ?? 0, json: json))
            }
        }
        return examples
    }

    static func find(entity: String, kind: String, status: Int, file: StaticString = #filePath, line: UInt = #line) throws -> DocExample {
        try XCTUnwrap(try all().first { $0.entity == entity && $0.kind == kind && $0.status == status },
                      "spec/schema.json has no \(status) example for \(entity) \(kind)", file: file, line: line)
    }

    /// All enums in the schema, by their API name, with the documented (value, name) pairs.
    static func enums() throws -> [String: [(value: Int, name: String)]] {
        let data = try Data(contentsOf: packageRoot.appendingPathComponent("spec/schema.json"))
        let schema = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var result: [String: [(value: Int, name: String)]] = [:]
        for entry in schema["enums"] as? [[String: Any]] ?? [] {
            guard let name = entry["name"] as? String else { continue }
            result[name] = (entry["values"] as? [[String: Any]] ?? []).compactMap { value in
                guard let number = value["value"] as? Int, let text = value["name"] as? String else { return nil }
                return (number, text)
            }
        }
        return result
    }
}

func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
    try JSONDecoder().decode(type, from: Data(json.utf8))
}

/// Encodes, then compares with `expected` as parsed JSON: the same keys at every level and
/// the same values, where `false` is not `0` and `null` is not a missing key.
func assertEncodesAs<Value: Encodable>(_ value: Value, _ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let data = try JSONEncoder().encode(value)
    let actual = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    let wanted = try JSONSerialization.jsonObject(with: Data(expected.utf8), options: [.fragmentsAllowed])
    for difference in JSONDifference.between(actual, wanted, at: "$") {
        XCTFail("encoded JSON differs from the docs' example: \(difference)", file: file, line: line)
    }
}

enum JSONDifference {
    static func between(_ actual: Any, _ expected: Any, at path: String) -> [String] {
        switch (actual, expected) {
        case let (actual as [String: Any], expected as [String: Any]):
            var differences: [String] = []
            for key in Set(expected.keys).subtracting(actual.keys).sorted() { differences.append("\(path).\(key) is missing") }
            for key in Set(actual.keys).subtracting(expected.keys).sorted() { differences.append("\(path).\(key) is extra") }
            for key in Set(actual.keys).intersection(expected.keys).sorted() {
                differences += between(actual[key]!, expected[key]!, at: "\(path).\(key)")
            }
            return differences
        case let (actual as [Any], expected as [Any]):
            guard actual.count == expected.count else { return ["\(path) has \(actual.count) elements, expected \(expected.count)"] }
            return zip(actual, expected).enumerated().flatMap { index, pair in between(pair.0, pair.1, at: "\(path)[\(index)]") }
        default:
            return describe(actual) == describe(expected) ? [] : ["\(path) is \(describe(actual)), expected \(describe(expected))"]
        }
    }

    /// A scalar as text that keeps its JSON kind: booleans and numbers are told apart.
    static func describe(_ value: Any) -> String {
        if value is NSNull { return "null" }
        if let string = value as? String { return "\"\(string)\"" }
        if let number = value as? NSNumber {
            let isBoolean = String(cString: number.objCType) == "c" || String(describing: type(of: number)).contains("Boolean")
            return isBoolean ? (number.boolValue ? "true" : "false") : "number \(number.stringValue)"
        }
        return "\(type(of: value)) \(value)"
    }
}
