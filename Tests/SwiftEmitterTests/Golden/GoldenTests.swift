import Foundation
import SwiftEmitter
import TestSupport
import XCTest

/// Each case's recorded schema (`Tests/APISchemaTests/Goldens/<case>.json`, merged from the
/// pages beside it by the schema layer's golden test) → emit with the repo's templates,
/// compared byte for byte with `Goldens/<case>/`. Each test also states the few facts its
/// case exists for, so re-recording a golden cannot quietly lose them.
final class GoldenTests: XCTestCase {
    static let cases = ["enum-value-added", "hostile-text", "listing-only", "nullable-enum", "reserved-words", "structured-descriptions"]

    func testEveryRecordedSchemaHasAGoldenTest() throws {
        XCTAssertEqual(try EmitterFixtures.caseNames(), Self.cases)
        let goldens = try FileManager.default.contentsOfDirectory(atPath: EmitterFixtures.goldensFolder.path).filter { !$0.hasPrefix(".") }
        XCTAssertEqual(goldens.sorted(), (Self.cases + [GoldenFiles.sharedFolderName]).sorted(), "a golden folder without a recorded schema")
    }

    /// Fields named `Default`, `Type`, `Self`, `Protocol`, `Id` and `ID`, and an enum whose
    /// values are named the same, on a get page and a create page.
    func testReservedWords() throws {
        let files = try emitCase("reserved-words")
        let model = try contents(files, "Models/Widget.swift")
        XCTAssertTrue(model.contains("    public let `default`: String?\n"))
        XCTAssertTrue(model.contains("    public let type: WidgetType?\n"))
        XCTAssertTrue(model.contains("    public let self_: String?\n"))
        XCTAssertTrue(model.contains("    public let `protocol`: String?\n"))
        XCTAssertTrue(model.contains("    public let id: Int\n"), "the `Id` is stored and never nil")
        XCTAssertTrue(model.contains("    public let id2: String?\n"))
        XCTAssertTrue(model.contains("        self.init(\n            default: _default,\n"), "the label has no backticks")
        XCTAssertTrue(model.contains("/// Default label. A description may hold */ or \"\"\" or \\(code) and still be text.\n"))
        let request = try contents(files, "Requests/CreateWidgetRequest.swift")
        XCTAssertTrue(request.contains("    public init(`default`: String) {\n        fields = JSONObject()\n        self.`default` = `default`\n    }\n"))
        XCTAssertTrue(request.contains("        public static let type: WidgetType = .`default`\n"))
        let enumFile = try contents(files, "Enums/WidgetType.swift")
        XCTAssertTrue(enumFile.contains("    case `default`\n    /// `2`: Self.\n    case self_\n"))
    }

