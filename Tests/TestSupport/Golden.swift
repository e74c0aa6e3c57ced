import Foundation
import XCTest

/// Byte-exact comparison with a golden file, the one way every layer's goldens work.
///
/// `UPDATE_GOLDENS=1 swift test` rewrites the goldens and still fails the run with
/// "recorded new baseline", so a record run can never pass CI. Review a golden diff like
/// code; never edit a golden by hand.
public enum Golden {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" }

    /// Compares `actual` with the file at `golden`, or records it there; `name` is how a
    /// failure names the golden, `hint` the command that records it.
    public static func assertMatches(_ actual: Data, golden: URL, name: String, hint: String,
                                     file: StaticString = #filePath, line: UInt = #line) throws {
        if isRecording {
            try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: golden)
            XCTFail("recorded new baseline \(name); review its diff, then run again without UPDATE_GOLDENS", file: file, line: line)
            return
        }
        guard let expected = FileManager.default.contents(atPath: golden.path) else {
            XCTFail("no golden \(name) \(hint)", file: file, line: line)
            return
        }
        if let mismatch = mismatch(expected: expected, actual: actual) {
            XCTFail("\(name) differs\n\(mismatch)\n\(hint)", file: file, line: line)
        }
    }

    /// Nil when equal byte for byte; else a numbered window around the first line that differs.
    public static func mismatch(expected: Data, actual: Data, context: Int = 3) -> String? {
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var first = 0
        while first < expectedLines.count, first < actualLines.count, expectedLines[first] == actualLines[first] { first += 1 }
        var window: [String] = []
        for index in max(0, first - context)..<min(max(expectedLines.count, actualLines.count), first + context + 1) {
            let old = index < expectedLines.count ? String(decoding: expectedLines[index], as: UTF8.self) : "<end of file>"
            let new = index < actualLines.count ? String(decoding: actualLines[index], as: UTF8.self) : "<end of file>"
            if index < expectedLines.count, index < actualLines.count, expectedLines[index] == actualLines[index] {
                window.append(String(format: "%5d   ", index + 1) + old)
            } else {
                window.append(String(format: "%5d - ", index + 1) + String(reflecting: old))
                window.append(String(format: "%5d + ", index + 1) + String(reflecting: new))
            }
        }
        return "first difference at line \(first + 1) (- golden, + actual):\n" + window.joined(separator: "\n")
    }
}
