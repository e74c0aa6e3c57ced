@testable import DocsParser
import Foundation
import XCTest

/// A page saved with Windows line ends reads exactly like the same page with `\n`: in Swift
/// `"\r\n"` is one Character, so splitting on `"\n"` alone would leave such a page one line.
final class LineEndingTests: XCTestCase {
    func testEverySeedPageReadsTheSameWithCRLF() {
        for seed in Seed.allCases {
            let crlf = seed.text.replacingOccurrences(of: "\n", with: "\r\n")
            XCTAssertEqual(PageReader.parse(file: seed.file, text: crlf), seed.parse(), seed.rawValue)
        }
    }

    func testMixedLineEndsKeepTheirLineNumbers() {
        let text = "first\r\nsecond\nthird\r\n\r\nfifth"
        let lines = PageText(file: "mixed.txt", text: text).lines
        XCTAssertEqual(lines.map(\.number), [1, 2, 3, 4, 5])
        XCTAssertEqual(lines.map { String($0.text) }, ["first", "second", "third", "", "fifth"])
    }
}
