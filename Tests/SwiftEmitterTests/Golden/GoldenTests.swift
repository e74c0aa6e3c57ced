import Foundation
import SwiftEmitter
import XCTest

/// Fixture pages under `Fixtures/<case>/` → parse → merge → emit with the repo's templates,
/// compared byte for byte with `Goldens/<case>/`. Each test also states the few facts its
/// case exists for, so re-recording a golden cannot quietly lose them.
final class GoldenTests: XCTestCase {
    static let cases = ["enum-value-added", "listing-only", "nullable-enum", "reserved-words"]

    func testEveryFixtureFolderHasAGoldenTest() throws {
        XCTAssertEqual(try EmitterFixtures.caseNames(), Self.cases)
        let goldens = try FileManager.default.contentsOfDirectory(atPath: EmitterFixtures.goldensFolder.path).filter { !$0.hasPrefix(".") }
        XCTAssertEqual(goldens.sorted(), (Self.cases + [GoldenFiles.sharedFolderName]).sorted(), "a golden folder without a fixture case")
    }

    /// Fields named `Default`, `Type`, `Self`, `Protocol`, `Id` and `ID`, and an enum whose
    /// values are named the same, on a get page and a create page.
    func testReservedWords() throws {
        let files = try emitCase("reserved-words")
        let model = try contents(files, "Models/Widget.swift")
        XCTAssertTrue(model.contains("    public var `default`: String?\n"))
        XCTAssertTrue(model.contains("    public var type: WidgetType?\n"))
        XCTAssertTrue(model.contains("    public var self_: String?\n"))
        XCTAssertTrue(model.contains("    public var `protocol`: String?\n"))
        XCTAssertTrue(model.contains("        case id = \"Id\"\n        case id2 = \"ID\"\n"))
        XCTAssertTrue(model.contains("/// Default label. A description may hold */ or \"\"\" or \\(code) and still be text.\n"))
        let request = try contents(files, "Requests/CreateWidgetRequest.swift")
        XCTAssertTrue(request.contains("        `default`: String,\n        type: WidgetType? = .`default`,\n"))
        let enumFile = try contents(files, "Enums/WidgetType.swift")
        XCTAssertTrue(enumFile.contains("    case `default`\n    /// `2`: Self.\n    case self_\n"))
    }

    /// `See ePaymentProvider? enum …`: the nullable enum maps to the enum type, optional, and
    /// a documented default of `None` is `.noneValue`, which cannot be read as `nil`.
    func testNullableEnum() throws {
        let files = try emitCase("nullable-enum")
        XCTAssertTrue(try contents(files, "Models/Payment.swift").contains("    public var provider: PaymentProvider?\n"))
        let request = try contents(files, "Requests/CreatePaymentRequest.swift")
        XCTAssertTrue(request.contains("        provider: PaymentProvider? = nil,\n"))
        XCTAssertTrue(request.contains("        status: PaymentStatus? = .noneValue\n"))
    }

    /// `eBookingStatus` gains `3 Cancelled` on a later page (a warning, and the value is kept);
    /// `eWeekDays` (0, 1, 2, 4, 8) is a flag set.
    func testEnumValueAddedLater() throws {
        let files = try emitCase("enum-value-added")
        let status = try contents(files, "Enums/BookingStatus.swift")
        XCTAssertTrue(status.contains("        .tentative,\n        .confirmed,\n        .cancelled,\n    ]"))
        let days = try contents(files, "Enums/WeekDays.swift")
        XCTAssertTrue(days.contains("public struct WeekDays: OptionSet"))
        XCTAssertTrue(days.contains("    public static let wednesday = WeekDays(rawValue: 4)\n"))
        XCTAssertTrue(try contents(files, "Requests/UpdateBookingRequest.swift").contains("        repeatOn: WeekDays? = .noneValue\n"))
    }

    /// A search page whose partial-records warning names `Notes` and `Photo`, and a get page:
    /// the full `Desk` has them, `DeskListing` does not, and the search returns listings.
    func testListingOnlyFields() throws {
        let files = try emitCase("listing-only")
        let record = try contents(files, "Models/Desk.swift")
        let listing = try contents(files, "Models/DeskListing.swift")
        XCTAssertTrue(record.contains("    public var notes: String?\n"))
        XCTAssertTrue(record.contains("    public var photo: Photo?\n"))
        XCTAssertFalse(listing.contains("notes"))
        XCTAssertFalse(listing.contains("photo"))
        XCTAssertTrue(listing.contains("public struct DeskListing: Codable, Hashable, Sendable, Identifiable {"))
        let endpoints = try contents(files, "Endpoints/DeskAPI.swift")
        XCTAssertTrue(endpoints.contains("-> Endpoint<ListResult<DeskListing>>"))
        XCTAssertTrue(endpoints.contains("public static func get(id: Int) -> Endpoint<Desk>"))
    }

    func testMismatchReportShowsANumberedWindowAroundTheFirstDifference() {
        let golden = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let emitted = golden.replacingOccurrences(of: "line 6\n", with: "line six \n")
        let report = GoldenFiles.mismatchWindow(expected: golden, actual: emitted)
        XCTAssertTrue(report.hasPrefix("first difference at line 6 (golden has 11 lines, output has 11):\n"), report)
        XCTAssertTrue(report.contains(">    6 | line 6\n"), report)
        XCTAssertTrue(report.contains(">    6 | \"line six \"\n"), report)
        XCTAssertTrue(report.contains("     3 | line 3\n"), report)
        XCTAssertFalse(report.contains("| line 2\n"), report)
        let shorter = GoldenFiles.mismatchWindow(expected: golden, actual: String(golden.dropLast()))
        XCTAssertTrue(shorter.hasPrefix("first difference at line 11 (golden has 11 lines, output has 10):"), shorter)
    }

    // MARK: Helpers

    private func emitCase(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> [RenderedFile] {
        let files = try EmitterFixtures.emitCase(name, file: file, line: line)
        try GoldenFiles.assertMatches(files, goldenCase: name, file: file, line: line)
        return files
    }

    private func contents(_ files: [RenderedFile], _ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try XCTUnwrap(files.first { $0.root == .sdk && $0.path == path }, "no file \(path)", file: file, line: line).contents
    }
}
