import APISchema
import Diagnostics
import DocsParser
import Foundation
import SwiftEmitter
import TestSupport
import XCTest

/// Paths, schemas and one-call emits shared by the emitter's golden, compile, determinism and
/// snippet tests. A golden case is rendered from its schema as the schema layer recorded it
/// (`Tests/APISchemaTests/Goldens/<case>.json`), not from pages: a parser or merge change
/// shows up in that layer's golden first. Snippet tests still start from a few lines of page.
/// Every run uses the repo's own `templates/`, so the tests check the templates and the
/// Swift code together.
enum EmitterFixtures {
    static let testsFolder = packageRoot.appendingPathComponent("Tests/SwiftEmitterTests")
    static let goldensFolder = testsFolder.appendingPathComponent("Goldens")
    /// The golden cases' pages and recorded schemas, kept by the schema layer.
    static let casesFolder = packageRoot.appendingPathComponent("Tests/APISchemaTests/Fixtures/Cases")
    static let schemasFolder = packageRoot.appendingPathComponent("Tests/APISchemaTests/Goldens")

    /// One documentation page: `file` is the path the diagnostics and doc comments name,
    /// relative to the package root so goldens do not depend on where the repo lives.
    struct Page {
        var file: String
        var text: String
    }

    /// One golden case's recorded schema, read by the one schema reader, and emitted. The
    /// emitter must add no diagnostic (the merge's are the schema layer's to check).
    static func emitCase(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> [RenderedFile] {
        let schema = try APISchema.decode(from: try Data(contentsOf: schemasFolder.appendingPathComponent("\(name).json")))
        let (files, diagnostics) = SwiftEmitter(templates: try templates(file: file, line: line)).emit(schema)
        XCTAssertEqual(diagnostics.map(\.rendered), [], "the emitter's diagnostics for \(name)", file: file, line: line)
        return files
    }

    /// The golden cases: one recorded schema each.
    static func caseNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: schemasFolder.path)
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// A golden case's pages, for the tests that parse and merge them again (determinism).
    static func pages(ofCase name: String) throws -> [Page] {
        let folder = casesFolder.appendingPathComponent(name)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { ["md", "txt"].contains(($0 as NSString).pathExtension) }.sorted()
        return try names.map { file in
            Page(file: "Tests/APISchemaTests/Fixtures/Cases/\(name)/\(file)",
                 text: try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
        }
    }

    static func templates(file: StaticString = #filePath, line: UInt = #line) throws -> TemplateSet {
        let (set, diagnostics) = TemplateSet.load(from: packageRoot.appendingPathComponent("templates").path)
        XCTAssertEqual(diagnostics.map(\.rendered), [], "the repo's templates load without diagnostics", file: file, line: line)
        return try XCTUnwrap(set, file: file, line: line)
    }

    static func schema(_ pages: [Page]) -> (APISchema, [Diagnostic]) {
        SchemaMerger.merge(pages.map { PageReader.parse(file: $0.file, text: $0.text) })
    }

    /// Parses, merges and emits. Fails the test on any error diagnostic and on any warning
    /// not listed in `expectedWarnings` (by stable id), so no fixture drifts silently.
    static func emit(
        _ pages: [Page], expectedWarnings: [DiagnosticID] = [], file: StaticString = #filePath, line: UInt = #line
    ) throws -> [RenderedFile] {
        let (schema, mergeDiagnostics) = schema(pages)
        let (files, emitDiagnostics) = SwiftEmitter(templates: try templates(file: file, line: line)).emit(schema)
        let diagnostics = mergeDiagnostics + emitDiagnostics
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map(\.rendered), [], "errors", file: file, line: line)
        XCTAssertEqual(diagnostics.filter { $0.severity == .warning }.map(\.id).sorted { $0.rawValue < $1.rawValue },
                       expectedWarnings.sorted { $0.rawValue < $1.rawValue },
                       "warnings: \(diagnostics.filter { $0.severity == .warning }.map(\.rendered))", file: file, line: line)
        return files
    }

    /// A file's path under its case's golden folder: SDK files as emitted, the generated
    /// conformance tests under `ConformanceTests/`.
    static func goldenPath(of file: RenderedFile) -> String {
        file.root == .sdk ? file.path : "ConformanceTests/\(file.path)"
    }
}
