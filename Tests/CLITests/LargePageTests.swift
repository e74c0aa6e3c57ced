import Foundation
import XCTest

/// The bad pages too big to commit (issue #6), built from a seed page at test time: a
/// 30 MB page, one over the 64 MB limit, a 5 MB line, a 10 MB file with no line break and
/// fields nested 10,000 levels deep. Each must finish (a hang is killed and fails), give
/// its exact diagnostic at the right place, and stay far below 1 GB of memory.
final class LargePageTests: XCTestCase {
    struct LargeCase {
        var name: String
        var workspace: Workspace
        var status: Int32
        var stderr: [String]
    }

    static let megabyte = 1024 * 1024

    /// A 30 MB description paragraph between the title and the fields, and below it a
    /// field with no `type=`: the error's line number proves the whole page was read.
    func hugePage() throws -> LargeCase {
        var lines = try SeedPage.text(SeedPage.markdownCreate).components(separatedBy: "\n")
        let notes = try XCTUnwrap(lines.firstIndex(of: "<ParamField body=\"Notes\" type=\"string\">"))
        lines[notes] = "<ParamField body=\"Notes\">"
        let prose = "A CoworkerIdentityCheckDocument represents a document submitted for a check, described at length."
        let count = 30 * Self.megabyte / (prose.utf8.count + 1)
        let page = lines[..<9].joined(separator: "\n") + "\n" + String(repeating: prose + "\n", count: count)
            + lines[9...].joined(separator: "\n")
        let workspace = try Workspace.withPreviousOutputs()
        try workspace.write("spec/docs/\(SeedPage.markdownCreate)", page)
        return LargeCase(name: "30 MB page", workspace: workspace, status: 2, stderr: [
            "spec/docs/\(SeedPage.markdownCreate):\(notes + 1 + count):1: error: <ParamField> 'Notes' has no type=; it was not read",
            nothingWritten])
    }

    /// One byte over the limit: refused before it is parsed. The file is sparse, so it
    /// costs no disk space.
    func tooLargePage() throws -> LargeCase {
        let workspace = try Workspace.withPreviousOutputs()
        let path = "spec/docs/\(SeedPage.markdownCreate)"
        try workspace.write(path, try SeedPage.text(SeedPage.markdownCreate))
        let handle = try FileHandle(forWritingTo: workspace.url(path))
        try handle.truncate(atOffset: UInt64(64 * Self.megabyte + 1))
        try handle.close()
        return LargeCase(name: "64 MB + 1 byte page", workspace: workspace, status: 2, stderr: [
            "\(path):1:1: error: page is 67108865 bytes, more than the 67108864 a page may have", nothingWritten])
    }

    /// A 5 MB description on one line, on a field of an unknown type: read, generated,
    /// and the warning still points at the field.
    func longDescriptionLine() throws -> LargeCase {
        let seed = try SeedPage.text(SeedPage.markdownCreate)
        let field = "<ParamField body=\"Notes\" type=\"string\">\n  Free-text notes or reviewer comments about this document.\n"
        XCTAssertEqual(seed.components(separatedBy: field).count, 2)
        let long = "<ParamField body=\"Notes\" type=\"gizmo\">\n  " + String(repeating: "Free-text notes. ", count: 5 * Self.megabyte / 17) + "\n"
        let workspace = try Workspace.withPreviousOutputs()
        try workspace.write("spec/docs/\(SeedPage.markdownCreate)", seed.replacingOccurrences(of: field, with: long))
        return LargeCase(name: "5 MB line", workspace: workspace, status: 0, stderr: [
            "spec/docs/\(SeedPage.markdownCreate):83:1: warning: unknown type 'gizmo' for 'Notes'; it is kept as written and generated as a JSON value"])
    }

