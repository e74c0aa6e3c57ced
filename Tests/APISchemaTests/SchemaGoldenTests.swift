import APISchema
import Diagnostics
import TestSupport
import XCTest

/// Each emitter golden case's pages → schema, recorded per case (`SchemaGoldens`). The
/// merge's warnings are checked here too: any warning a case does not list fails it.
final class SchemaGoldenTests: XCTestCase {
    static let expectedWarnings: [String: [DiagnosticID]] = [
        "enum-value-added": [.enumValueSetDiffers],
    ]

    func testEveryCaseHasAGoldenAndNoGoldenLacksACase() throws {
        let cases = try SchemaGoldens.caseNames()
        XCTAssertEqual(cases, ["enum-value-added", "hostile-text", "listing-only", "nullable-enum", "reserved-words", "structured-descriptions"])
        let goldens = try FileManager.default.contentsOfDirectory(atPath: SchemaGoldens.goldensFolder.path).filter { !$0.hasPrefix(".") }
        XCTAssertEqual(goldens.sorted(), cases.map { $0 + ".json" })
    }

    func testEveryCaseMergesToItsRecordedSchema() throws {
        for name in try SchemaGoldens.caseNames() {
            let (schema, diagnostics) = SchemaMerger.merge(try SchemaGoldens.pages(ofCase: name))
            XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map(\.rendered), [], name)
            XCTAssertEqual(diagnostics.filter { $0.severity == .warning }.map(\.id).sorted { $0.rawValue < $1.rawValue },
                           (Self.expectedWarnings[name] ?? []).sorted { $0.rawValue < $1.rawValue },
                           "\(name): \(diagnostics.filter { $0.severity == .warning }.map(\.rendered))")
            try SchemaGoldens.assertMatches(schema, goldenCase: name)
            // The emitter reads the golden through the one schema reader: it must read back whole.
            if !Golden.isRecording {
                let recorded = try Data(contentsOf: SchemaGoldens.goldensFolder.appendingPathComponent("\(name).json"))
                XCTAssertEqual(try APISchema.decode(from: recorded), schema, name)
            }
        }
    }
}
