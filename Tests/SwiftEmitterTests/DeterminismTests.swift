import Foundation
import SwiftEmitter
import TestSupport
import XCTest

/// The same docs give byte-identical output: emitting one schema twice, with separately
/// loaded templates, and emitting from the same pages given in another order.
final class DeterminismTests: XCTestCase {
    /// Every fixture page of every golden case, plus the real pages in `spec/docs`.
    private func allPages() throws -> [EmitterFixtures.Page] {
        var pages = try EmitterFixtures.caseNames().flatMap { try EmitterFixtures.pages(ofCase: $0) }
        let docs = packageRoot.appendingPathComponent("spec/docs")
        for name in try FileManager.default.contentsOfDirectory(atPath: docs.path).sorted() where name.hasSuffix(".md") || name.hasSuffix(".txt") {
            pages.append(.init(file: "spec/docs/\(name)", text: try String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8)))
        }
        XCTAssertGreaterThan(pages.count, 10)
        return pages
    }

    func testEmittingTheSameSchemaTwiceGivesIdenticalFiles() throws {
        let (schema, _) = EmitterFixtures.schema(try allPages())
        let (first, firstDiagnostics) = SwiftEmitter(templates: try EmitterFixtures.templates()).emit(schema)
        let (second, secondDiagnostics) = SwiftEmitter(templates: try EmitterFixtures.templates()).emit(schema)
        XCTAssertGreaterThan(first.count, 30)
        assertIdentical(first, second)
        XCTAssertEqual(firstDiagnostics, secondDiagnostics)
    }

    func testPageOrderDoesNotChangeTheOutput() throws {
        let pages = try allPages()
        let templates = try EmitterFixtures.templates()
        let (reference, _) = SwiftEmitter(templates: templates).emit(EmitterFixtures.schema(pages).0)
        var generator = SplitMix64(seed: 0x5EED)
        for order in [Array(pages.reversed()), pages.shuffled(using: &generator), pages.shuffled(using: &generator)] {
            XCTAssertNotEqual(order.map(\.file), pages.map(\.file))
            let (schema, _) = EmitterFixtures.schema(order)
            assertIdentical(reference, SwiftEmitter(templates: templates).emit(schema).0)
        }
    }

    /// Same paths in the same order, and the same bytes in each; names the first file that differs.
    private func assertIdentical(_ lhs: [RenderedFile], _ rhs: [RenderedFile], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(lhs.map(\.path), rhs.map(\.path), file: file, line: line)
        for (left, right) in zip(lhs, rhs) where left != right {
            XCTFail("\(left.path) differs between runs:\n" + (Golden.mismatch(expected: Data(left.contents.utf8), actual: Data(right.contents.utf8)) ?? ""), file: file, line: line)
            return
        }
    }
}

/// A small seeded generator, so the shuffled orders are the same on every run and machine.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
