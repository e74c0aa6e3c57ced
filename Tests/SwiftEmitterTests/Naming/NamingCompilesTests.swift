import Foundation
import XCTest
@testable import SwiftEmitter

/// Proof by compiler for the keyword tables: every Swift keyword and contextual keyword,
/// named as the API would (`Default`) and as written (`default`), becomes a member name that
/// compiles in every place the templates put one, argument labels at a call site included,
/// with no warnings. One `swiftc -typecheck`.
final class NamingCompilesTests: XCTestCase {
    /// The Swift book's "Keywords and Punctuation", written out here rather than read from
    /// `SwiftNaming`, so a word missing from the naming table fails this test.
    static let keywords = [
        // Declarations
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
        "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "private", "precedencegroup",
        "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        // Statements
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if",
        "in", "repeat", "return", "throw", "switch", "where", "while",
        // Expressions and types
        "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
        // Contextual
        "associativity", "async", "convenience", "didSet", "dynamic", "final", "get", "indirect", "infix", "lazy",
        "left", "mutating", "none", "nonmutating", "optional", "override", "package", "postfix", "precedence",
        "prefix", "Protocol", "required", "right", "set", "some", "Type", "unowned", "weak", "willSet",
        // Newer contextual words
        "any", "each", "consume", "copy", "discard", "actor", "macro", "isolated", "sending", "then", "yield",
    ]

    func testEveryKeywordMakesACompilingMemberName() throws {
        let words = Self.keywords
        let apiNames = words.flatMap { [$0, SwiftNaming.upperFirst($0)] } + ["Id", "ID", "3DSecure", "", "_"]
        let names = SwiftNaming.uniqued(apiNames.map(SwiftNaming.memberName))
        XCTAssertEqual(Set(names).count, names.count)

        func each(_ separator: String = "\n", _ line: (Int, String) -> String) -> String {
            names.enumerated().map { line($0.offset, $0.element) }.joined(separator: separator)
        }
        let source = """
        public struct Record: Codable, Hashable, Sendable {
        \(each { "    public var \($1): Int?" })

            public init(
        \(each(",\n") { "        \($1): Int? = \($0)" })
            ) {
        \(each { "        self.\($1) = \($1)" })
            }

            enum CodingKeys: String, CodingKey, CaseIterable {
        \(each { "        case \($1) = \"Key\($0)\"" })
            }

            public init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: CodingKeys.self)
        \(each { "        \($1) = try container.decodeIfPresent(Int.self, forKey: .\($1))" })
            }

            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
        \(each { "        try container.encode(\($1), forKey: .\($1))" })
            }

            public func present() -> [Int] {
                var values: [Int] = []
        \(each { "        if let \($1) { values.append(\($1)) }" })
                return values
            }

            public init?(copying record: Record) {
        \(each { "        guard let \($1) = record.\($1) else { return nil }\n        self.\($1) = \($1)" })
            }
        }

        public enum Kind: Hashable, Sendable, CaseIterable {
        \(each { "    case \($1)" })

            public static let documented: [Kind] = [
        \(each { "        .\($1)," })
            ]

            public var rawValue: Int {
                switch self {
        \(each { "        case .\($1): \($0)" })
                }
            }
        }

        public func read(_ record: Record) -> [Int?] {
            [\(each(", ") { "record.\($1)" })]
        }

        public func call() -> Record {
            Record(\(each(", ") { "\(SwiftNaming.argumentLabel($1)): \($0)" }))
        }

        """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("swift-naming-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("Names.swift")
        try Data(source.utf8).write(to: file)
        let (status, output) = try Swiftc.run(["-parse-as-library", "-typecheck", "-swift-version", "6", file.path])
        XCTAssertEqual(status, 0, output)
        XCTAssertFalse(output.contains("warning:"), output)
    }
}