    /// Pages in both formats whose every piece of text that reaches Swift is hostile: keyword,
    /// digit-led, spaced, non-ASCII and colliding names; descriptions, summaries and examples
    /// holding `*/`, `/*`, `"""`, `\(…)`, backslashes, `#if` and a line break followed by
    /// `public func injected() {}`. `GoldenOutputCompilesTests` compiles the result; here the
    /// injected text is found only in comments and string literals.
    func testHostileText() throws {
        let files = try emitCase("hostile-text")
        let model = try contents(files, "Models/TypeValue.swift")
        XCTAssertTrue(model.contains("public struct TypeValue: JSONRecordValue, Identifiable {"), "entity `Type`")
        for declaration in ["`default`: String?", "self_: ProtocolValue?", "type: AnyValue?",
                            "init_: String?", "any: Int?", "`protocol`: String?",
                            "gr__e: String?", "url: String?", "url2: String?", "id2: String?"] {
            XCTAssertTrue(model.contains("    public let \(declaration)\n"), declaration)
        }
        // `eTypeValue` would take the record's own Swift name.
        XCTAssertTrue(model.contains("    public let kind: TypeValueEnum?\n"))
        XCTAssertTrue(try contents(files, "Enums/TypeValueEnum.swift").contains("public enum TypeValueEnum: JSONIntegerCoded"))
        XCTAssertTrue(model.contains("        \"Größe\",\n"))
        // A description that closes a block comment and breaks a line before code stays `///` lines.
        XCTAssertTrue(model.contains("""
                /// Default label. */ ends the comment
                /// }
                /// public func injected() {}
                /// /* and \"\"\" and \\(injected()) and C:\\temp\\ and #if false
                ///
            """))

        let create = try contents(files, "Requests/CreateTypeValueRequest.swift")
        XCTAssertTrue(create.contains("/// Create a Type */ public func injected() {} /* with \"\"\" and \\(injected()) and C:\\temp\\ and #if false.\n"))
        // Documented defaults are constants, never sent; hostile text stays a literal.
        XCTAssertTrue(create.contains(#"        public static let _3DSecure: String = "say \"hi\" \\(injected()) C:\\temp\\ #x */""# + "\n"))
        XCTAssertTrue(create.contains(#"        public static let init_: String = "\\""# + "\n"))
        XCTAssertTrue(create.contains(#"        public static let `protocol`: String = "\"\"\"""# + "\n"))
        XCTAssertTrue(create.contains("        public static let self_: ProtocolValue = .`default`\n"))
        XCTAssertFalse(create.contains("static let ratio"), "`nan(injected)` is no number literal")
        XCTAssertTrue(create.contains("        public static let scale: Double = 0.5\n"), "`.5` is written as Swift reads it")
        XCTAssertTrue(create.contains("        displayName - Display Name\n"))
        // `errors` is the list `validate()` fills; the field of that name must not be read as it.
        XCTAssertTrue(create.contains("        Validation.requireText(self.errors2, \"Errors\", into: &errors)\n"))
        let update = try contents(files, "Requests/UpdateTypeValueRequest.swift")
        XCTAssertTrue(update.contains(#"        public static let `protocol`: String = "\\(injected()) \\""# + "\n"))
        XCTAssertTrue(update.contains("the documented default, ``Defaults/protocol``.\n"), "a symbol link names the member without backticks")
        XCTAssertTrue(update.contains("""
                    guard let record2 = record.record else { return nil }
                    self.record2 = record2
                    guard let `default` = record.`default` else { return nil }
            """), "`record` is the parameter of init?(updating:)")

        let search = try contents(files, "Queries/TypeValueSearch.swift")
        XCTAssertTrue(search.contains(#"/// The query of Search Types */ "\(injected())" #if false: every documented filter"#), "the page title")
        XCTAssertTrue(search.contains("        if let value = items2 { items.append(URLQueryItem(name: \"Type_Items\", value: value.queryText)) }\n"))
        XCTAssertTrue(search.contains("        if let value = page2 { items.append(URLQueryItem(name: \"Type_Page\", value: value.queryText)) }\n"))
        XCTAssertTrue(search.contains("        case allCases2 = \"AllCases\"\n"), "a `SortField.allCases` case would be ambiguous")
        XCTAssertTrue(search.contains("        if let value = displayName { items.append(URLQueryItem(name: \"Type_Display Name\", value: value.queryText)) }\n"))
        let endpoints = try contents(files, "Endpoints/TypeValueAPI.swift")
        XCTAssertTrue(endpoints.contains("    public static func delete(`default`: Int, default2: Int) -> Endpoint<ActionResult> {\n"))
        XCTAssertTrue(endpoints.contains(#"            path: "/api/spaces/types/\(EndpointEncoding.escapePathSegment(`default`.queryText))/größe~v1.0/\(EndpointEncoding.escapePathSegment(default2.queryText))","#))
        let enumFile = try contents(files, "Enums/ProtocolValue.swift")
        XCTAssertTrue(enumFile.contains(#"    /// `10`: */ x() /* "\(y)" \ #z."# + "\n    case xYZ\n"))
        XCTAssertTrue(enumFile.contains(#"        case .xYZ: "*/ x() /* \"\\(y)\" \\ #z""# + "\n"))
        let conformance = try XCTUnwrap(files.first { $0.root == .tests && $0.path == "TypeValueConformanceTests.swift" }).contents
        XCTAssertTrue(conformance.contains("        XCTAssertEqual(TypeValueAPI.delete(default: 87654321, default2: 2).method, \"DELETE\")\n"))
        XCTAssertTrue(conformance.contains("        query.scale = 0.5\n"))
        XCTAssertTrue(conformance.contains(#"        query.`default` = "\"\"\"\\(injected()) */ #x""# + "\n"))

        // The proof that matters: outside comments and string literals, no line of any file
        // (split at every line break Swift knows) mentions `injected`, though many lines do.
        let all = files.map { (path: EmitterFixtures.goldenPath(of: $0), contents: $0.contents) }
        XCTAssertEqual(SwiftCodeScan.codeLines(containing: "injected", in: all), [])
        let mentions = all.flatMap { SwiftCodeScan.lines($0.contents) }.filter { $0.text.contains("injected") }
        XCTAssertGreaterThan(mentions.filter { $0.text.trimmingCharacters(in: .whitespaces).hasPrefix("///") }.count, 10, "in doc comments")
        XCTAssertGreaterThan(mentions.filter { !$0.text.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.count, 10, "in string literals")
    }

    /// `See ePaymentProvider? enum …`: the nullable enum maps to the enum type, optional, and
    /// a documented default of `None` is `.noneValue`, which cannot be read as `nil`.
    func testNullableEnum() throws {
        let files = try emitCase("nullable-enum")
        XCTAssertTrue(try contents(files, "Models/Payment.swift").contains("    public let provider: PaymentProvider?\n"))
        let request = try contents(files, "Requests/CreatePaymentRequest.swift")
        XCTAssertTrue(request.contains("    public var provider: PaymentProvider? {\n"))
        XCTAssertFalse(request.contains("static let provider"), "no documented default")
        XCTAssertTrue(request.contains("        public static let status: PaymentStatus = .noneValue\n"))
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
        XCTAssertTrue(try contents(files, "Requests/UpdateBookingRequest.swift").contains("        public static let repeatOn: WeekDays = .noneValue\n"))
    }

    /// A search page whose partial-records warning names `Notes` and `Photo`, and a get page:
    /// the full `Desk` has them, `DeskListing` does not, and the search returns listings.
    func testListingOnlyFields() throws {
        let files = try emitCase("listing-only")
        let record = try contents(files, "Models/Desk.swift")
        let listing = try contents(files, "Models/DeskListing.swift")
        XCTAssertTrue(record.contains("    public let notes: String?\n"))
        XCTAssertTrue(record.contains("    public let photo: Photo?\n"))
        XCTAssertFalse(listing.contains("notes"))
        XCTAssertFalse(listing.contains("photo"))
        XCTAssertTrue(listing.contains("public struct DeskListing: JSONRecordValue, Identifiable {"))
        let endpoints = try contents(files, "Endpoints/DeskAPI.swift")
        XCTAssertTrue(endpoints.contains("-> Endpoint<ListResult<DeskListing>>"))
        XCTAssertTrue(endpoints.contains("public static func get(id: Int) -> Endpoint<Desk>"))
    }

    func testMismatchReportShowsANumberedWindowAroundTheFirstDifference() throws {
        let golden = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let emitted = golden.replacingOccurrences(of: "line 6\n", with: "line six \n")
        let report = try XCTUnwrap(Golden.mismatch(expected: Data(golden.utf8), actual: Data(emitted.utf8)))
        XCTAssertTrue(report.hasPrefix("first difference at line 6 (- golden, + actual):\n"), report)
        XCTAssertTrue(report.contains("    6 - \"line 6\"\n"), report)
        XCTAssertTrue(report.contains("    6 + \"line six \"\n"), report)
        XCTAssertTrue(report.contains("    3   line 3\n"), report)
        XCTAssertFalse(report.contains("   line 2\n"), report)
        let shorter = try XCTUnwrap(Golden.mismatch(expected: Data(golden.utf8), actual: Data(golden.dropLast().utf8)))
        XCTAssertTrue(shorter.hasPrefix("first difference at line 11 (- golden, + actual):"), shorter)
        XCTAssertNil(Golden.mismatch(expected: Data(golden.utf8), actual: Data(golden.utf8)))
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
