import Foundation
import XCTest

/// `lint` reports the same fact documented two ways on two pages, naming both places.
final class LintTests: XCTestCase {
    func testACleanSnapshotHasNoContradictions() throws {
        let workspace = try Workspace()
        let result = try workspace.run(["lint", "spec/docs", "--strict"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "No contradictions found.\n")
    }

    func testEveryKindOfContradictionNamesBothPlaces() throws {
        let workspace = try Workspace()
        let create = "spec/docs/000_49fd64d59c0cccb4.txt"
        let update = "spec/docs/001_edbeff8a5b28dd5a.txt"
        // The same enum with different values on two pages.
        try workspace.replace("  | 5     | Cancelled  |\n", with: "  | 5     | Canceled   |\n", in: create)
        // A field typed differently on two pages.
        try workspace.replace("Notes\nstring\nFree-text", with: "Notes\ninteger\nFree-text", in: update)
        // Optional with a default on one page, required on another.
        try workspace.replace("<ParamField body=\"ClearPhotoFile\" type=\"boolean\">", with: "<ParamField body=\"ClearPhotoFile\" type=\"boolean\" default=\"false\">", in: create)
        try workspace.replace("ClearPhotoFile\nboolean\nClear Photo File.", with: "ClearPhotoFile\nboolean\nrequired\nClear Photo File.", in: update)
        // A reference to an enum no page defines.
        try workspace.replace("<ParamField body=\"Notes\" type=\"string\">", with: "<ParamField body=\"Kind\" type=\"eDocumentKind\">\n  The kind of document.\n</ParamField>\n\n<ParamField body=\"Notes\" type=\"string\">", in: create)
        // `dir` encoded two ways: a second search page that says 1 / -1.
        let search = try workspace.read("spec/docs/002_0222b7055e792214.txt")
            .replacingOccurrences(of: "CoworkerIdentityCheck", with: "DeskBooking")
            .replacingOccurrences(of: "coworkeridentitychecks", with: "deskbookings")
            .replacingOccurrences(of: "Sort direction. `0` for ascending, `1` for descending.", with: "Sort direction. `1` for ascending, `-1` for descending.")
        try workspace.write("spec/docs/010_deskbookings.txt", search)

        let strict = try workspace.run(["lint", "spec/docs", "--strict"])
        XCTAssertEqual(strict.status, 1, strict.stderr)
        let lines = strict.stderr.split(separator: "\n").map(String.init)
        func finding(_ fragment: String, at place: String, note: String, file: StaticString = #filePath, line: UInt = #line) {
            guard let index = lines.firstIndex(where: { $0.contains(fragment) }) else {
                return XCTFail("no finding '\(fragment)' in:\n\(strict.stderr)", file: file, line: line)
            }
            XCTAssertTrue(lines[index].hasPrefix(place), lines[index], file: file, line: line)
            XCTAssertTrue(lines.dropFirst(index + 1).first?.contains("note:") == true && lines[index + 1].hasPrefix(note),
                          "expected a note at \(note) after: \(lines[index])", file: file, line: line)
        }
        finding("value 5 is named 'Cancelled' here but 'Canceled' elsewhere", at: "spec/docs/002_0222b7055e792214.txt:", note: "spec/docs/000_49fd64d59c0cccb4.txt:")
        finding("'Notes' is typed 'integer' here but 'string'", at: "spec/docs/001_edbeff8a5b28dd5a.txt:", note: "spec/docs/000_49fd64d59c0cccb4.txt:")
        finding("'ClearPhotoFile' is required here but optional with default false", at: "spec/docs/001_edbeff8a5b28dd5a.txt:", note: "spec/docs/000_49fd64d59c0cccb4.txt:")
        finding("'dir' means ascending = 1, descending = -1 here", at: "spec/docs/010_deskbookings.txt:", note: "spec/docs/002_0222b7055e792214.txt:")
        XCTAssertTrue(strict.stderr.contains("refers to enum 'eDocumentKind', which no page defines"), strict.stderr)

        let lenient = try workspace.run(["lint", "spec/docs"])
        XCTAssertEqual(lenient.status, 0)
        XCTAssertTrue(lenient.stdout.hasSuffix("contradiction(s) found.\n"), lenient.stdout)
    }
}
