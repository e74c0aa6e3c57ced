import Foundation
import SwiftEmitter
import XCTest

/// The `structured-descriptions` case: a rendered get page that glued a table's cells and
/// dropped its arrows, and Markdown create and search pages that kept them. The Swift doc
/// comments carry the export's Markdown and link the enums they mention.
final class StructuredDescriptionGoldenTests: XCTestCase {
    private func emitCase() throws -> [RenderedFile] {
        let files = try EmitterFixtures.emitCase("structured-descriptions")
        try GoldenFiles.assertMatches(files, goldenCase: "structured-descriptions")
        return files
    }

    private func contents(_ files: [RenderedFile], _ path: String) throws -> String {
        try XCTUnwrap(files.first { $0.root == .sdk && $0.path == path }, "no file \(path)").contents
    }

    func testTheRecordsDocCommentIsTheExportsMarkdown() throws {
        let files = try emitCase()
        let model = try contents(files, "Models/Locker.swift")
        XCTAssertTrue(model.contains("""
            /// A **Locker** is a lockable box a member can book in a location. The `Size` decides what fits:
            ///
            /// | Size      | Holds              |
            /// | --------- | ------------------ |
            /// | Small (1) | A laptop and a bag |
            /// | Large (2) | A suitcase         |
            ///
            /// A booking moves the `Status` through its lifecycle: `Free` → `Booked` → `Released`.
            ///
            /// Documented in `Tests/APISchemaTests/Fixtures/Cases/structured-descriptions/get-locker.txt:2`.

            """), model)
        XCTAssertFalse(model.contains("SizeHolds"))
        XCTAssertTrue(model.contains("/// How big the locker is. See ``LockerSize`` values: 1 = Small, 2 = Large.\n"), model)
        XCTAssertTrue(model.contains("/// Where the booking is: `Free` → `Booked` → `Released`. See ``LockerStatus`` values: 1 = Free, 2 = Booked, 3 = Released.\n"), model)
        let request = try contents(files, "Requests/CreateLockerRequest.swift")
        XCTAssertTrue(request.contains("/// How big the locker is, when it is not small. Defaults to ``LockerSize/small``. See ``LockerSize``.\n"), request)
        let query = try contents(files, "Queries/LockerSearch.swift")
        XCTAssertTrue(query.contains("/// Filter by size. See ``LockerSize`` values: 1 = Small, 2 = Large.\n"), query)
    }
}
