import APISchema
import Foundation
@testable import SwiftEmitter
import XCTest

/// Templates hold the output's statements; contexts hold data: names, types, keys, flags and
/// literals. Every string of every context built for the golden cases is checked against the
/// syntax only a statement or an expression would have, so a builder that starts writing
/// code again fails here, not in review.
final class ContextDataTests: XCTestCase {
    /// Syntax no name, type or flag has. String literals (`"…"`, `#"…"#`) are data and may
    /// hold anything; so may doc comment lines, which are the docs' text.
    static let codeSyntax = ["try ", " = ", "&errors", ".append(", "self.", "\\(", "let ", "var ", "return ", "guard ", " { ", "XCTAssert"]
    /// Keys whose text is the docs' own, written where it cannot be code: doc comments, an
    /// enum value's name in a `//` comment, a line of the layout's string literal; and
    /// `signature`, which is what `diff` lists.
    static let notCode: Set<String> = ["docLines", "fromDocLines", "toDocLines", "apiName", "layoutLine", "signature"]

    func testNoContextValueIsCode() throws {
        for name in try EmitterFixtures.caseNames() {
            let schema = try APISchema.decode(from: try Data(contentsOf: EmitterFixtures.schemasFolder.appendingPathComponent("\(name).json")))
            for (what, context) in contexts(schema) {
                for (path, text) in strings(context, path: what) where !isLiteral(text) {
                    for syntax in Self.codeSyntax where text.contains(syntax) {
                        XCTFail("\(name): \(path) holds code (\(syntax.debugDescription)): \(text)")
                    }
                }
            }
        }
    }

    /// The check itself: a statement where a name belongs is found.
    func testTheCheckFindsAStatement() {
        let found = strings(.object(["lines": .strings(["let decoded = try decode(X.self, from: json)"])]), path: "t")
        XCTAssertTrue(found.contains { entry in Self.codeSyntax.contains { entry.text.contains($0) } })
    }

    private func contexts(_ schema: APISchema) -> [(String, TemplateValue)] {
        let types = TypeMapping(schema: schema)
        let searched = Set(schema.operations.filter { $0.kind == .search }.map(\.entity))
        let listingTypes = Set(schema.entities.filter { !$0.fields.isEmpty && searched.contains($0.name) }.map(\.name))
        let models = ModelContext(types: types)
        let requests = RequestContext(types: types, schema: schema)
        let searches = SearchContext(types: types, schema: schema)
        let endpoints = EndpointContext(types: types, schema: schema, recordTypes: types.recordTypes, listingTypes: listingTypes)
        var result: [(String, TemplateValue)] = schema.enums.map { ($0.name, EnumContext.make($0, typeName: types.enumTypeName($0.name), docs: types.docs)) }
        for entity in schema.entities where !entity.fields.isEmpty {
            result.append((entity.name, models.record(entity)))
            if searched.contains(entity.name) { result.append((entity.name + " listing", models.listing(entity))) }
        }
        for operation in schema.operations {
            if let request = requests.make(operation) { result.append((operation.id + " body", request)) }
            if operation.kind == .search { result.append((operation.id + " query", searches.make(operation))) }
        }
        for (entity, operations) in Dictionary(grouping: schema.operations, by: \.entity) {
            result.append((entity + " endpoints", endpoints.make(entity: entity, operations: operations)))
            var conformance = ConformanceContext(schema: schema, searches: searches, endpoints: endpoints)
            if let tests = conformance.make(entity: entity, operations: operations) { result.append((entity + " tests", tests)) }
        }
        return result
    }

    private func strings(_ value: TemplateValue, path: String) -> [(path: String, text: String)] {
        switch value {
        case .string(let text): return [(path, text)]
        case .bool: return []
        case .list(let items): return items.enumerated().flatMap { strings($0.element, path: "\(path)[\($0.offset)]") }
        case .object(let fields):
            return fields.sorted { $0.key < $1.key }.filter { !Self.notCode.contains($0.key) }.flatMap { strings($0.value, path: "\(path).\($0.key)") }
        }
    }

    private func isLiteral(_ text: String) -> Bool {
        (text.hasPrefix("\"") && text.hasSuffix("\"")) || (text.hasPrefix("#") && text.hasSuffix("#"))
    }
}
