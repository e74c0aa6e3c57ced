@testable import DocsParser
import Foundation
import XCTest

/// The byte-decided searches give Foundation's answers, with non-ASCII text before, inside
/// and after a match, and marks that join the characters around it.
final class FoundationSearchTests: XCTestCase {
    private let texts = [
        "Defaults to eGender.NotSet — see the enum.",
        "See eX enum values: 0 = None, 1 = Manual. Héllo — after",
        "Héllo. Defaults to eX.Y",
        "Defaults to \u{301}eX.Y",
        "Defaults to eX.Y\u{301} and more",
        "Defaults to eX.Y. Then Défaults to eZ.W. Then defaults to eQ.R",
        "a. b. c\u{301}. d.",
        "no match here — at all",
        "K is a Kelvin \u{212A} sign; defaults to",
        "role \r\nrole role",
        "x role\u{301} y role",
        "",
    ]
    private let needles = ["Defaults to ", "defaults to ", "See ", "values:", ". ", " role", " and ", "\u{2014}"]

    func testRangeAgreesWithFoundation() {
        for text in texts {
            for needle in needles {
                let ours = text.rangeNonLiterally(of: needle)
                let foundation = text.range(of: needle)
                XCTAssertEqual(ours, foundation, "\(needle.debugDescription) in \(text.debugDescription)")
                XCTAssertEqual(text.containsNonLiterally(needle), foundation != nil, "\(needle.debugDescription) in \(text.debugDescription)")
            }
        }
    }

    func testReplacingAndCountingAgreeWithFoundation() {
        for text in texts {
            for needle in needles {
                XCTAssertEqual(text.replacingNonLiterally(needle, with: ","), text.replacingOccurrences(of: needle, with: ","),
                               "\(needle.debugDescription) in \(text.debugDescription)")
                XCTAssertEqual(text.componentCount(separatedBy: needle), text.components(separatedBy: needle).count,
                               "\(needle.debugDescription) in \(text.debugDescription)")
            }
        }
    }

    func testParagraphsAgreeWithFoundation() {
        for text in ["a\n\nb", "a\n\n\nb", "\n\na\n\n", "a\r\n\r\nb", "é\n\n\u{301}b", "", "one"] {
            XCTAssertEqual(MarkdownPageParser.paragraphs(of: text), text.components(separatedBy: "\n\n"), text.debugDescription)
        }
    }

    func testTrimmingAgreesWithCharacterSet() {
        for text in ["  a  ", "\t\u{A0}a\u{2003}", " \u{301}a ", "a\u{301} ", "   ", "", "\r\na\r\n", "é"] {
            XCTAssertEqual(String(text.trimmed()), text.trimmingCharacters(in: .whitespacesAndNewlines), text.debugDescription)
        }
    }
}

/// The eight-bytes-at-a-time ASCII test gives the plain scan's answer at every position.
final class PlainASCIITests: XCTestCase {
    func testAgreesWithAPlainScan() {
        for length in 0..<40 {
            for position in -1..<length {
                for odd: UInt8 in [0x0D, 0x80, 0xFF, 0x0A] {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    if position >= 0 { bytes[position] = odd }
                    let expected = !bytes.contains { $0 >= 0x80 || $0 == 0x0D }
                    XCTAssertEqual(bytes.withUnsafeBufferPointer(\.isPlainASCII), expected, "\(length) \(position) \(odd)")
                }
            }
        }
    }
}
