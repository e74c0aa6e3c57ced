import XCTest

/// The scanner `testHostileText` relies on must find injected code, or its empty result
/// would prove nothing.
final class SwiftCodeScanTests: XCTestCase {
    private func found(_ source: String) -> [String] {
        SwiftCodeScan.codeLines(containing: "injected", in: [(path: "x.swift", contents: source)])
    }

    func testCommentsAndLiteralsAreNotCode() {
        XCTAssertEqual(found("/// */ public func injected() {}\n    // injected\n"), [])
        XCTAssertEqual(found(#"let a = "\"\"\" \\(injected()) \" injected""# + "\n"), [])
        XCTAssertEqual(found("let a = 1 // injected\n"), [])
    }

    func testCodeIsFound() {
        XCTAssertEqual(found("/// doc\npublic func injected() {}\n"), ["x.swift:2: public func injected() {}"])
        XCTAssertEqual(found(#"let a = "x" + injected()"#), [#"x.swift:1: let a = "x" + injected()"#])
        XCTAssertEqual(found(#"let a = "\"" + injected()"#).count, 1, "an escaped quote does not end the literal")
    }

    /// Swift ends a `//` comment at `\r` too, so a lone `\r` in a doc line starts a code line.
    func testEveryLineBreakStartsALine() {
        XCTAssertEqual(found("/// a\rpublic func injected() {}\n"), ["x.swift:2: public func injected() {}"])
        XCTAssertEqual(SwiftCodeScan.lines("a\r\nb\nc").map(\.text), ["a", "b", "c"])
    }
}