    /// A rendered page whose line breaks were lost, repeated to 10 MB with no newline at all.
    func tenMegabyteLine() throws -> LargeCase {
        let flat = try SeedPage.text(SeedPage.renderedUpdate).replacingOccurrences(of: "\n", with: " ") + " "
        let page = String(repeating: flat, count: 10 * Self.megabyte / flat.utf8.count + 1)
        XCTAssertFalse(page.contains("\n"))
        let workspace = try Workspace.withPreviousOutputs()
        try workspace.write("spec/docs/\(SeedPage.renderedUpdate)", page)
        return LargeCase(name: "10 MB line", workspace: workspace, status: 2, stderr: [
            "spec/docs/\(SeedPage.renderedUpdate):1:1: error: not a Nexudus endpoint page: expected a Markdown export ('# Title' with <ParamField>/<ResponseField> blocks), rendered page text ('Skip to main content' followed by the HTTP method) or a learn site page (group, title, summary, then the HTTP method)",
            nothingWritten])
    }

    /// The search page's `Records` field with 10,000 levels of `<Expandable>` children, not
    /// indented (indenting them would pass the size limit). Reading stops, with one error,
    /// at the field 32 levels down, and never recurses deeper than that.
    func deeplyNestedFields() throws -> LargeCase {
        let levels = 10_000
        var lines = try SeedPage.text(SeedPage.markdownSearch).components(separatedBy: "\n")
        let records = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("<ResponseField name=\"Records\"") })
        XCTAssertEqual(lines[records + 2], "</ResponseField>")
        var nested = ["<ResponseField name=\"Records\" type=\"object[]\">", "<Expandable title=\"properties\">"]
        for level in 1..<levels {
            nested += ["<ResponseField name=\"Level\(level)\" type=\"object\">", "<Expandable title=\"properties\">"]
        }
        nested += ["<ResponseField name=\"Id\" type=\"integer\">", "</ResponseField>"]
        nested += Array(repeating: ["</Expandable>", "</ResponseField>"], count: levels).flatMap { $0 }
        lines.replaceSubrange(records...(records + 2), with: nested)
        let workspace = try Workspace.withPreviousOutputs()
        try workspace.write("spec/docs/\(SeedPage.markdownSearch)", lines.joined(separator: "\n"))
        // Records is level 0 on line records + 1; level 32 opens 64 lines below it.
        return LargeCase(name: "10,000 nested levels", workspace: workspace, status: 2, stderr: [
            "spec/docs/\(SeedPage.markdownSearch):\(records + 1 + 64):1: error: fields nested more than 32 levels deep are not read",
            nothingWritten])
    }

    func testLargePagesFinishWithTheirDiagnosticInBoundedMemory() throws {
        // The two slowest first, so that each of the two workers starts with one.
        let cases = [try hugePage(), try deeplyNestedFields(), try longDescriptionLine(), try tenMegabyteLine(), try tooLargePage()]
        let before = try cases.map { try $0.workspace.snapshot() }
        let earlierPeak = BoundedCLI.peakChildMemory()
        let timeout = 120.0
        let results = BoundedCLI.generateTwoAtATime(in: cases.map(\.workspace.root), timeout: timeout)
        for (index, testCase) in cases.enumerated() {
            let run = try results[index].get()
            print("\(testCase.name): exit \(run.status) in \(String(format: "%.2f", run.seconds)) s")
            XCTAssertFalse(run.timedOut, "\(testCase.name): did not finish in \(timeout) s; killed")
            assertRun(run.result, status: testCase.status, stderr: testCase.stderr, testCase.name)
            if testCase.status != 0 {
                assertUnchanged(before[index], try testCase.workspace.snapshot(), "\(testCase.name): a failed generate")
            }
        }
        // The peak covers every child this test process ever waited for; when it did not grow,
        // all of these runs stayed below a peak that some earlier child (a compiler) set.
        let peak = BoundedCLI.peakChildMemory()
        print("largest child's peak memory: \(peak / Self.megabyte) MB")
        if peak > earlierPeak {
            XCTAssertLessThan(peak, 1024 * Self.megabyte, "a page of tens of megabytes must not take a gigabyte to read")
        }
    }
}
