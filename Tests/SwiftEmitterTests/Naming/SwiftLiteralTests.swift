import Foundation
import XCTest
@testable import SwiftEmitter

/// Text from the docs placed in Swift source: string literals mean exactly the text, and doc
/// comment lines can never let a line of the docs become a line of code.
final class SwiftLiteralTests: XCTestCase {
    /// Text a page could hold, every kind of trouble included.
    static let awkward = [
        "plain", "", #"say "hi""#, #"C:\temp\new"#, #"\(injected)"#, "\"\"\"", "#\"raw\"#", "line 1\nline 2", "cr\rlf\r\n",
        "tab\tbell\u{7}nul\u{0}esc\u{1B}[0m del\u{7F}", "sep\u{2028}para\u{2029}nel\u{85}", "café ☕️ 👩‍💻", "*/ /* //",
    ]

    // MARK: String literals

    func testPlainTextIsQuoted() {
        XCTAssertEqual(SwiftLiteral.string("Name"), #""Name""#)
        XCTAssertEqual(SwiftLiteral.string(""), #""""#)
        XCTAssertEqual(SwiftLiteral.string("café ☕️"), "\"café ☕️\"")
    }

    func testQuotesAndBackslashesAreEscaped() {
        XCTAssertEqual(SwiftLiteral.string(#"say "hi""#), #""say \"hi\"""#)
        XCTAssertEqual(SwiftLiteral.string(#"C:\temp"#), #""C:\\temp""#)
        XCTAssertEqual(SwiftLiteral.string("\"\"\""), #""\"\"\"""#)
    }

    func testInterpolationCannotBeInjected() {
        XCTAssertEqual(SwiftLiteral.string(#"\(secret)"#), #""\\(secret)""#)
    }

    func testNewlinesAndControlCharactersAreEscaped() {
        XCTAssertEqual(SwiftLiteral.string("a\nb"), #""a\nb""#)
        XCTAssertEqual(SwiftLiteral.string("a\r\nb"), #""a\r\nb""#)
        XCTAssertEqual(SwiftLiteral.string("a\tb"), #""a\tb""#)
        XCTAssertEqual(SwiftLiteral.string("\u{0}\u{7}\u{1B}\u{7F}"), #""\u{0}\u{7}\u{1b}\u{7f}""#)
        XCTAssertEqual(SwiftLiteral.string("\u{2028}\u{2029}"), #""\u{2028}\u{2029}""#)
        XCTAssertEqual(SwiftLiteral.string("\u{85}\u{9F}\u{A0}"), "\"\\u{85}\\u{9f}\u{A0}\"", "C1 controls escaped, a no-break space kept")
    }

    func testALiteralNeverSpansLines() {
        for text in Self.awkward {
            XCTAssertFalse(SwiftLiteral.string(text).contains { $0.isNewline }, text.debugDescription)
        }
    }

    /// `Double(_:)` reads more than Swift's literals: `nan(x)` would be pasted in as a call.
    func testDoubleLiteralsAreSwiftLiterals() {
        XCTAssertEqual(SwiftLiteral.double("1.5"), "1.5")
        XCTAssertEqual(SwiftLiteral.double("-25"), "-25")
        XCTAssertEqual(SwiftLiteral.double("1e-3"), "1e-3")
        XCTAssertEqual(SwiftLiteral.double(".5"), "0.5")
        XCTAssertEqual(SwiftLiteral.double("5."), "5.0")
        XCTAssertEqual(SwiftLiteral.double("+5"), "5.0")
        XCTAssertEqual(SwiftLiteral.double("0x1p3"), "8.0")
        for text in ["nan(injected)", "NaN", "inf", "-infinity", "1e400", "1,5", "", "-", "1e", "٣"] {
            XCTAssertNil(SwiftLiteral.double(text), text)
        }
    }

    // MARK: Doc comment lines

    func testNoTextNoLines() {
        XCTAssertEqual(SwiftLiteral.docLines(nil), [])
        XCTAssertEqual(SwiftLiteral.docLines(""), [])
    }

    func testEachLineIsIndentedOnceForTheSlashes() {
        XCTAssertEqual(SwiftLiteral.docLines("One line."), [" One line."])
        XCTAssertEqual(SwiftLiteral.docLines("First.\n\nSecond."), [" First.", "", " Second."])
    }

    func testEveryKindOfLineBreakSplitsLines() {
        XCTAssertEqual(SwiftLiteral.docLines("a\nb"), [" a", " b"])
        XCTAssertEqual(SwiftLiteral.docLines("a\r\nb"), [" a", " b"])
        XCTAssertEqual(SwiftLiteral.docLines("a\rb"), [" a", " b"])
        XCTAssertEqual(SwiftLiteral.docLines("a\r\n\r\nb"), [" a", "", " b"])
        // Not line ends for Swift, but editors show them as breaks: keep the code honest to read.
        XCTAssertEqual(SwiftLiteral.docLines("a\u{2028}b\u{2029}c\u{85}d"), [" a", " b", " c", " d"])
    }

    func testTrailingBlankLinesAndBlanksAreDropped() {
        XCTAssertEqual(SwiftLiteral.docLines("a  \n\n  \n"), [" a"])
    }

    func testTabsBecomeSpacesAndControlCharactersGo() {
        XCTAssertEqual(SwiftLiteral.docLines("a\tb"), [" a b"])
        XCTAssertEqual(SwiftLiteral.docLines("bell\u{7} esc\u{1B}[0m nul\u{0} del\u{7F} c1\u{9B}"), [" bell esc[0m nul del c1"])
        XCTAssertEqual(SwiftLiteral.docLines("© 20\u{A0}°C — “quoted”"), [" © 20\u{A0}°C — “quoted”"])
    }

    func testCommentMarkersStayText() {
        XCTAssertEqual(SwiftLiteral.docLines("ends */ here /* and // there"), [" ends */ here /* and // there"])
    }

    /// Text in the middle of one comment line (an enum value's name, a file name): every
    /// line break becomes a space, so `\r` cannot end the comment early.
    func testDocTextIsOneLine() {
        XCTAssertEqual(SwiftLiteral.docText("Open"), "Open")
        XCTAssertEqual(SwiftLiteral.docText("3D Secure */ \"\\(x)\""), "3D Secure */ \"\\(x)\"")
        XCTAssertEqual(SwiftLiteral.docText("a\rpublic func injected() {}"), "a public func injected() {}")
        XCTAssertEqual(SwiftLiteral.docText("a\r\n\nb\u{2028}c\td\u{7}"), "a b c d")
        for text in Self.awkward {
            XCTAssertFalse(SwiftLiteral.docText(text).contains { $0.isNewline }, text.debugDescription)
        }
    }

    /// Swift ends a `//` comment only at `\n` or `\r`; no line holds those or any other line break.
    func testNoDocLineHoldsALineBreak() {
        for text in Self.awkward {
            for line in SwiftLiteral.docLines(text) {
                XCTAssertFalse(line.contains { $0.isNewline }, "\(text.debugDescription) → \(line.debugDescription)")
            }
        }
    }

    // MARK: Proof by compiler

    /// Compiles and runs a program built from the literals and doc lines: each literal must
    /// read back as exactly the original text, and no doc line may turn into code.
    func testTheCompilerReadsBackExactlyTheText() throws {
        var source = "// Built by SwiftLiteralTests.\n"
        for (index, text) in Self.awkward.enumerated() {
            source += SwiftLiteral.docLines("Doc for \(index): \(text)\n#error(\"a doc line escaped its comment\")").map { "///\($0)\n" }.joined()
            source += "let value\(index) = \(SwiftLiteral.string(text))\n"
        }
        let values = Self.awkward.indices.map { "value\($0)" }.joined(separator: ", ")
        source += "for value in [\(values)] { print(value.unicodeScalars.map { String($0.value) }.joined(separator: \",\")) }\n"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("swift-literal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let main = folder.appendingPathComponent("main.swift")
        try Data(source.utf8).write(to: main)
        let binary = folder.appendingPathComponent("literals").path
        let (status, output) = try Swiftc.run(["-swift-version", "6", "-Onone", main.path, "-o", binary])
        XCTAssertEqual(status, 0, "\(output)\n\(source)")
        XCTAssertFalse(output.contains("warning:"), output)
        guard status == 0 else { return }
        let run = Process()
        run.executableURL = URL(fileURLWithPath: binary)
        let pipe = Pipe()
        run.standardOutput = pipe
        try run.run()
        let printed = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        run.waitUntilExit()
        let expected = Self.awkward.map { $0.unicodeScalars.map { String($0.value) }.joined(separator: ",") + "\n" }.joined()
        XCTAssertEqual(printed, expected)
    }
}
