@testable import DocsParser
import XCTest

/// The byte search every marker scan of a page goes through: the same offsets as a plain
/// scan, at the edges too.
final class ByteSearchTests: XCTestCase {
    private func offset(_ pattern: String, in text: String, from start: Int = 0) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            Array(pattern.utf8).withUnsafeBufferPointer { bytes.firstOffset(of: $0, from: start) }
        }
    }

    /// Every offset of every pattern, found by the simplest scan there is.
    private func plainOffset(_ pattern: String, in text: String, from start: Int) -> Int? {
        let bytes = Array(text.utf8), needle = Array(pattern.utf8)
        guard !needle.isEmpty else { return start <= bytes.count ? start : nil }
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        return (start...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }
    }

    func testEdges() {
        XCTAssertEqual(offset("See e", in: "See eGender"), 0)
        XCTAssertEqual(offset("der", in: "See eGender"), 8, "at the very end")
        XCTAssertNil(offset("ders", in: "See eGender"), "longer than what is left")
        XCTAssertNil(offset("x", in: ""))
        XCTAssertEqual(offset("", in: "abc", from: 3), 3)
        XCTAssertNil(offset("a", in: "abc", from: 4))
        XCTAssertEqual(offset("aab", in: "aaab"), 1, "a false start just before the match")
        XCTAssertEqual(offset("a", in: "bab", from: 1), 1)
        XCTAssertNil(offset("a", in: "bab", from: 2))
    }

    func testAgreesWithAPlainScan() {
        let text = "Defaults to eGender.NotSet. See eGender enum values: 0 = None, 1 = Male — é Defaults to"
        for pattern in ["Defaults to ", "e", "eG", "values:", "é", "to", "None, 1", "zz", "Defaults to e"] {
            for start in 0...(text.utf8.count + 1) {
                XCTAssertEqual(offset(pattern, in: text, from: start), plainOffset(pattern, in: text, from: start), "\(pattern) from \(start)")
            }
        }
    }
}
