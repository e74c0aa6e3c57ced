import Foundation
import XCTest

/// `lint` over fixture snapshots with one contradiction each (`Fixtures/Diff/lint/<case>/`):
/// every finding names both places, the second as a note; `--strict` exits 1, plain 0.
final class DiffLintTests: XCTestCase {
    private func lint(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> CLIResult {
        try CLI.run(["lint"] + arguments, in: DiffGoldens.fixtures, file: file, line: line)
    }

    /// Runs the case with and without `--strict` and checks its one finding: where it is,
    /// what it says, and the note that names the other place.
    private func assertFinding(_ name: String, at place: String, _ fragment: String, note: String, noteSays: String,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        for (arguments, status) in [(["lint/\(name)", "--strict"], Int32(1)), (["lint/\(name)"], Int32(0))] {
            let result = try lint(arguments, file: file, line: line)
            XCTAssertEqual(result.status, status, "\(arguments): \(result.stderr)", file: file, line: line)
            XCTAssertEqual(result.stdout, "1 contradiction(s) found.\n", "\(arguments)", file: file, line: line)
            let lines = result.stderr.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.count, 2, "one finding and its note:\n\(result.stderr)", file: file, line: line)
            guard lines.count == 2 else { continue }
            XCTAssertTrue(lines[0].hasPrefix("lint/\(name)/\(place): "), lines[0], file: file, line: line)
            XCTAssertTrue(lines[0].contains(fragment), "'\(fragment)' not in: \(lines[0])", file: file, line: line)
            XCTAssertEqual(lines[1], "lint/\(name)/\(note): note: \(noteSays)", file: file, line: line)
        }
    }

    func testTheSameEnumWithDifferentValuesOnTwoPages() throws {
        try assertFinding("enum-values", at: "002_0222b7055e792214.txt:81:1", "error: enum 'eIdVerificationStatus' value 5 is named 'Cancelled' here but 'Canceled' elsewhere",
                          note: "000_49fd64d59c0cccb4.txt:30:1", noteSays: "'Canceled' = 5 is documented here")
    }

    func testDirEncodedTwoWaysOnTwoSearchPages() throws {
        try assertFinding("dir-encoding", at: "010_deskbookings.txt:108:1",
                          "warning: 'dir' means ascending = 1, descending = -1 here but ascending = 0, descending = 1 on CoworkerIdentityCheck.search",
                          note: "002_0222b7055e792214.txt:108:1", noteSays: "documented with 0/1 here")
    }

    func testAFieldTypedDifferentlyOnTwoPages() throws {
        try assertFinding("field-type", at: "001_edbeff8a5b28dd5a.txt:79:1", "warning: 'Notes' is typed 'integer' here but 'string' on another page",
                          note: "000_49fd64d59c0cccb4.txt:83:1", noteSays: "typed 'string' here")
    }

    /// The learn site's rendering is read like the other two: its field meets the export's.
    func testAFieldTypedDifferentlyOnALearnSitePageAndAnExport() throws {
        try assertFinding("learn-field-type", at: "001_edbeff8a5b28dd5a.txt:61:1", "warning: 'Notes' is typed 'integer' here but 'string' on another page",
                          note: "000_49fd64d59c0cccb4.txt:83:1", noteSays: "typed 'string' here")
    }

    func testAFieldOptionalWithADefaultOnOnePageAndRequiredOnAnother() throws {
        try assertFinding("default-or-required", at: "001_edbeff8a5b28dd5a.txt:64:1",
                          "warning: 'ClearPhotoFile' is required here but optional with default false on another page",
                          note: "000_49fd64d59c0cccb4.txt:63:1", noteSays: "optional with a default here")
    }

    /// Two pages refer to an enum no page defines: one finding, the other reference as its note.
    func testAReferenceToAnEnumNoPageDefines() throws {
        try assertFinding("undefined-enum", at: "000_49fd64d59c0cccb4.txt:83:1", "warning: 'Kind' refers to enum 'eDocumentKind', which no page defines",
                          note: "002_0222b7055e792214.txt:186:1", noteSays: "'eDocumentKind' is referred to here too")
    }

    func testACleanSnapshotHasNoContradictions() throws {
        for arguments in [["lint/clean", "--strict"], ["lint/clean"], ["--spec", "lint/clean", "--strict"]] {
            let result = try lint(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stdout, "No contradictions found.\n")
            XCTAssertEqual(result.stderr, "", "warnings that are no contradictions are not lint findings")
        }
    }

    /// A page that cannot be read is bad input, not a contradiction.
    func testUnreadableDocsExitTwo() throws {
        for arguments in [["bad-input/broken", "--strict"], ["no-such-folder"]] {
            let result = try lint(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stdout, "")
        }
    }
}
